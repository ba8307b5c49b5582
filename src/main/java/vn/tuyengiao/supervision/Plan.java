package vn.tuyengiao.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision plan of the unit that issues it: the basis document ("Kế hoạch số
 * 91-KH/HU ngày 23/6/2022"), the subject, the period, the units to visit and the team.
 */
public record Plan(long id, long unitId, String unitPath, PlanKind kind, String basis, String subject,
		LocalDate periodFrom, LocalDate periodTo, List<Long> unitIds, List<TeamMember> team, String createdBy,
		long version) {

	/**
	 * A member of the team: the account (id and login) and the full name it had when
	 * picked; {@code userId} is null for a row typed before accounts were picked.
	 */
	public record TeamMember(Long userId, String username, String fullName, boolean leader) {
	}

	public boolean onTeamId(long userId) {
		return this.team.stream().anyMatch(t -> t.userId() != null && t.userId() == userId);
	}

	public boolean onTeam(String username) {
		return this.team.stream().anyMatch(t -> t.username().equals(username));
	}

	public String leader() {
		return this.team.stream().filter(TeamMember::leader).map(TeamMember::username).findFirst().orElse(null);
	}

}
