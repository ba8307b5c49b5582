package vn.tuyengiao.member.internal;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.org.OrgUnits;

/**
 * The search behind member pickers: members on the roll in the user's scope whose name
 * holds the typed text (diacritics-blind), each shown with their cell and birth year so
 * that namesakes can be told apart.
 */
@RestController
class MemberPickController {

	private static final int LIMIT = 15;

	private final MemberSearch search;

	private final OrgUnits org;

	MemberPickController(MemberSearch search, OrgUnits org) {
		this.search = search;
		this.org = org;
	}

	record MemberPick(long id, String label, String detail, long unitId) {
	}

	@GetMapping("/members/pick")
	List<MemberPick> pick(Scope scope, @RequestParam(defaultValue = "") String q) {
		if (q.isBlank()) {
			return List.of();
		}
		List<MemberSearch.Row> rows = this.search
			.search(scope, new MemberSearch.Query(q.strip(), null, null, null, null, false), 0, LIMIT)
			.rows();
		Map<Long, String> cells = this.org.labelsOf(rows.stream().map(MemberSearch.Row::unitId).toList());
		return rows.stream()
			.map(r -> new MemberPick(r.id(), r.fullName(),
					cells.getOrDefault(r.unitId(), r.unitName())
							+ (r.birthDate() == null ? "" : " · " + r.birthDate().getYear()),
					r.unitId()))
			.toList();
	}

}
