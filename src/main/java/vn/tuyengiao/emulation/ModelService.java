package vn.tuyengiao.emulation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * The model register: registration with the overlap check, the lifecycle (review, launch,
 * yearly assessment, commendation, replication, retirement), attachments. Every call is
 * checked against the user's scope.
 */
@Service
public class ModelService {

	/**
	 * Same unit, other movement (Dân vận khéo, a mass organisation's): this much shared
	 * text is worth a look.
	 */
	static final double PARALLEL_THRESHOLD = 0.3;

	/** Another unit's model: this much shared text suggests a copied registration. */
	static final double COPY_THRESHOLD = 0.6;

	private final EmulationModelRepository models;

	private final ModelGroupRepository groups;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final MemberService members;

	private final AuditLog audit;

	private final ModelSimilarity similarity;

	private final long maxAttachmentBytes;

	ModelService(EmulationModelRepository models, ModelGroupRepository groups, NamedParameterJdbcTemplate jdbc,
			OrgUnits org, MemberService members, AuditLog audit, ModelSimilarity similarity,
			@Value("${tuyengiao.models.attachment-max-mb:5}") long maxAttachmentMb) {
		this.models = models;
		this.groups = groups;
		this.jdbc = jdbc;
		this.org = org;
		this.members = members;
		this.audit = audit;
		this.similarity = similarity;
		this.maxAttachmentBytes = maxAttachmentMb * 1024 * 1024;
	}

	public long maxAttachmentBytes() {
		return this.maxAttachmentBytes;
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
		EmulationModel m = this.models
			.save(new EmulationModel(owner.unit().getId(), owner.memberId(), clean(r), groupId, scope.username()));
		transition(scope, m.getId(), null, ModelStatus.REGISTERED, m.getStartDate(), null);
		this.audit.record("CREATE", "EmulationModel", m.getId(), "Đăng ký mô hình " + m.getTitle(),
				owner.unit().getName());
		return new Registered(m, overlaps(scope, m));
	}

	@Transactional
	public EmulationModel update(Scope scope, long id, Registration r, long version) {
		EmulationModel m = writable(scope, id, version);
		if (!m.getStatus().live()) {
			throw AppException.invalid("emulation.modelRetiredNoEdit", m.getTitle());
		}
		long groupId = validate(r);
		m.apply(clean(r), groupId);
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

	private static String n(String s) {
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

	private EmulationModel writable(Scope scope, long id, long version) {
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
		return overlaps(scope, m.getOwnerUnitId(), m.getMovement(), m.comparableText(), m.getId(),
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
		return overlaps(scope, ownerUnitId, movement == null ? Movement.HO_CHI_MINH : movement, title + " " + content,
				null, null);
	}

	/**
	 * Candidates: every model in the user's scope (the same unit's among them), except
	 * the model itself and those linked to it by replication. The same unit's
	 * other-movement models are shown from a lower score than other units' models: those
	 * are the overlaps the seeds complain about.
	 */
	private List<Overlap> overlaps(Scope scope, long ownerUnitId, Movement movement, String text, Long selfId,
			Long replicatedFrom) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix",
				scope.pathPrefix() == null ? "/" : scope.pathPrefix() + "%")
			.addValue("all", scope.pathPrefix() == null)
			.addValue("self", selfId == null ? -1L : selfId)
			.addValue("from", replicatedFrom == null ? -1L : replicatedFrom);
		record Candidate(long id, String title, long unitId, String unitName, Movement movement, MassOrganisation org,
				String text) {
		}
		List<Candidate> candidates = this.jdbc
			.query("""
					select m.id, m.title, u.id, u.name, m.movement, m.mass_organisation, m.content
					from emulation_model m join org_unit u on u.id = m.owner_unit_id
					where (:all = true or u.path like :prefix) and m.id <> :self and m.status <> 'RETIRED'
					  and m.id <> :from and (m.replicated_from_id is null or (m.replicated_from_id <> :self and m.replicated_from_id <> :from))""",
					p,
					(rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							Movement.valueOf(rs.getString(5)),
							rs.getString(6) == null ? null : MassOrganisation.valueOf(rs.getString(6)),
							rs.getString(2) + " " + rs.getString(7)));
		double[] scores = this.similarity.score(text, candidates.stream().map(Candidate::text).toList());
		List<Overlap> found = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			Candidate c = candidates.get(i);
			boolean sameUnit = c.unitId() == ownerUnitId;
			boolean parallel = sameUnit && c.movement() != movement;
			double threshold = parallel ? PARALLEL_THRESHOLD : COPY_THRESHOLD;
			if (scores[i] >= threshold && (parallel || !sameUnit || c.movement() == movement)) {
				found.add(new Overlap(c.id(), c.title(), c.unitId(), c.unitName(), c.movement(), c.org(), scores[i],
						parallel));
			}
		}
		found.sort(Comparator.comparing(Overlap::parallel)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Overlap::score).reversed()));
		return found.size() > 10 ? found.subList(0, 10) : found;
	}

	// ---- lifecycle

	/** One step forward: registered → reviewed → launched → commended. */
	@Transactional
	public EmulationModel advance(Scope scope, long id, long version, LocalDate on, String note) {
		EmulationModel m = writable(scope, id, version);
		ModelStatus next = m.getStatus().next();
		if (next == null) {
			throw AppException.invalid("emulation.noNextStatus", m.getTitle());
		}
		ModelStatus from = m.getStatus();
		m.moveTo(next);
		transition(scope, id, from, next, on == null ? LocalDate.now() : on, note);
		this.audit.record("STATUS", "EmulationModel", id, m.getTitle() + ": " + from + " → " + next, note);
		return m;
	}

	@Transactional
	public EmulationModel retire(Scope scope, long id, long version, RetireReason reason, LocalDate on, String note) {
		EmulationModel m = writable(scope, id, version);
		if (!m.getStatus().live()) {
			throw AppException.invalid("emulation.alreadyRetired", m.getTitle());
		}
		if (reason == null) {
			throw AppException.invalid("emulation.retireReasonRequired");
		}
		LocalDate date = on == null ? LocalDate.now() : on;
		if (date.isBefore(m.getStartDate())) {
			throw AppException.invalid("emulation.retireBeforeStart",
					vn.tuyengiao.text.VnFormat.shortDate(m.getStartDate()));
		}
		ModelStatus from = m.getStatus();
		m.retire(reason, date, n(note));
		transition(scope, id, from, ModelStatus.RETIRED, date, n(note));
		this.audit.record("RETIRE", "EmulationModel", id, "Dừng mô hình " + m.getTitle() + " (" + reason + ")", note);
		return m;
	}

	private void transition(Scope scope, long modelId, ModelStatus from, ModelStatus to, LocalDate on, String note) {
		this.jdbc.update(
				"""
						insert into model_transition (model_id, from_status, to_status, changed_on, changed_at, changed_by, note)
						values (:m, :f, :t, :on, :at, :by, :note)""",
				new MapSqlParameterSource("m", modelId).addValue("f", from == null ? null : from.name())
					.addValue("t", to.name())
					.addValue("on", on)
					.addValue("at", Timestamp.from(Instant.now()))
					.addValue("by", scope.username())
					.addValue("note", note));
	}

	public record Transition(ModelStatus from, ModelStatus to, LocalDate on, Instant at, String by, String note) {
	}

	@Transactional(readOnly = true)
	public List<Transition> transitions(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query(
				"select from_status, to_status, changed_on, changed_at, changed_by, note from model_transition "
						+ "where model_id = :m order by changed_at, id",
				new MapSqlParameterSource("m", id),
				(rs, i) -> new Transition(rs.getString(1) == null ? null : ModelStatus.valueOf(rs.getString(1)),
						ModelStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
						rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
	}

	// ---- yearly follow-up

	public record Assessment(int year, Effectiveness effectiveness, String results, LocalDate assessedOn, String by) {
	}

	@Transactional
	public void assess(Scope scope, long id, int year, Effectiveness effectiveness, String results, LocalDate on) {
		EmulationModel m = get(scope, id);
		scope.requireWrite(this.org.get(m.getOwnerUnitId()).getPath());
		if (!m.getStatus().running()) {
			throw AppException.invalid("emulation.assessNotRunning", m.getTitle());
		}
		if (effectiveness == null) {
			throw AppException.invalid("emulation.effectivenessRequired");
		}
		if (results == null || results.isBlank()) {
			throw AppException.invalid("emulation.resultsRequired");
		}
		LocalDate date = on == null ? LocalDate.now() : on;
		if (year < m.getStartDate().getYear() || year > date.getYear()) {
			throw AppException.invalid("emulation.assessYearInvalid", String.valueOf(year),
					String.valueOf(m.getStartDate().getYear()), String.valueOf(date.getYear()));
		}
		MapSqlParameterSource p = new MapSqlParameterSource("m", id).addValue("y", year)
			.addValue("e", effectiveness.name())
			.addValue("r", VietnameseText.normalize(results))
			.addValue("on", date)
			.addValue("by", scope.username());
		Integer exists = this.jdbc.queryForObject(
				"select count(*) from model_assessment where model_id = :m and assessed_year = :y", p, Integer.class);
		if (exists != null && exists > 0) {
			throw AppException.conflict("emulation.assessmentExists", String.valueOf(year), m.getTitle());
		}
		this.jdbc.update(
				"insert into model_assessment (model_id, assessed_year, effectiveness, results, assessed_on, assessed_by) "
						+ "values (:m, :y, :e, :r, :on, :by)",
				p);
		this.audit.record("ASSESS", "EmulationModel", id,
				"Đánh giá năm " + year + " mô hình " + m.getTitle() + ": " + effectiveness, results);
	}

	@Transactional(readOnly = true)
	public List<Assessment> assessments(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query(
				"select assessed_year, effectiveness, results, assessed_on, assessed_by from model_assessment "
						+ "where model_id = :m order by assessed_year desc",
				new MapSqlParameterSource("m", id),
				(rs, i) -> new Assessment(rs.getInt(1), Effectiveness.valueOf(rs.getString(2)), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5)));
	}

	// ---- replication

	public record Replication(long unitId, String unitName, LocalDate on, String note, Long replicaModelId) {
	}

	/**
	 * Another unit copies a running model: the link is recorded and the copying unit gets
	 * its own registration of the model (so it counts for that unit's coverage), linked
	 * back to the original. A retired model cannot be copied.
	 */
	@Transactional
	public EmulationModel replicate(Scope scope, long id, long unitId, LocalDate on, String note) {
		EmulationModel m = get(scope, id);
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		if (m.getStatus() == ModelStatus.RETIRED) {
			throw AppException.invalid("emulation.replicateRetired", m.getTitle(),
					vn.tuyengiao.text.VnFormat.shortDate(m.getRetiredOn()));
		}
		if (!m.getStatus().running()) {
			throw AppException.invalid("emulation.replicateNotLaunched", m.getTitle());
		}
		if (unit.getId().equals(m.getOwnerUnitId())) {
			throw AppException.invalid("emulation.replicateOwnUnit", unit.getName());
		}
		if (unit.isClosed()) {
			throw AppException.invalid("emulation.unitClosed", unit.getName());
		}
		MapSqlParameterSource p = new MapSqlParameterSource("m", id).addValue("u", unitId);
		Integer exists = this.jdbc.queryForObject(
				"select count(*) from model_replication where model_id = :m and unit_id = :u", p, Integer.class);
		if (exists != null && exists > 0) {
			throw AppException.conflict("emulation.replicationExists", unit.getName(), m.getTitle());
		}
		LocalDate date = on == null ? LocalDate.now() : on;
		if (date.isBefore(m.getStartDate())) {
			throw AppException.invalid("emulation.replicateBeforeStart",
					vn.tuyengiao.text.VnFormat.shortDate(m.getStartDate()));
		}
		Registration copy = new Registration(unitId, null, m.getTitle(), m.getGroupId(), m.getMovement(),
				m.getMassOrganisation(), m.getSituation(), m.getGoals(), m.getContent(), m.getArea(),
				m.getParticipants(), m.getResources(), m.getTimeline(), m.getOutputs(), m.isSustainable(),
				m.isReplicable(), date, m.getId());
		EmulationModel replica = this.models
			.save(new EmulationModel(unitId, null, copy, m.getGroupId(), scope.username()));
		transition(scope, replica.getId(), null, ModelStatus.REGISTERED, date, "Nhân rộng từ mô hình #" + m.getId());
		this.jdbc.update(
				"insert into model_replication (model_id, unit_id, replicated_on, note, recorded_by) values (:m, :u, :on, :note, :by)",
				p.addValue("on", date).addValue("note", n(note)).addValue("by", scope.username()));
		this.audit.record("REPLICATE", "EmulationModel", id,
				"Nhân rộng mô hình " + m.getTitle() + " tại " + unit.getName(), note);
		return replica;
	}

	@Transactional(readOnly = true)
	public List<Replication> replications(Scope scope, long id) {
		get(scope, id);
		return this.jdbc
			.query("""
					select r.unit_id, u.name, r.replicated_on, r.note,
					       (select min(c.id) from emulation_model c where c.replicated_from_id = r.model_id and c.owner_unit_id = r.unit_id)
					from model_replication r join org_unit u on u.id = r.unit_id where r.model_id = :m order by r.replicated_on, r.id""",
					new MapSqlParameterSource("m", id), (rs, i) -> new Replication(rs.getLong(1), rs.getString(2),
							rs.getObject(3, LocalDate.class), rs.getString(4), (Long) rs.getObject(5, Long.class)));
	}

	// ---- attachments

	public record AttachmentInfo(long id, String fileName, String contentType, long size, Instant uploadedAt,
			String by) {
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Stores the files, all or none: each is checked by its first bytes (photo or PDF)
	 * and its size.
	 */
	@Transactional
	public List<AttachmentInfo> attach(Scope scope, long id, List<String> fileNames, List<byte[]> contents) {
		EmulationModel m = get(scope, id);
		scope.requireWrite(this.org.get(m.getOwnerUnitId()).getPath());
		if (fileNames.isEmpty()) {
			throw AppException.invalid("emulation.attachmentNone");
		}
		List<String> types = new ArrayList<>();
		for (int i = 0; i < fileNames.size(); i++) {
			types.add(Attachments.check(new Attachments.Upload(fileNames.get(i), contents.get(i)),
					this.maxAttachmentBytes));
		}
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < fileNames.size(); i++) {
			String name = fileNames.get(i) == null || fileNames.get(i).isBlank() ? "tep-dinh-kem"
					: fileNames.get(i).strip();
			name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
			this.jdbc.update(
					"""
							insert into model_attachment (model_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
							values (:m, :n, :t, :s, :c, :at, :by)""",
					new MapSqlParameterSource("m", id)
						.addValue("n", name.length() > 255 ? name.substring(0, 255) : name)
						.addValue("t", types.get(i))
						.addValue("s", contents.get(i).length)
						.addValue("c", contents.get(i))
						.addValue("at", now)
						.addValue("by", scope.username()));
		}
		this.audit.record("ATTACH", "EmulationModel", id,
				"Đính kèm " + fileNames.size() + " tệp vào mô hình " + m.getTitle(), String.join(", ", fileNames));
		return attachments(scope, id);
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query(
				"select id, file_name, content_type, size_bytes, uploaded_at, uploaded_by from model_attachment "
						+ "where model_id = :m order by id",
				new MapSqlParameterSource("m", id), (rs, i) -> new AttachmentInfo(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(Scope scope, long id, long attachmentId) {
		get(scope, id);
		List<AttachmentContent> found = this.jdbc.query(
				"select file_name, content_type, content from model_attachment " + "where id = :a and model_id = :m",
				new MapSqlParameterSource("m", id).addValue("a", attachmentId),
				(rs, i) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)));
		if (found.isEmpty()) {
			throw AppException.notFound("emulation.attachmentNotFound", attachmentId);
		}
		return found.get(0);
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
