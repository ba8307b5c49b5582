package vn.tuyengiao.bookcabinet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.text.VnFormat;

/**
 * The book cabinets of a unit's subtree over a period, for the supervision checklist and
 * the periodic reports: how many, how many in a public place, copies by category (the
 * political-theory share), loans and readers, and the cabinets named by their
 * shortcoming. {@link #sentences(Messages)} words it as a report does, following the
 * figures.
 *
 * @param withoutLoans cabinets with no loan logged in the period, each named
 * unambiguously
 * @param officeWithoutLog those of them kept in an office (seed 001: "để trong phòng làm
 * việc … không có sổ ghi chép cụ thể việc cho mượn")
 * @param untidy cabinets the last inspection found dusty or disordered
 */
public record CabinetSummary(long unitId, String unitLabel, LocalDate from, LocalDate to, long cabinets,
		long inPublicPlace, long inOffice, long copies, Map<BookCategory, Long> copiesByCategory, long loans,
		long readers, long overdue, long lost, List<String> withoutLoans, List<String> officeWithoutLog,
		List<String> untidy, List<MonthFigure> months) {

	/** Loans and distinct readers in one month. */
	public record MonthFigure(int year, int month, long loans, long readers) {
	}

	public long politicalTheoryCopies() {
		return this.copiesByCategory.getOrDefault(BookCategory.POLITICAL_THEORY, 0L);
	}

	/** "12,50%" of the copies, or "0%" without copies. */
	public String politicalTheoryShare() {
		return VnFormat.percent(politicalTheoryCopies(), this.copies);
	}

	/**
	 * The summary as a report writes it: the result, then each shortcoming the figures
	 * show (none is invented when the figures do not show it).
	 */
	public List<String> sentences(Messages m) {
		List<String> out = new ArrayList<>();
		String period = m.get("bookcabinet.summary.period", VnFormat.shortDate(this.from), VnFormat.shortDate(this.to));
		if (this.cabinets == 0) {
			out.add(m.get("bookcabinet.summary.none", this.unitLabel));
			return out;
		}
		String where;
		if (this.inPublicPlace == this.cabinets) {
			where = m.get("bookcabinet.summary.allPublic");
		}
		else if (this.inPublicPlace == 0) {
			where = m.get("bookcabinet.summary.nonePublic");
		}
		else {
			where = m.get("bookcabinet.summary.somePublic", VnFormat.count(this.inPublicPlace));
		}
		out.add(m.get("bookcabinet.summary.result", this.unitLabel, VnFormat.count(this.cabinets), where,
				VnFormat.number(this.copies), VnFormat.number(politicalTheoryCopies()), politicalTheoryShare()));
		if (this.loans == 0) {
			out.add(m.get("bookcabinet.summary.noLoans", period));
		}
		else {
			out.add(m.get("bookcabinet.summary.loans", period, VnFormat.number(this.loans),
					VnFormat.number(this.readers)));
		}
		if (!this.officeWithoutLog.isEmpty()) {
			out.add(m.get("bookcabinet.summary.officeWithoutLog", VnFormat.count(this.officeWithoutLog.size()),
					String.join("; ", this.officeWithoutLog)));
		}
		List<String> others = this.withoutLoans.stream().filter(n -> !this.officeWithoutLog.contains(n)).toList();
		if (!others.isEmpty() && this.loans > 0) {
			out.add(m.get("bookcabinet.summary.withoutLoans", VnFormat.count(others.size()),
					String.join("; ", others)));
		}
		if (!this.untidy.isEmpty()) {
			out.add(m.get("bookcabinet.summary.untidy", VnFormat.count(this.untidy.size()),
					String.join("; ", this.untidy)));
		}
		if (this.copies > 0 && politicalTheoryCopies() == 0) {
			out.add(m.get("bookcabinet.summary.noPoliticalTheory"));
		}
		if (this.lost > 0) {
			out.add(m.get("bookcabinet.summary.lost", VnFormat.count(this.lost), period));
		}
		if (this.overdue > 0) {
			out.add(m.get("bookcabinet.summary.overdue", VnFormat.count(this.overdue)));
		}
		return out;
	}

}
