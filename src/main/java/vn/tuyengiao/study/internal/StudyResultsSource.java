package vn.tuyengiao.study.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.text.VnFormat;

/**
 * A report section from the study campaigns held in the period (seed 003: "452 cuộc có
 * 8.842 đồng chí dự, trong đó có 6.088 đảng viên, 2.754 đoàn viên, hội viên"; seed 004:
 * "178/189 đảng viên tham dự, đạt 94,18% … đoàn viên, hội viên đạt 81,85% và nhân dân đạt
 * 75,4%"): one item per campaign the unit took part in, its figures from
 * {@link StudyRollup} as of the period's end.
 */
@Component
class StudyResultsSource implements SectionSource {

	private final StudyService study;

	private final StudyRollup rollup;

	private final OrgUnits org;

	private final Messages messages;

	StudyResultsSource(StudyService study, StudyRollup rollup, OrgUnits org, Messages messages) {
		this.messages = messages;
		this.study = study;
		this.rollup = rollup;
		this.org = org;
	}

	@Override
	public String key() {
		return "study.results";
	}

	@Override
	public String label() {
		return this.messages.get(key());
	}

	@Override
	public List<Block> draft(SectionContext c) {
		OrgUnit unit = this.org.get(c.scope(), c.unitId());
		List<Block> out = new ArrayList<>();
		for (StudyCampaign campaign : this.study.campaigns(c.scope())) {
			String owner = this.org.get(campaign.getOwnerUnitId()).getPath();
			boolean related = unit.getPath().startsWith(owner) || owner.startsWith(unit.getPath());
			boolean inPeriod = !campaign.getPeriodFrom().isAfter(c.to()) && !campaign.getPeriodTo().isBefore(c.from());
			if (!related || !inPeriod) {
				continue;
			}
			StudyRollup.Node n = this.rollup.rollup(c.scope(), campaign.getId(), unit.getId(), c.to());
			if (n.sessions() == 0 && n.members().attended() == 0) {
				continue;
			}
			out.add(new Block.Item("-", sentence(campaign.getTitle(), n), true));
		}
		if (out.isEmpty()) {
			out.add(new Block.Paragraph("Trong kỳ báo cáo, chưa có đợt học tập, quán triệt nào được ghi nhận số liệu.",
					true));
		}
		return out;
	}

	static String sentence(String title, StudyRollup.Node n) {
		Map<Audience, StudyRollup.Headcount> a = n.audiences();
		long members = n.members().attended();
		long unions = attended(a, Audience.UNION_MEMBERS);
		long cadres = attended(a, Audience.CADRES);
		long publicCount = attended(a, Audience.PUBLIC) + attended(a, Audience.RELIGIOUS);
		StringBuilder s = new StringBuilder(title).append(": đã tổ chức ")
			.append(VnFormat.count(n.sessions()))
			.append(" cuộc có ")
			.append(VnFormat.number(members + unions + cadres))
			.append(" đồng chí dự");
		if (unions + cadres > 0) {
			s.append(", trong đó có ").append(VnFormat.number(members)).append(" đảng viên");
			if (unions > 0) {
				s.append(", ").append(VnFormat.number(unions)).append(" đoàn viên, hội viên");
			}
			if (cadres > 0) {
				s.append(", ").append(VnFormat.number(cadres)).append(" cán bộ, công chức");
			}
		}
		if (publicCount > 0) {
			s.append(" và ").append(VnFormat.number(publicCount)).append(" lượt quần chúng nhân dân");
		}
		s.append("; đảng viên tham dự ")
			.append(n.members().rateFraction())
			.append(" đồng chí, đạt ")
			.append(rate(n.members().rate()));
		StudyRollup.Headcount u = a.get(Audience.UNION_MEMBERS);
		if (u != null && u.population() > 0) {
			s.append("; đoàn viên, hội viên đạt ")
				.append(rate(u.rate()))
				.append(" (")
				.append(VnFormat.ratio(u.attended(), u.population()))
				.append(")");
		}
		StudyRollup.Headcount p = a.get(Audience.PUBLIC);
		if (p != null && p.population() > 0) {
			s.append("; nhân dân đạt ")
				.append(rate(p.rate()))
				.append(" (")
				.append(VnFormat.ratio(p.attended(), p.population()))
				.append(")");
		}
		return s.append('.').toString();
	}

	private static long attended(Map<Audience, StudyRollup.Headcount> a, Audience audience) {
		StudyRollup.Headcount h = a.get(audience);
		return h == null ? 0 : h.attended();
	}

	/** "75,40%" → "75,4%", as the seeds write a rate; "94,18%" unchanged. */
	static String rate(String percent) {
		return percent.replaceFirst(",(\\d)0%$", ",$1%").replaceFirst(",0%$", "%");
	}

}
