package vn.tuyengiao.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.user.UserDirectory;
import vn.tuyengiao.user.UserDirectory.Account;

/**
 * The team of a plan as accounts: picked by id (the page's picker) or, from older API
 * clients, by login; each must exist, be enabled and belong to a unit in the scope of the
 * officer who makes the plan. The leader joins the team if not picked with it.
 */
@Component
public class TeamAccounts {

	private final UserDirectory directory;

	TeamAccounts(UserDirectory directory) {
		this.directory = directory;
	}

	public List<Plan.TeamMember> resolve(Scope scope, List<Long> ids, List<String> logins, Long leaderId,
			String leaderLogin) {
		Map<Long, Account> chosen = new LinkedHashMap<>();
		Account leader = null;
		if (leaderId != null) {
			leader = byId(leaderId);
		}
		else if (leaderLogin != null && !leaderLogin.isBlank()) {
			leader = byLogin(leaderLogin.strip());
		}
		if (leader != null) {
			chosen.put(leader.id(), leader);
		}
		Map<Long, Account> found = this.directory.byIds(ids == null ? List.of() : ids);
		for (Long id : ids == null ? List.<Long>of() : ids) {
			if (id == null) {
				continue;
			}
			Account a = found.get(id);
			if (a == null) {
				throw AppException.invalid("supervision.accountUnknown", String.valueOf(id));
			}
			chosen.putIfAbsent(a.id(), a);
		}
		for (String login : logins == null ? List.<String>of() : logins) {
			if (login != null && !login.isBlank()) {
				Account a = byLogin(login.strip());
				chosen.putIfAbsent(a.id(), a);
			}
		}
		if (chosen.isEmpty()) {
			throw AppException.invalid("supervision.teamRequired");
		}
		for (Account a : chosen.values()) {
			if (!a.enabled()) {
				throw AppException.invalid("supervision.accountDisabled", a.fullName(), a.username());
			}
			if (!a.inScope(scope)) {
				throw AppException.invalid("supervision.accountOutsideScope", a.fullName(), a.username());
			}
		}
		long leaderKey = leader != null ? leader.id() : chosen.keySet().iterator().next();
		List<Plan.TeamMember> team = new ArrayList<>();
		for (Account a : chosen.values()) {
			team.add(new Plan.TeamMember(a.id(), a.username(), a.fullName(), a.id() == leaderKey));
		}
		return team;
	}

	private Account byId(long id) {
		Account a = this.directory.byIds(List.of(id)).get(id);
		if (a == null) {
			throw AppException.invalid("supervision.accountUnknown", String.valueOf(id));
		}
		return a;
	}

	private Account byLogin(String login) {
		return this.directory.byUsername(login)
			.orElseThrow(() -> AppException.invalid("supervision.accountUnknownLogin", login));
	}

}
