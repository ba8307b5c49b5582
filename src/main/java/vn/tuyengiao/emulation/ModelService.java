package vn.tuyengiao.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.internal.ModelTransitions;
import vn.tuyengiao.emulation.internal.ModelOverlaps;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * The model register: groups, registration with the overlap check, edits, reading and the
 * register's list. The lifecycle is {@link ModelLifecycle}, replication
 * {@link ModelReplication}. Every call is checked against the user's scope.
 */
@Service
public class ModelService {

	private final EmulationModelRepository models;

	private final ModelGroupRepository groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final MemberService members;

	private final AuditLog audit;

	private final ModelOverlaps overlaps;

	private final ModelTransitions transitions;

	private final Clock clock;

	ModelService(EmulationModelRepository models, ModelGroupRepository groups, NamedParameterJdbcTemplate jdbc,
			OrgUnits org, MemberService members, AuditLog audit, ModelOverlaps overlaps, ModelTransitions transitions,
			Clock clock) {
		this.models = models;
		this.groups = groups;
		this.jdbc = jdbc;
		this.org = org;
		this.members = members;
		this.audit = audit;
		this.overlaps = overlaps;
		this.transitions = transitions;
		this.clock = clock;
	}

	// ---- groups

	@Transactional(readOnly = true)
	public List<ModelGroup> groups() {
		return this.groups.findAllByOrderBySortOrderAscIdAsc();
	}

	@Transactional
	public ModelGroup createGroup(Scope scope, String code, String name) {
		if (!scope.admin()) {
			throw AppException.forbidden();
		}
		String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!c.matches("[A-Z0-9_]{2,40}")) {
			throw AppException.invalid("emulation.groupCodeInvalid", code);
		}
		if (name == null || name.isBlank()) {
			throw AppException.invalid("emulation.groupNameRequired");
		}
		if (this.groups.findByCode(c).isPresent()) {
			throw AppException.conflict("emulation.groupExists", c);
		}
		int order = groups().stream().mapToInt(ModelGroup::getSortOrder).max().orElse(0) + 10;
		ModelGroup g = this.groups.save(new ModelGroup(c, VietnameseText.normalize(name), order));
		this.audit.record("CREATE", "ModelGroup", g.getId(), "Thêm nhóm mô hình " + g.getName(), null);
		return g;
	}

	// ---- registration

	/** A registered model with what the overlap check found. */
	public record Registered(EmulationModel model, List<Overlap> overlaps) {
	}

	/**
	 * A similar model: {@code parallel} when it is the same unit's Dân vận khéo or
	 * mass-organisation model (the rule: a cell's model must not be one the Front or a
	 * mass organisation runs), otherwise another unit's near-identical one.
	 */
	public record Overlap(long modelId, String title, long unitId, String unitName, Movement movement,
			MassOrganisation massOrganisation, double score, boolean parallel) {

		public String percent() {
			return Math.round(this.score * 100) + "%";
		}

	}

	@Transactional
	public Registered register(Scope scope, Registration r) {
		Owner owner = owner(scope, r);
		long groupId = validate(r);
		EmulationModel m = this.models.save(new EmulationModel(owner.unit().getId(), owner.memberId(), clean(r),
				groupId, scope.username(), this.clock.instant()));
		this.transitions.record(scope, m.getId(), null, ModelStatus.REGISTERED, m.getStartDate(), null);
		this.audit.record("CREATE", "EmulationModel", m.getId(), owner.unit().getPath(),
				"Đăng ký mô hình " + m.getTitle(), owner.unit().getName());
		return new Registered(m, overlaps(scope, m));
	}

	@Transactional
	public EmulationModel update(Scope scope, long id, Registration r, long version) {
		EmulationModel m = writable(scope, id, version);
		if (!m.getStatus().live()) {
			throw AppException.invalid("emulation.modelRetiredNoEdit", m.getTitle());
		}
		long groupId = validate(r);
		m.apply(clean(r), groupId, this.clock.instant());
		this.audit.record("UPDATE", "EmulationModel", m.getId(), "Sửa mô hình " + m.getTitle(), null);
		return m;
	}

	private record Owner(OrgUnit unit, Long memberId) {
	}

	private Owner owner(Scope scope, Registration r) {
		if (r.ownerMemberId() != null) {
			Member member = this.members.get(scope, r.ownerMemberId());
			OrgUnit unit = this.org.get(member.getUnitId());
			scope.requireWrite(unit.getPath());
			return new Owner(unit, member.getId());
		}
		OrgUnit unit = this.org.get(r.ownerUnitId());
		scope.requireWrite(unit.getPath());
		if (unit.isClosed()) {
			throw AppException.invalid("emulation.unitClosed", unit.getName());
		}
		return new Owner(unit, null);
	}

	private long validate(Registration r) {
		if (r.title() == null || r.title().isBlank()) {
			throw AppException.invalid("emulation.titleRequired");
		}
		if (r.content() == null || r.content().isBlank()) {
			throw AppException.invalid("emulation.contentRequired");
		}
		if (r.startDate() == null) {
			throw AppException.invalid("emulation.startDateRequired");
		}
		if (r.movement() == null) {
			throw AppException.invalid("emulation.movementRequired");
		}
		if (r.movement() == Movement.MASS_ORGANISATION && r.massOrganisation() == null) {
			throw AppException.invalid("emulation.massOrganisationRequired");
		}
		if (r.groupId() == null) {
			throw AppException.invalid("emulation.groupRequired");
		}
		ModelGroup g = this.groups.findById(r.groupId())
			.orElseThrow(() -> AppException.invalid("emulation.groupUnknown", r.groupId()));
		return g.getId();
	}

	private static Registration clean(Registration r) {
		return new Registration(r.ownerUnitId(), r.ownerMemberId(), VietnameseText.normalize(r.title()), r.groupId(),
				r.movement(), r.massOrganisation(), n(r.situation()), n(r.goals()),
				VietnameseText.normalize(r.content()), n(r.area()), n(r.participants()), n(r.resources()),
				n(r.timeline()), n(r.outputs()), r.sustainable(), r.replicable(), r.startDate(), r.replicatedFromId());
	}

	static String n(String s) {
		String v = VietnameseText.normalize(s);
		return v == null || v.isEmpty() ? null : v;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public EmulationModel get(Scope scope, long id) {
		EmulationModel m = this.models.findById(id)
			.orElseThrow(() -> AppException.notFound("emulation.modelNotFound", id));
		if (!visible(scope, this.org.get(m.getOwnerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return m;
	}

	/**
	 * A unit's models are seen in its subtree's scope and by the units below it (who may
	 * copy them).
	 */
	static boolean visible(Scope scope, String ownerPath) {
		return scope.contains(ownerPath) || scope.pathPrefix().startsWith(ownerPath);
	}

	EmulationModel writable(Scope scope, long id, long version) {
		EmulationModel m = get(scope, id);
		scope.requireWrite(this.org.get(m.getOwnerUnitId()).getPath());
		if (m.getVersion() != version) {
			throw AppException.staleVersion();
		}
		return m;
	}

	/** One line of the register. */
	public record ModelRow(long id, String title, long unitId, String unitName, String unitCode, String memberName,
			String groupName, Movement movement, MassOrganisation massOrganisation, ModelStatus status,
			LocalDate startDate, RetireReason retireReason, LocalDate retiredOn, Integer lastAssessedYear,
			int replications, boolean sustainable, boolean replicable) {
	}

	/**
	 * Filters of the register; every one optional. {@code year} keeps the models live in
	 * that year.
	 */
	public record Filter(Long unitId, Integer year, Long groupId, ModelStatus status, Movement movement, String text) {

		public static Filter all() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	@Transactional(readOnly = true)
	public List<ModelRow> list(Scope scope, Filter f) {
		String prefix = scope.narrow(f.unitId() == null ? null : this.org.get(f.unitId()).getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/" : prefix + "%")
			.addValue("all", prefix == null);
		StringBuilder sql = new StringBuilder(
				"""
						select m.id, m.title, u.id, u.name, u.short_code, mb.full_name, g.name, m.movement, m.mass_organisation, m.status,
						       m.start_date, m.retire_reason, m.retired_on,
						       (select max(a.assessed_year) from model_assessment a where a.model_id = m.id),
						       (select count(*) from model_replication r where r.model_id = m.id), m.sustainable, m.replicable, m.content
						from emulation_model m join org_unit u on u.id = m.owner_unit_id join model_group g on g.id = m.group_id
						left join member mb on mb.id = m.owner_member_id
						where (:all = true or u.path like :prefix)""");
		if (f.year() != null) {
			sql.append(" and m.start_date <= :yearEnd and (m.retired_on is null or m.retired_on >= :yearStart)");
			p.addValue("yearEnd", LocalDate.of(f.year(), 12, 31)).addValue("yearStart", LocalDate.of(f.year(), 1, 1));
		}
		if (f.groupId() != null) {
			sql.append(" and m.group_id = :group");
			p.addValue("group", f.groupId());
		}
		if (f.status() != null) {
			sql.append(" and m.status = :status");
			p.addValue("status", f.status().name());
		}
		if (f.movement() != null) {
			sql.append(" and m.movement = :movement");
			p.addValue("movement", f.movement().name());
		}
		sql.append(" order by u.path, m.start_date desc, m.id desc");
		List<ModelRow> rows = new ArrayList<>();
		String text = f.text() == null || f.text().isBlank() ? null : f.text();
		this.jdbc.query(sql.toString(), p, rs -> {
			if (text != null && !VietnameseText.matches(rs.getString(2) + " " + rs.getString(18), text)) {
				return;
			}
			Number assessed = (Number) rs.getObject(14);
			rows.add(new ModelRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), Movement.valueOf(rs.getString(8)),
					rs.getString(9) == null ? null : MassOrganisation.valueOf(rs.getString(9)),
					ModelStatus.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class),
					rs.getString(12) == null ? null : RetireReason.valueOf(rs.getString(12)),
					rs.getObject(13, LocalDate.class), assessed == null ? null : assessed.intValue(), rs.getInt(15),
					rs.getBoolean(16), rs.getBoolean(17)));
		});
		return rows;
	}

	// ---- overlap check

	/** Similar models in the user's scope for a saved model. */
	@Transactional(readOnly = true)
	public List<Overlap> overlaps(Scope scope, EmulationModel m) {
		return this.overlaps.find(scope, m.getOwnerUnitId(), m.getMovement(), m.comparableText(), m.getId(),
				m.getReplicatedFromId());
	}

	/**
	 * The same check before saving: what a registration with this text would be warned
	 * about.
	 */
	@Transactional(readOnly = true)
	public List<Overlap> overlaps(Scope scope, long ownerUnitId, Movement movement, String title, String content) {
		OrgUnit unit = this.org.get(ownerUnitId);
		scope.requireRead(unit.getPath());
		return this.overlaps.find(scope, ownerUnitId, movement == null ? Movement.HO_CHI_MINH : movement,
				title + " " + content, null, null);
	}

	/**
	 * Names of a model's owner for display: the unit, and the member for individual
	 * models.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> ownerNames(EmulationModel m) {
		String unit = this.org.get(m.getOwnerUnitId()).getName();
		String member = m.getOwnerMemberId() == null ? ""
				: this.jdbc.queryForObject("select full_name from member where id = :id",
						new MapSqlParameterSource("id", m.getOwnerMemberId()), String.class);
		return Map.of("unit", unit, "member", member == null ? "" : member);
	}

	@Transactional(readOnly = true)
	public ModelGroup group(long id) {
		return this.groups.findById(id).orElseThrow(() -> AppException.notFound("emulation.groupUnknown", id));
	}

}
