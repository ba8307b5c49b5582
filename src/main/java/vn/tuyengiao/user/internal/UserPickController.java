package vn.tuyengiao.user.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.user.UserDirectory;

/**
 * The search behind account pickers (a supervision team): enabled accounts in the user's
 * scope whose name or login holds the typed text (diacritics-blind), each shown with its
 * login and unit so that namesakes can be told apart. Answers the same JSON as
 * {@code /members/pick}, so {@code fragments/pickers :: member(source=...)} shows it.
 */
@RestController
class UserPickController {

	private static final int LIMIT = 15;

	private final UserDirectory directory;

	private final OrgUnits org;

	UserPickController(UserDirectory directory, OrgUnits org) {
		this.directory = directory;
		this.org = org;
	}

	record UserPick(long id, String label, String detail, Long unitId) {
	}

	@GetMapping("/users/pick")
	List<UserPick> pick(Scope scope, @RequestParam(defaultValue = "") String q) {
		List<UserDirectory.Account> found = this.directory.search(scope, q, LIMIT);
		Map<Long, String> units = this.org
			.labelsOf(found.stream().map(UserDirectory.Account::unitId).filter(Objects::nonNull).toList());
		return found.stream()
			.map(a -> new UserPick(a.id(), a.fullName(),
					a.username() + (a.unitId() == null ? "" : " · " + units.getOrDefault(a.unitId(), "")), a.unitId()))
			.toList();
	}

}
