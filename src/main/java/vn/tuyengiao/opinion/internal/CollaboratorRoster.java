package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * The roster of public-opinion collaborators (cộng tác viên dư luận xã hội) of each unit:
 * who serves, from when to when, how to reach them; counts per unit below a unit.
 */
@Service
public class CollaboratorRoster {

	private final CollaboratorRepository collaborators;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final MemberService members;

	private final AuditLog audit;

	private final Clock clock;

	CollaboratorRoster(CollaboratorRepository collaborators, NamedParameterJdbcTemplate jdbc, OrgUnits org,
			MemberService members, AuditLog audit, Clock clock) {
		this.collaborators = collaborators;
		this.jdbc = jdbc;
		this.org = org;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a form or a request gives: a member (then the name is the member's), or a name
	 * with an occupation or field; the unit; the dates; a contact.
	 */
	public record CollaboratorData(Long unitId, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo) {
	}

	@Transactional
	public Collaborator create(Scope scope, CollaboratorData d) {
		Checked c = check(scope, d);
		Collaborator x = this.collaborators.saveAndFlush(
				new Collaborator(c.unit().getId(), c.unit().getPath(), d.memberId(), c.name(), clean(d.occupation()),
						clean(d.contact()), d.validFrom(), d.validTo(), this.clock.instant(), scope.username()));
		this.audit.record("CREATE", "OpinionCollaborator", x.getId(), c.unit().getPath(),
				"Cộng tác viên dư luận xã hội " + c.name(), c.unit().getName());
		return x;
	}

	@Transactional
	public Collaborator update(Scope scope, long id, Long version, CollaboratorData d) {
		Collaborator x = get(scope, id);
		scope.requireWrite(x.getUnitPath());
		if (version == null || version != x.getVersion()) {
			throw AppException.staleVersion();
		}
		Checked c = check(scope, d);
		x.change(c.unit().getId(), c.unit().getPath(), d.memberId(), c.name(), clean(d.occupation()),
				clean(d.contact()), d.validFrom(), d.validTo());
		this.collaborators.saveAndFlush(x);
		this.audit.record("UPDATE", "OpinionCollaborator", x.getId(), c.unit().getPath(),
				"Sửa cộng tác viên dư luận xã hội " + c.name(), c.unit().getName());
		return x;
	}

	private record Checked(OrgUnit unit, String name) {
	}

	private Checked check(Scope scope, CollaboratorData d) {
		Problems problems = new Problems();
		OrgUnit unit = null;
		if (d.unitId() == null) {
			problems.add("unit", "opinion.required");
		}
		else {
			unit = this.org.get(d.unitId());
			scope.requireWrite(unit.getPath());
		}
		String name = clean(d.fullName());
		if (d.memberId() != null) {
			Member m = this.members.get(scope, d.memberId());
			name = m.getFullName();
		}
		else {
			if (name == null) {
				problems.add("fullName", "opinion.required");
			}
			if (clean(d.occupation()) == null) {
				problems.add("occupation", "opinion.occupationRequired");
			}
		}
		if (name != null && name.length() > 200) {
			problems.add("fullName", "opinion.tooLong", 200);
		}
		if (d.occupation() != null && d.occupation().length() > 300) {
			problems.add("occupation", "opinion.tooLong", 300);
		}
		if (d.contact() != null && d.contact().length() > 300) {
			problems.add("contact", "opinion.tooLong", 300);
		}
		if (d.validFrom() == null) {
			problems.add("validFrom", "opinion.required");
		}
		else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			problems.add("validTo", "opinion.toBeforeFrom");
		}
		problems.throwIfAny();
		return new Checked(unit, name);
	}

	private static String clean(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		return VietnameseText.normalize(s).strip();
	}

	@Transactional(readOnly = true)
	public Collaborator get(Scope scope, long id) {
		Collaborator x = this.collaborators.findById(id)
			.orElseThrow(() -> AppException.notFound("opinion.collaboratorNotFound", id));
		scope.requireRead(x.getUnitPath());
		return x;
	}

	/** A collaborator as lists and pickers show them. */
	public record CollaboratorRow(long id, long unitId, Long memberId, String fullName, String occupation,
			String contact, LocalDate validFrom, LocalDate validTo, boolean serving) {
	}

	/**
	 * The collaborators of the unit's subtree; only those serving on {@code on} unless
	 * null.
	 */
	@Transactional(readOnly = true)
	public List<CollaboratorRow> list(Scope scope, long unitId, LocalDate on) {
		OrgUnit unit = this.org.get(scope, unitId);
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("on", on)
			.addValue("any", on == null);
		return this.jdbc.query(
				"""
						select id, unit_id, member_id, full_name, occupation, contact, valid_from, valid_to from opinion_collaborator
						where unit_path like :prefix and (:any = true or (valid_from <= :on and (valid_to is null or valid_to >= :on)))
						order by unit_path, full_name, id""",
				p, (rs, i) -> {
					LocalDate from = rs.getObject(7, LocalDate.class);
					LocalDate to = rs.getObject(8, LocalDate.class);
					return new CollaboratorRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
							rs.getString(4), rs.getString(5), rs.getString(6), from, to,
							!from.isAfter(today) && (to == null || !to.isBefore(today)));
				});
	}

	/** One line of the roster counts: a unit (with everything under it) and its count. */
	public record RosterCount(long unitId, long serving) {
	}

	/**
	 * Collaborators serving on the date, counted per unit directly below {@code unitId}
	 * (each with its subtree: per commune when seen from the province), the unit's own
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<RosterCount> counts(Scope scope, long unitId, LocalDate on) {
		OrgUnit unit = this.org.get(scope, unitId);
		Map<String, Long> byPath = new LinkedHashMap<>();
		this.jdbc.query(
				"select unit_path, count(*) from opinion_collaborator where unit_path like :prefix "
						+ "and valid_from <= :on and (valid_to is null or valid_to >= :on) group by unit_path",
				new MapSqlParameterSource("prefix", unit.getPath() + "%").addValue("on", on), rs -> {
					byPath.put(rs.getString(1), rs.getLong(2));
				});
		return Branches.fold(unit, this.org.children(unit), on, byPath)
			.entrySet()
			.stream()
			.map(e -> new RosterCount(e.getKey(), e.getValue()))
			.toList();
	}

	/** Ids of the collaborators who may be named as a source of an item at the unit. */
	@Transactional(readOnly = true)
	public List<CollaboratorRow> forUnit(Scope scope, long unitId, LocalDate on) {
		OrgUnit unit = this.org.get(scope, unitId);
		List<CollaboratorRow> out = new ArrayList<>();
		for (CollaboratorRow r : list(scope, ancestorWithin(scope, unit).getId(), on)) {
			out.add(r);
		}
		return out;
	}

	private OrgUnit ancestorWithin(Scope scope, OrgUnit unit) {
		List<OrgUnit> chain = this.org.ancestry(scope, unit);
		return chain.isEmpty() ? unit : chain.get(0);
	}

}
