package vn.tuyengiao.emulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.PublicityChannel;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * A report section on models and exemplars of the period: models live, new and
 * replicated, units covered; exemplars found and the pieces telling their story (seed
 * 004: "02 phóng sự tuyên truyền gương điển hình … gồm: 01 cá nhân … và 01 tập thể …").
 */
@Component
class ModelsSectionSource implements SectionSource {

	private final EmulationRollup rollup;

	private final ExemplarService exemplars;

	private final OrgUnits org;

	ModelsSectionSource(EmulationRollup rollup, ExemplarService exemplars, OrgUnits org) {
		this.rollup = rollup;
		this.exemplars = exemplars;
		this.org = org;
	}

	@Override
	public String key() {
		return "emulation.models";
	}

	@Override
	public String label() {
		return "Mô hình, gương điển hình học tập và làm theo Bác (số mô hình, đơn vị có mô hình, tuyên truyền gương điển hình)";
	}

	@Override
	public List<Block> draft(SectionContext c) {
		OrgUnit unit = this.org.get(c.scope(), c.unitId());
		List<Block> out = new ArrayList<>();
		EmulationRollup.PeriodCounts p = this.rollup.period(c.scope(), unit.getId(), c.from(), c.to());
		EmulationRollup.Counts cover = this.rollup.coverage(c.scope(), unit.getId(), c.to().getYear()).total();
		if (p.live() > 0 || cover.unitsRequired() > 0) {
			out.add(new Block.Item("-",
					"Có " + VnFormat.count(p.live())
							+ " mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, trong đó "
							+ VnFormat.count(p.fresh()) + " mô hình mới, " + VnFormat.count(p.replicated())
							+ " mô hình được nhân rộng; " + VnFormat.ratio(cover.unitsCovered(), cover.unitsRequired())
							+ " chi bộ, đảng bộ có mô hình, đạt "
							+ VnFormat.percent(cover.unitsCovered(), cover.unitsRequired()) + ".",
					true));
		}
		List<ExemplarService.ExemplarRow> found = this.exemplars.list(c.scope(), unit.getId(), null, c.to());
		long pieces = 0;
		long reportage = 0;
		List<String> told = new ArrayList<>();
		long collectives = 0;
		long individuals = 0;
		for (ExemplarService.ExemplarRow x : found) {
			List<ExemplarService.Publicity> inPeriod = this.exemplars.publicity(c.scope(), x.id())
				.stream()
				.filter(pub -> !pub.publishedOn().isBefore(c.from()) && !pub.publishedOn().isAfter(c.to()))
				.toList();
			if (inPeriod.isEmpty()) {
				continue;
			}
			pieces += inPeriod.size();
			reportage += inPeriod.stream()
				.filter(pub -> pub.channel() == PublicityChannel.TELEVISION || pub.channel() == PublicityChannel.RADIO)
				.count();
			if (x.kind() == HolderKind.COLLECTIVE) {
				collectives++;
				told.add("tập thể " + x.name());
			}
			else {
				individuals++;
				told.add("đồng chí " + x.name() + " (" + x.unitName() + ")");
			}
		}
		long newFound = found.stream().filter(x -> !x.foundOn().isBefore(c.from())).count();
		if (newFound > 0 || pieces > 0) {
			StringBuilder s = new StringBuilder("Phát hiện, giới thiệu ").append(VnFormat.count(newFound))
				.append(" gương điển hình");
			if (pieces > 0) {
				s.append("; xây dựng ");
				if (reportage > 0) {
					s.append(VnFormat.count(reportage)).append(" phóng sự");
					if (pieces > reportage) {
						s.append(" và ").append(VnFormat.count(pieces - reportage)).append(" tin, bài");
					}
				}
				else {
					s.append(VnFormat.count(pieces)).append(" tin, bài");
				}
				s.append(
						" tuyên truyền gương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gồm: ");
				List<String> parts = new ArrayList<>();
				if (individuals > 0) {
					parts.add(VnFormat.count(individuals) + " cá nhân");
				}
				if (collectives > 0) {
					parts.add(VnFormat.count(collectives) + " tập thể");
				}
				s.append(String.join(" và ", parts)).append(" (").append(String.join("; ", told)).append(")");
			}
			out.add(new Block.Item("-", s.append('.').toString(), true));
		}
		if (out.isEmpty()) {
			out.add(new Block.Paragraph("Trong kỳ báo cáo, chưa có mô hình, gương điển hình nào được ghi nhận.", true));
		}
		return out;
	}

}
