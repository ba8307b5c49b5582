package vn.tuyengiao.recommendation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.RecommendationStatus;
import vn.tuyengiao.recommendation.RecommendationSummary;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * "Tiếp nhận, giải quyết kiến nghị" in a periodic report, as Kết luận 215-KL/TW counts
 * it: recommendations raised under the unit in the period, answered against raised (on
 * time, late), still open and overdue, the end states, then who asked what, units asking
 * the same grouped ("Nhiều đơn vị cùng kiến nghị … (03 đơn vị: …)"). Onward copies opened
 * by a forward are not counted twice.
 */
@Component
class ResponsesSection implements SectionSource {

	private final RecommendationSummary summary;

	private final OrgUnits org;

	private final Messages messages;

	ResponsesSection(RecommendationSummary summary, OrgUnits org, Messages messages) {
		this.summary = summary;
		this.org = org;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "recommendation.responses";
	}

	@Override
	public String label() {
		return this.messages.get("recommendation.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		OrgUnit unit = this.org.get(c.scope(), c.unitId());
		RecommendationSummary.Counts n = this.summary.forUnit(c.scope(), c.unitId(), c.from(), c.to());
		List<Block> out = new ArrayList<>();
		if (n.raised() == 0) {
			out.add(Block.draft(this.messages.get("recommendation.section.none", VnFormat.shortDate(c.from()),
					VnFormat.shortDate(c.to()), this.org.label(unit))));
			return out;
		}
		String raised = this.messages.get("recommendation.section.raised", VnFormat.shortDate(c.from()),
				VnFormat.shortDate(c.to()), VnFormat.count(n.raised()), VnFormat.ratio(n.answered(), n.raised()),
				VnFormat.percent(n.answered(), n.raised()), VnFormat.count(n.answeredOnTime()),
				VnFormat.count(n.answeredLate()));
		if (n.open() > 0) {
			raised += " " + this.messages.get("recommendation.section.open", VnFormat.count(n.open()), n.overdue() > 0
					? this.messages.get("recommendation.section.overdue", VnFormat.count(n.overdue())) : "");
		}
		out.add(Block.draft(raised));
		List<String> states = new ArrayList<>();
		for (RecommendationStatus s : List.of(RecommendationStatus.RESOLVED, RecommendationStatus.PARTLY_RESOLVED,
				RecommendationStatus.FORWARDED, RecommendationStatus.EXPLAINED_NOT_ACCEPTED)) {
			long k = n.byStatus().getOrDefault(s, 0L);
			if (k > 0) {
				states.add(this.messages.get("recommendation.section.state." + s.name(), VnFormat.count(k)));
			}
		}
		if (!states.isEmpty()) {
			out.add(Block.draft(this.messages.get("recommendation.section.states", String.join("; ", states))));
		}
		List<RecommendationSummary.SectionLine> lines = this.summary.section(c.scope(), c.unitId(), c.from(), c.to());
		if (!lines.isEmpty()) {
			out.add(Block.draft(this.messages.get("recommendation.section.content")));
			lines.forEach(l -> out.add(new Block.Item("-", l.text(), true)));
		}
		return out;
	}

}
