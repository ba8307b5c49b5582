package vn.tuyengiao.opinion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.opinion.OpinionSummaries;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.Wording;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * "Tình hình dư luận xã hội" in a periodic report: items by tendency (each share = items
 * of the tendency ÷ all items), a table by topic, and the hot topics named with the rule
 * that made them hot and the units that reported them. Worded as the monthly opinion
 * report words its general part ({@link OpinionReport}).
 */
@Component
class OpinionSection implements SectionSource {

	/** Units named per hot topic. */
	static final int NAMED = 6;

	private final OpinionSummaries summaries;

	private final OrgUnits org;

	private final Messages messages;

	OpinionSection(OpinionSummaries summaries, OrgUnits org, Messages messages) {
		this.summaries = summaries;
		this.org = org;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "opinion.monthly";
	}

	@Override
	public String label() {
		return this.messages.get("opinion.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		OpinionSummary s = this.summaries.forUnit(c.scope(), c.unitId(), c.from(), c.to());
		List<Block> out = new ArrayList<>();
		out.add(Block.draft(Wording.end(OpinionReport.generalSentence(s))));
		if (s.items() == 0) {
			return out;
		}
		out.add(Block.draft(
				Wording.end(OpinionReport.tendencySentence(s)) + " " + this.messages.get("opinion.section.formula")));
		out.add(topics(s));
		OpinionSummary.HotRule rule = s.rule();
		String ruleText = this.messages.get("opinion.section.rule", VnFormat.count(rule.minItems()),
				rule.concernPercent() + "%", VnFormat.count(rule.minUnits()));
		if (s.hot().isEmpty()) {
			out.add(Block.draft(this.messages.get("opinion.section.noHot", ruleText)));
		}
		else {
			Map<Long, String> labels = this.org
				.labelsOf(s.hot().stream().flatMap(t -> t.unitIds().stream()).distinct().toList());
			out.add(Block.draft(this.messages.get("opinion.section.hot", VnFormat.count(s.hot().size()), ruleText)));
			for (OpinionSummary.TopicFigures t : s.hot()) {
				List<String> units = t.unitIds().stream().limit(NAMED).map(id -> labels.getOrDefault(id, "")).toList();
				out.add(new Block.Item("-",
						this.messages.get("opinion.section.hotTopic", t.topic(), VnFormat.count(t.items()),
								VnFormat.count(t.units()), String.join("; ", units) + (t.units() > NAMED ? " …" : ""),
								VnFormat.ratio(t.concern(), t.items()), VnFormat.percent(t.concern(), t.items())),
						true));
			}
		}
		OpinionReport.assessment(s).forEach(a -> out.add(Block.draft(a)));
		return out;
	}

	private Block topics(OpinionSummary s) {
		List<List<String>> rows = new ArrayList<>();
		int i = 1;
		for (OpinionSummary.TopicFigures t : s.topics()) {
			rows.add(List.of(Integer.toString(i++), t.topic() + (t.hot() ? " (*)" : ""), VnFormat.number(t.items()),
					VnFormat.number(t.units()), VnFormat.number(t.agree()), VnFormat.number(t.hesitant()),
					VnFormat.number(t.oppose())));
		}
		rows.add(List.of("", this.messages.get("opinion.section.total"), VnFormat.number(s.items()),
				VnFormat.number(s.reportingUnits()), VnFormat.number(s.agree()), VnFormat.number(s.hesitant()),
				VnFormat.number(s.oppose())));
		return new Block.Table(this.messages.get("opinion.section.tableCaption"),
				List.of(this.messages.get("opinion.section.col.no"), this.messages.get("opinion.section.col.topic"),
						this.messages.get("opinion.section.col.items"), this.messages.get("opinion.section.col.units"),
						this.messages.get("opinion.section.col.agree"),
						this.messages.get("opinion.section.col.hesitant"),
						this.messages.get("opinion.section.col.oppose")),
				rows);
	}

}
