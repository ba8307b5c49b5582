package vn.tuyengiao.user;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * Accounts as other modules pick them (a supervision team, …): found by id or by a typed
 * part of the name, only those whose unit lies in the picking user's scope (an account
 * with no unit, an administrator, only for a user who sees the whole tree).
 */
@Service
public class UserDirectory {

	private final AppUserRepository users;

	private final OrgUnits org;

	UserDirectory(AppUserRepository users, OrgUnits org) {
		this.users = users;
		this.org = org;
	}

	/**
	 * An account as a picker shows it: full name, login and unit.
	 *
	 * @param unitPath null for an administrator
	 */
	public record Account(long id, String username, String fullName, Long unitId, String unitPath, boolean enabled) {

		public boolean inScope(Scope scope) {
			return this.unitPath == null ? scope.pathPrefix() == null : scope.contains(this.unitPath);
		}

	}

	/** Enabled accounts in the scope whose name or login holds the typed text. */
	@Transactional(readOnly = true)
	public List<Account> search(Scope scope, String typed, int limit) {
		String q = VietnameseText.fold(typed == null ? "" : typed.strip());
		if (q.isEmpty()) {
			return List.of();
		}
		return accounts(this.users.findAll()).values()
			.stream()
			.filter(a -> a.enabled() && a.inScope(scope))
			.filter(a -> VietnameseText.fold(a.fullName()).contains(q) || a.username().contains(q))
			.sorted(Comparator.comparing(Account::fullName).thenComparing(Account::username))
			.limit(limit)
			.toList();
	}

	/**
	 * The accounts of these ids that exist, whatever the scope (the caller checks it).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Account> byIds(Collection<Long> ids) {
		return accounts(this.users.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList()));
	}

	@Transactional(readOnly = true)
	public Optional<Account> byUsername(String username) {
		return this.users.findByUsername(username).map(u -> accounts(List.of(u)).values().iterator().next());
	}

	private Map<Long, Account> accounts(List<AppUser> found) {
		Map<Long, OrgUnit> units = this.org
			.getAll(found.stream().map(AppUser::getUnitId).filter(Objects::nonNull).distinct().toList());
		Map<Long, Account> out = new LinkedHashMap<>();
		for (AppUser u : found) {
			OrgUnit unit = u.getUnitId() == null ? null : units.get(u.getUnitId());
			out.put(u.getId(), new Account(u.getId(), u.getUsername(), u.getFullName(), u.getUnitId(),
					unit == null ? null : unit.getPath(), u.isEnabled()));
		}
		return out;
	}

}
