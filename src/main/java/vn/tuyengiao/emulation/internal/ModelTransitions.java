package vn.tuyengiao.emulation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.ModelLifecycle.Transition;
import vn.tuyengiao.emulation.ModelStatus;

/**
 * The model_transition table: every status change of a model, written by registration,
 * the lifecycle steps and replication.
 */
@Component
public class ModelTransitions {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ModelTransitions(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records one step; {@code from} is null for a new registration. */
	public void record(Scope scope, long modelId, ModelStatus from, ModelStatus to, LocalDate on, String note) {
		this.jdbc.update(
				"""
						insert into model_transition (model_id, from_status, to_status, changed_on, changed_at, changed_by, note)
						values (:m, :f, :t, :on, :at, :by, :note)""",
				new MapSqlParameterSource("m", modelId).addValue("f", from == null ? null : from.name())
					.addValue("t", to.name())
					.addValue("on", on)
					.addValue("at", Timestamp.from(this.clock.instant()))
					.addValue("by", scope.username())
					.addValue("note", note));
	}

	/** A model's steps, oldest first. */
	public List<Transition> of(long modelId) {
		return this.jdbc.query(
				"select from_status, to_status, changed_on, changed_at, changed_by, note from model_transition "
						+ "where model_id = :m order by changed_at, id",
				new MapSqlParameterSource("m", modelId),
				(rs, i) -> new Transition(rs.getString(1) == null ? null : ModelStatus.valueOf(rs.getString(1)),
						ModelStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
						rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
	}

}
