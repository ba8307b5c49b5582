package vn.tuyengiao.member.internal;

import java.time.LocalDate;
import java.util.List;

import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberStatusPeriod;
import vn.tuyengiao.org.OrgUnit;

/**
 * A member with their cell, the cell's ancestry and both histories, for the detail page.
 */
public record MemberDetails(Member member, OrgUnit unit, List<OrgUnit> ancestry, List<MemberStatusPeriod> statusHistory,
		List<CellPeriod> cellHistory) {

	public record CellPeriod(OrgUnit unit, LocalDate validFrom, LocalDate validTo) {
	}

}
