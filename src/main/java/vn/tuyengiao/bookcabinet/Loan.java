package vn.tuyengiao.bookcabinet;

import java.time.LocalDate;

/**
 * A line of the lending log: who borrowed which copy, when, until when; returned, or lost
 * and what the committee decided (decision number and date, compensation in đồng).
 */
public record Loan(long id, long cabinetId, long copyId, String code, String title, BorrowerKind borrowerKind,
		String borrowerName, String hamlet, Long memberId, LocalDate lentOn, LocalDate dueOn, LocalDate returnedOn,
		LocalDate lostOn, LossDecision decision, String decisionNo, LocalDate decisionOn, Long compensation,
		long version) {

	public boolean open() {
		return this.returnedOn == null && this.lostOn == null;
	}

	public boolean overdueOn(LocalDate day) {
		return open() && this.dueOn.isBefore(day);
	}

	/** Days past the due date on {@code day} (0 when not overdue). */
	public long daysOverdue(LocalDate day) {
		return overdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(this.dueOn, day) : 0;
	}

}
