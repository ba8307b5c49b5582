package vn.tuyengiao.reporttemplate;

import java.time.LocalDate;
import java.util.Objects;

import vn.tuyengiao.common.Scope;

/**
 * What a {@link SectionSource} drafts for: the reporting unit (its subtree as of
 * {@code to}, so a report on a period before the 2025 mergers counts the tree of that
 * time), the period, and the scope of the user drafting.
 *
 * @param unitId the unit the report is about (a commune committee, a district, a bloc)
 * @param from first day of the period, inclusive
 * @param to last day of the period, inclusive
 */
public record SectionContext(Scope scope, long unitId, LocalDate from, LocalDate to) {

	public SectionContext {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after it starts: " + from + " – " + to);
		}
	}

}
