package vn.tuyengiao.commitment;

import java.time.LocalDate;

import vn.tuyengiao.common.Scope;

/**
 * A commitment campaign: one year and kind, carried out by the owner unit's whole
 * subtree. Who is expected is decided on the reference date: active members always
 * (retired cadres included), exempt and away members as configured.
 */
public record CommitmentCampaign(long id, long ownerUnitId, int year, CommitmentKind kind, String title,
		LocalDate referenceDate, LocalDate deadline, boolean expectExempt, boolean expectAway, String guidanceTemplate,
		long version) {

	/**
	 * Whether a member with this status on the reference date (a {@code MemberStatus}
	 * name) must hand one in.
	 */
	public boolean expects(String statusOnReferenceDate) {
		if (statusOnReferenceDate == null) {
			return false;
		}
		return switch (statusOnReferenceDate) {
			case "ACTIVE" -> true;
			case "EXEMPT" -> this.expectExempt;
			case "AWAY" -> this.expectAway;
			default -> false;
		};
	}

	/**
	 * Whether a campaign owned by the unit at {@code ownerPath} is visible to the user:
	 * owned inside their scope, or by a unit above it.
	 */
	public static boolean visible(Scope scope, String ownerPath) {
		return scope.contains(ownerPath) || scope.pathPrefix().startsWith(ownerPath);
	}

}
