package vn.tuyengiao.emulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.internal.ModelTransitions;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * A registered model's life: the steps (review, launch, commendation), retirement, and
 * the yearly assessment while it runs. Every call is checked against the user's scope.
 */
@Service
public class ModelLifecycle {

	private final ModelService models;

	private final ModelTransitions transitions;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	/** State names in the audit log's words ("Đã thẩm định", not "REVIEWED"). */
	private final Messages messages;

	ModelLifecycle(ModelService models, ModelTransitions transitions, NamedParameterJdbcTemplate jdbc, OrgUnits org,
			AuditLog audit, Clock clock, Messages messages) {
		this.messages = messages;
		this.models = models;
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/** One step forward: registered → reviewed → launched → commended. */
	@Transactional
	public EmulationModel advance(Scope scope, long id, long version, LocalDate on, String note) {
		EmulationModel m = this.models.writable(scope, id, version);
		ModelStatus next = m.getStatus().next();
		if (next == null) {
			throw AppException.invalid("emulation.noNextStatus", m.getTitle());
		}
		ModelStatus from = m.getStatus();
		m.moveTo(next);
		this.transitions.record(scope, id, from, next, on == null ? LocalDate.now(this.clock) : on, note);
		this.audit.record("STATUS", "EmulationModel", id, this.org.get(m.getOwnerUnitId()).getPath(), m.getTitle()
				+ ": " + this.messages.get(from.messageKey()) + " → " + this.messages.get(next.messageKey()), note);
		return m;
	}

	@Transactional
	public EmulationModel retire(Scope scope, long id, long version, RetireReason reason, LocalDate on, String note) {
		EmulationModel m = this.models.writable(scope, id, version);
		if (!m.getStatus().live()) {
			throw AppException.invalid("emulation.alreadyRetired", m.getTitle());
		}
		if (reason == null) {
			throw AppException.invalid("emulation.retireReasonRequired");
		}
		LocalDate date = on == null ? LocalDate.now(this.clock) : on;
		if (date.isBefore(m.getStartDate())) {
			throw AppException.invalid("emulation.retireBeforeStart", VnFormat.shortDate(m.getStartDate()));
		}
		ModelStatus from = m.getStatus();
		m.retire(reason, date, ModelService.n(note));
		this.transitions.record(scope, id, from, ModelStatus.RETIRED, date, ModelService.n(note));
		this.audit.record("RETIRE", "EmulationModel", id, this.org.get(m.getOwnerUnitId()).getPath(),
				"Dừng mô hình " + m.getTitle() + " (" + this.messages.get(reason.messageKey()) + ")", note);
		return m;
	}

	public record Transition(ModelStatus from, ModelStatus to, LocalDate on, Instant at, String by, String note) {
	}

	@Transactional(readOnly = true)
	public List<Transition> transitions(Scope scope, long id) {
		this.models.get(scope, id);
		return this.transitions.of(id);
	}

	// ---- yearly follow-up

	public record Assessment(int year, Effectiveness effectiveness, String results, LocalDate assessedOn, String by) {
	}

	@Transactional
	public void assess(Scope scope, long id, int year, Effectiveness effectiveness, String results, LocalDate on) {
		EmulationModel m = this.models.get(scope, id);
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
		LocalDate date = on == null ? LocalDate.now(this.clock) : on;
		if (year < m.getStartDate().getYear() || year > date.getYear()) {
			throw AppException.invalid("emulation.assessYearInvalid", year, m.getStartDate().getYear(), date.getYear());
		}
		MapSqlParameterSource p = new MapSqlParameterSource("m", id).addValue("y", year)
			.addValue("e", effectiveness.name())
			.addValue("r", VietnameseText.normalize(results))
			.addValue("on", date)
			.addValue("by", scope.username());
		Integer exists = this.jdbc.queryForObject(
				"select count(*) from model_assessment where model_id = :m and assessed_year = :y", p, Integer.class);
		if (exists != null && exists > 0) {
			throw AppException.conflict("emulation.assessmentExists", year, m.getTitle());
		}
		this.jdbc.update(
				"insert into model_assessment (model_id, assessed_year, effectiveness, results, assessed_on, assessed_by) "
						+ "values (:m, :y, :e, :r, :on, :by)",
				p);
		this.audit.record("ASSESS", "EmulationModel", id, this.org.get(m.getOwnerUnitId()).getPath(), "Đánh giá năm "
				+ year + " mô hình " + m.getTitle() + ": " + this.messages.get(effectiveness.messageKey()), results);
	}

	@Transactional(readOnly = true)
	public List<Assessment> assessments(Scope scope, long id) {
		this.models.get(scope, id);
		return this.jdbc.query(
				"select assessed_year, effectiveness, results, assessed_on, assessed_by from model_assessment "
						+ "where model_id = :m order by assessed_year desc",
				new MapSqlParameterSource("m", id),
				(rs, i) -> new Assessment(rs.getInt(1), Effectiveness.valueOf(rs.getString(2)), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5)));
	}

}
