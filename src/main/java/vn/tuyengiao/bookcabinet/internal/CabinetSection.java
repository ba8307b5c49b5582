package vn.tuyengiao.bookcabinet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.bookcabinet.BookCategory;
import vn.tuyengiao.bookcabinet.BookRollup;
import vn.tuyengiao.bookcabinet.CabinetSummary;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * "Tủ sách" in a periodic report: the cabinets and where they stand, copies by category
 * with the political-theory share and its formula, loans and readers, and the cabinets
 * with no lending logged named ({@link CabinetSummary#sentences(Messages)} words the
 * paragraphs; this adds the tables and names every cabinet without a loan).
 */
@Component
class CabinetSection implements SectionSource {

	/** Cabinets listed in the table; the rest are counted in the paragraphs. */
	static final int LISTED = 50;

	private final BookRollup rollup;

	private final OrgUnits org;

	private final Messages messages;

	CabinetSection(BookRollup rollup, OrgUnits org, Messages messages) {
		this.rollup = rollup;
		this.org = org;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "bookcabinet.cabinets";
	}

	@Override
	public String label() {
		return this.messages.get("bookcabinet.section.label");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> draft(SectionContext c) {
		BookRollup.Rollup r = this.rollup.rollup(c.scope(), c.unitId(), c.from(), c.to());
		CabinetSummary s = r.summary();
		List<Block> out = new ArrayList<>();
		List<String> sentences = s.sentences(this.messages);
		if (s.cabinets() == 0) {
			sentences.forEach(t -> out.add(Block.draft(t)));
			return out;
		}
		out.add(Block.draft(sentences.get(0) + " "
				+ this.messages.get("bookcabinet.section.where", VnFormat.count(s.inPublicPlace()),
						VnFormat.count(s.inOffice()),
						VnFormat.count(s.cabinets() - s.inPublicPlace() - s.inOffice()))));
		for (String t : sentences.subList(1, sentences.size())) {
			out.add(Block.draft(t));
		}
		// With no loan at all, the summary says so once; the cabinets are still named.
		List<String> notInOffice = s.withoutLoans().stream().filter(n -> !s.officeWithoutLog().contains(n)).toList();
		if (s.loans() == 0 && !notInOffice.isEmpty()) {
			out.add(new Block.Item("-", this.messages.get("bookcabinet.summary.withoutLoans",
					VnFormat.count(notInOffice.size()), String.join("; ", notInOffice)), true));
		}
		out.add(categories(s));
		out.add(cabinets(r));
		return out;
	}

	/** Copies by category, each with its share (copies of the category ÷ all copies). */
	private Block categories(CabinetSummary s) {
		List<List<String>> rows = new ArrayList<>();
		for (BookCategory k : BookCategory.values()) {
			long n = s.copiesByCategory().getOrDefault(k, 0L);
			if (n > 0) {
				rows.add(List.of(this.messages.get(k.messageKey()), VnFormat.number(n),
						VnFormat.percent(n, s.copies())));
			}
		}
		rows.add(List.of(this.messages.get("bookcabinet.section.total"), VnFormat.number(s.copies()),
				VnFormat.percent(s.copies(), s.copies())));
		return new Block.Table(this.messages.get("bookcabinet.section.categoryCaption"),
				List.of(this.messages.get("bookcabinet.section.col.category"),
						this.messages.get("bookcabinet.section.col.copies"),
						this.messages.get("bookcabinet.section.col.share")),
				rows);
	}

	/** Every cabinet: where it stands, copies, loans in the period. */
	private Block cabinets(BookRollup.Rollup r) {
		Map<Long, String> labels = this.org
			.labelsOf(r.cabinets().stream().map(BookRollup.CabinetFigures::unitId).distinct().toList());
		List<List<String>> rows = new ArrayList<>();
		int i = 1;
		for (BookRollup.CabinetFigures f : r.cabinets().stream().limit(LISTED).toList()) {
			rows.add(List.of(Integer.toString(i++),
					this.messages.get("bookcabinet.named", f.name(), labels.get(f.unitId())),
					this.messages.get(f.locationKind().messageKey()), VnFormat.number(f.copies()),
					VnFormat.number(f.loans())));
		}
		return new Block.Table(this.messages.get("bookcabinet.section.cabinetCaption"),
				List.of(this.messages.get("bookcabinet.section.col.no"),
						this.messages.get("bookcabinet.section.col.cabinet"),
						this.messages.get("bookcabinet.section.col.location"),
						this.messages.get("bookcabinet.section.col.copies"),
						this.messages.get("bookcabinet.section.col.loans")),
				rows);
	}

}
