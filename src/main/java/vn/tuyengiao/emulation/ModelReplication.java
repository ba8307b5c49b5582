package vn.tuyengiao.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.internal.ModelTransitions;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VnFormat;

/** Replication: another unit runs a model too, with its own registration linked back. */
@Service
public class ModelReplication {

	private final ModelService models;

	private final EmulationModelRepository repository;

	private final ModelTransitions transitions;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	ModelReplication(ModelService models, EmulationModelRepository repository, ModelTransitions transitions,
			NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, Clock clock) {
		this.models = models;
		this.repository = repository;
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public record Replication(long unitId, String unitName, LocalDate on, String note, Long replicaModelId) {
	}

	/**
	 * Another unit copies a running model: the link is recorded and the copying unit gets
	 * its own registration of the model (so it counts for that unit's coverage), linked
	 * back to the original. A retired model cannot be copied.
	 */
	@Transactional
	public EmulationModel replicate(Scope scope, long id, long unitId, LocalDate on, String note) {
		EmulationModel m = this.models.get(scope, id);
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		if (m.getStatus() == ModelStatus.RETIRED) {
			throw AppException.invalid("emulation.replicateRetired", m.getTitle(),
					VnFormat.shortDate(m.getRetiredOn()));
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
		LocalDate date = on == null ? LocalDate.now(this.clock) : on;
		if (date.isBefore(m.getStartDate())) {
			throw AppException.invalid("emulation.replicateBeforeStart", VnFormat.shortDate(m.getStartDate()));
		}
		Registration copy = new Registration(unitId, null, m.getTitle(), m.getGroupId(), m.getMovement(),
				m.getMassOrganisation(), m.getSituation(), m.getGoals(), m.getContent(), m.getArea(),
				m.getParticipants(), m.getResources(), m.getTimeline(), m.getOutputs(), m.isSustainable(),
				m.isReplicable(), date, m.getId());
		EmulationModel replica = this.repository
			.save(new EmulationModel(unitId, null, copy, m.getGroupId(), scope.username(), this.clock.instant()));
		this.transitions.record(scope, replica.getId(), null, ModelStatus.REGISTERED, date,
				"Nhân rộng từ mô hình #" + m.getId());
		this.jdbc.update(
				"insert into model_replication (model_id, unit_id, replicated_on, note, recorded_by) values (:m, :u, :on, :note, :by)",
				p.addValue("on", date).addValue("note", ModelService.n(note)).addValue("by", scope.username()));
		this.audit.record("REPLICATE", "EmulationModel", id,
				"Nhân rộng mô hình " + m.getTitle() + " tại " + unit.getName(), note);
		return replica;
	}

	@Transactional(readOnly = true)
	public List<Replication> replications(Scope scope, long id) {
		this.models.get(scope, id);
		return this.jdbc
			.query("""
					select r.unit_id, u.name, r.replicated_on, r.note,
					       (select min(c.id) from emulation_model c where c.replicated_from_id = r.model_id and c.owner_unit_id = r.unit_id)
					from model_replication r join org_unit u on u.id = r.unit_id where r.model_id = :m order by r.replicated_on, r.id""",
					new MapSqlParameterSource("m", id), (rs, i) -> new Replication(rs.getLong(1), rs.getString(2),
							rs.getObject(3, LocalDate.class), rs.getString(4), (Long) rs.getObject(5, Long.class)));
	}

}
