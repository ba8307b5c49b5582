package vn.tuyengiao.press.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.press.PressSummaries;
import vn.tuyengiao.press.PressSummary;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * "Báo chí của Đảng" in a periodic report: compliance on the period's last day (or today
 * when the period runs on), overall and per unit kind ("Chi bộ trực thuộc: 28/30 đơn vị
 * đặt đủ"), the units lacking titles named with what they lack, and the delivery
 * complaints still open.
 */
@Component
class PressSection implements SectionSource {

	/** Units named in one item; the rest are counted. */
	static final int NAMED = 30;

	private final PressSummaries summaries;

	private final PressCompliance compliance;

	private final Messages messages;

	private final Clock clock;

	PressSection(PressSummaries summaries, PressCompliance compliance, Messages messages, Clock clock) {
		this.summaries = summaries;
		this.compliance = compliance;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "press.subscriptions";
	}

	@Override
	public String label() {
		return this.messages.get("press.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = c.to().isAfter(today) ? today : c.to();
		PressSummary s = this.summaries.forUnit(c.scope(), c.unitId(), asOf);
		List<Block> out = new ArrayList<>();
		if (s.unitsRequired() == 0) {
			out.add(Block.draft(s.sentence()));
			return out;
		}
		out.add(Block.draft(this.messages.get("press.section.overall", VnFormat.longDate(asOf),
				VnFormat.ratio(s.unitsComplete(), s.unitsRequired()), s.rate())));
		Map<OrgUnitKind, int[]> perKind = new EnumMap<>(OrgUnitKind.class);
		for (PressCompliance.UnitLine u : this.compliance.of(c.scope(), c.unitId(), asOf).units()) {
			int[] n = perKind.computeIfAbsent(u.kind(), k -> new int[2]);
			n[0]++;
			n[1] += u.complete() ? 1 : 0;
		}
		perKind.forEach((kind,
				n) -> out.add(new Block.Item("-", this.messages.get("press.section.kind",
						this.messages.get(kind.messageKey()), VnFormat.ratio(n[1], n[0]), VnFormat.percent(n[1], n[0])),
						true)));
		if (!s.lagging().isEmpty()) {
			List<String> named = s.lagging()
				.stream()
				.limit(NAMED)
				.map(l -> this.messages.get("press.section.missing", l.unit(), String.join(", ", l.missingTitles())))
				.toList();
			String more = s.lagging().size() > NAMED
					? this.messages.get("press.section.more", VnFormat.count(s.lagging().size() - NAMED)) : "";
			out.add(Block.draft(this.messages.get("press.section.lagging", VnFormat.count(s.lagging().size()),
					String.join("; ", named) + more)));
		}
		if (s.shortfalls().isEmpty()) {
			out.add(Block.draft(this.messages.get("press.section.noComplaint")));
		}
		else {
			long units = s.shortfalls().stream().map(PressSummary.Shortfall::unitId).distinct().count();
			out.add(Block.draft(this.messages.get("press.section.complaints", VnFormat.count(units),
					String.join("; ", s.shortfalls().stream().map(x -> x.unit() + " (" + x.text() + ")").toList()))));
		}
		return out;
	}

}
