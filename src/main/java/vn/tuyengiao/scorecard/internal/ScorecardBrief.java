package vn.tuyengiao.scorecard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PlaceNames;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.scorecard.Scorecard;
import vn.tuyengiao.scorecard.Scorecards;
import vn.tuyengiao.text.VnFormat;

/**
 * The one-page brief "Báo cáo tóm tắt tình hình thực hiện Chỉ thị 05 …": the scorecard's
 * table with a text mark in every cell, and one sentence per indicator naming the units
 * below the amber threshold. The unit is checked against the user's scope before anything
 * is built.
 */
@Component
class ScorecardBrief {

	/** At most this many lagging units are named in a sentence; the rest are counted. */
	static final int NAMED = 8;

	private final Scorecards scorecards;

	private final OrgUnits org;

	private final Messages messages;

	ScorecardBrief(Scorecards scorecards, OrgUnits org, Messages messages) {
		this.scorecards = scorecards;
		this.org = org;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	PartyDocument build(Scope scope, Scorecards.Request r) {
		OrgUnit unit = this.org.get(scope, r.unitId());
		Scorecard card = this.scorecards.scorecard(scope, r);
		String name = this.org.nameOn(unit, card.asOf());
		var header = ReportPages.header(null, name, unit.getDocAbbreviation(), placeOf(unit, card), card.to());
		String subject = this.messages.get("scorecard.brief.subject");
		PartyDocument.Builder doc = PartyDocument.builder(header, DocumentType.REPORT).subject(subject);
		doc.paragraph(this.messages.get("scorecard.brief.opening", name, VnFormat.longDate(card.from()),
				VnFormat.longDate(card.to())));
		if (card.historical()) {
			doc.paragraph(this.messages.get("scorecard.brief.asOf", VnFormat.longDate(card.asOf())));
		}
		List<String> head = new ArrayList<>(
				List.of(this.messages.get("scorecard.brief.no"), this.messages.get("scorecard.col.unit")));
		card.columns().forEach(c -> head.add(c.label()));
		List<List<String>> rows = new ArrayList<>();
		int i = 1;
		for (Scorecard.Row row : card.rows()) {
			rows.add(line(Integer.toString(i++), row));
		}
		rows.add(line("", card.total()));
		doc.heading("1.", this.messages.get("scorecard.brief.results"));
		doc.table(this.messages.get("scorecard.brief.table"), head, rows);
		doc.heading("2.", this.messages.get("scorecard.brief.assessment"));
		for (Scorecard.Column c : card.columns()) {
			doc.item(sentence(card, c));
		}
		doc.paragraph(this.messages.get("scorecard.brief.closing", name));
		doc.recipients(new Recipients(
				List.of(this.messages.get("scorecard.brief.toAbove"), this.messages.get("scorecard.brief.toBelow")),
				this.messages.get("scorecard.brief.filing")));
		doc.signature(ReportPages.signature(null, null, null));
		return doc.build();
	}

	private List<String> line(String no, Scorecard.Row row) {
		List<String> cells = new ArrayList<>(List.of(no, row.label()));
		for (Scorecard.Cell c : row.cells()) {
			cells.add(c.text() + " — " + this.messages.get(c.light().markKey()));
		}
		return cells;
	}

	/**
	 * "Tỷ lệ đảng viên học tập: 2.825/3.153 (89,60%), mức vàng (xanh ≥ 90%, …); đơn vị ở
	 * mức đỏ: xã A, xã B."
	 */
	String sentence(Scorecard card, Scorecard.Column c) {
		Scorecard.Cell total = card.total().cell(c.key());
		List<Scorecard.Row> lagging = card.lagging(c.key());
		String head = this.messages.get("scorecard.brief.indicator", c.label(), total.text(),
				this.messages.get("scorecard.brief.level." + total.light().name()), c.thresholdText());
		if (lagging.isEmpty()) {
			return head + "; " + this.messages.get("scorecard.brief.noneLagging") + ".";
		}
		List<String> names = lagging.stream().limit(NAMED).map(Scorecard.Row::label).toList();
		String more = lagging.size() > NAMED
				? this.messages.get("scorecard.brief.andMore", VnFormat.count(lagging.size() - NAMED)) : "";
		return head + "; " + this.messages.get("scorecard.brief.lagging", VnFormat.count(lagging.size()),
				String.join(", ", names) + more) + ".";
	}

	private String placeOf(OrgUnit unit, Scorecard card) {
		List<Long> ids = new ArrayList<>();
		for (String id : unit.getPath().split("/")) {
			if (!id.isBlank()) {
				ids.add(0, Long.valueOf(id));
			}
		}
		Map<Long, OrgUnit> all = this.org.getAll(ids);
		List<String> names = new ArrayList<>();
		for (Long id : ids) {
			OrgUnit u = all.get(id);
			if (u != null) {
				names.add(this.org.nameOn(u, card.asOf()));
			}
		}
		return PlaceNames.nearest(names, "…");
	}

}
