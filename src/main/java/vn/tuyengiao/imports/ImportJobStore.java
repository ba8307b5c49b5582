package vn.tuyengiao.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;

/**
 * The {@code import_job} rows: what a background import is, how far it got and what it
 * found wrong, read by the progress page of any instance. Progress is written in its own
 * short transaction (at most every {@link #PROGRESS_EVERY}), so it shows while the
 * import's own transaction is still open; the finished state joins the transaction the
 * importer is in, so rows and "done" commit together.
 */
@Component
class ImportJobStore {

	private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

	/** A background import as stored: enough to run it again on any instance. */
	record Stored(String id, String owner, String kind, String importer, String fileName, Scope scope,
			Instant startedAt) {
	}

	private record Written(Instant at, ImportJob.State state) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate separate;

	private final TransactionTemplate joined;

	private final Clock clock;

	private final Map<String, Written> lastWrite = new ConcurrentHashMap<>();

	ImportJobStore(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joined = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void insert(Stored job, byte[] content) {
		Scope s = job.scope();
		Timestamp now = Timestamp.from(job.startedAt());
		this.jdbc.update(
				"""
						insert into import_job (id, owner_name, kind, importer, file_name, scope_path, scope_unit_id,
						  scope_can_write, scope_can_manage, scope_admin, state, started_at, updated_at)
						values (:id, :owner, :kind, :importer, :file, :path, :unit, :write, :manage, :admin, 'QUEUED', :now, :now)
						""",
				new MapSqlParameterSource().addValue("id", job.id())
					.addValue("owner", job.owner())
					.addValue("kind", job.kind())
					.addValue("importer", job.importer())
					.addValue("file", job.fileName())
					.addValue("path", s.pathPrefix())
					.addValue("unit", s.rootUnitId())
					.addValue("write", s.canWrite())
					.addValue("manage", s.canManageUnits())
					.addValue("admin", s.admin())
					.addValue("now", now));
		this.jdbc.update("insert into import_job_file (job_id, content) values (:id, :content)",
				new MapSqlParameterSource("id", job.id()).addValue("content", content));
	}

	/**
	 * Takes an unfinished job for a run on this instance (its first, or again after the
	 * instance running it stopped): counts start from zero. Empty when it is finished or
	 * gone.
	 */
	Optional<Stored> claim(String id, String instance) {
		int n = this.jdbc.update("""
				update import_job set attempts = attempts + 1, instance_name = :instance, state = 'QUEUED', total = 0,
				  checked = 0, written = 0, error_count = 0, message = null, updated_at = :now
				where id = :id and finished_at is null
				""", new MapSqlParameterSource("id", id).addValue("instance", instance)
			.addValue("now", Timestamp.from(Instant.now(this.clock))));
		if (n == 0) {
			return Optional.empty();
		}
		return this.jdbc.query("select * from import_job where id = :id", Map.of("id", id), (rs, i) -> stored(rs))
			.stream()
			.findFirst();
	}

	byte[] content(String id) {
		return this.jdbc.queryForObject("select content from import_job_file where job_id = :id", Map.of("id", id),
				byte[].class);
	}

	/** Whose progress goes to the job's row. */
	ImportJob.Progress progressOf(String id) {
		return (job, finished) -> {
			if (finished) {
				finish(id, job);
				return;
			}
			Instant now = Instant.now(this.clock);
			Written last = this.lastWrite.get(id);
			if (last != null && last.state() == job.getState() && now.isBefore(last.at().plus(PROGRESS_EVERY))) {
				return;
			}
			this.lastWrite.put(id, new Written(now, job.getState()));
			this.separate.executeWithoutResult(s -> this.jdbc.update("""
					update import_job set state = :state, total = :total, checked = :checked, written = :written,
					  updated_at = :now where id = :id and finished_at is null
					""", counts(id, job).addValue("now", Timestamp.from(now))));
		};
	}

	/**
	 * The finished state with the problems found, in the caller's transaction if there is
	 * one (an import's write), else in one of its own: a page polling in between never
	 * sees "failed" without the problems. The file is no longer needed.
	 */
	private void finish(String id, ImportJob job) {
		this.lastWrite.remove(id);
		this.joined.executeWithoutResult(status -> writeFinished(id, job));
	}

	private void writeFinished(String id, ImportJob job) {
		this.jdbc.update("""
				update import_job set state = :state, total = :total, checked = :checked, written = :written,
				  error_count = :errors, message = :message, updated_at = :now, finished_at = :now where id = :id
				""",
				counts(id, job).addValue("errors", job.getErrorCount())
					.addValue("message", job.getMessage())
					.addValue("now", Timestamp.from(Instant.now(this.clock))));
		List<ImportJob.ImportError> errors = job.getErrors();
		SqlParameterSource[] rows = new SqlParameterSource[errors.size()];
		for (int i = 0; i < rows.length; i++) {
			ImportJob.ImportError e = errors.get(i);
			rows[i] = new MapSqlParameterSource("id", id).addValue("seq", i)
				.addValue("row", e.row())
				.addValue("column", e.column())
				.addValue("message", e.message());
		}
		this.jdbc.update("delete from import_job_error where job_id = :id", Map.of("id", id));
		this.jdbc.batchUpdate("insert into import_job_error (job_id, seq, row_no, column_name, message) "
				+ "values (:id, :seq, :row, :column, :message)", rows);
		this.jdbc.update("delete from import_job_file where job_id = :id", Map.of("id", id));
	}

	private static MapSqlParameterSource counts(String id, ImportJob job) {
		return new MapSqlParameterSource("id", id).addValue("state", job.getState().name())
			.addValue("total", job.getTotal())
			.addValue("checked", job.getChecked())
			.addValue("written", job.getWritten());
	}

	/** The job as the progress page shows it, to its owner only. */
	Optional<ImportJob> find(String id, String owner) {
		return this.jdbc.query("select * from import_job where id = :id and owner_name = :owner",
				Map.of("id", id, "owner", owner), (rs, i) -> {
					Timestamp finished = rs.getTimestamp("finished_at");
					return ImportJob.restored(rs.getString("id"), rs.getString("owner_name"), rs.getString("kind"),
							rs.getString("file_name"), rs.getTimestamp("started_at").toInstant(),
							ImportJob.State.valueOf(rs.getString("state")),
							new int[] { rs.getInt("total"), rs.getInt("checked"), rs.getInt("written"),
									rs.getInt("error_count") },
							rs.getString("message"), finished == null ? null : finished.toInstant(),
							rs.getInt("error_count") == 0 ? List.of() : errors(id));
				})
			.stream()
			.findFirst();
	}

	private List<ImportJob.ImportError> errors(String id) {
		return this.jdbc.query(
				"select row_no, column_name, message from import_job_error where job_id = :id order by seq",
				Map.of("id", id),
				(rs, i) -> new ImportJob.ImportError(rs.getInt("row_no"),
						rs.getString("column_name") == null ? "" : rs.getString("column_name"),
						rs.getString("message")));
	}

	/** Finished jobs older than {@code keep} go (their problems and file with them). */
	void evictFinishedBefore(Instant cutoff) {
		this.jdbc.update("delete from import_job where finished_at < :cutoff",
				Map.of("cutoff", Timestamp.from(cutoff)));
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		long unit = rs.getLong("scope_unit_id");
		Scope scope = new Scope(rs.getString("owner_name"), rs.getString("scope_path"), rs.wasNull() ? null : unit,
				rs.getBoolean("scope_can_write"), rs.getBoolean("scope_can_manage"), rs.getBoolean("scope_admin"));
		return new Stored(rs.getString("id"), rs.getString("owner_name"), rs.getString("kind"),
				rs.getString("importer"), rs.getString("file_name"), scope, rs.getTimestamp("started_at").toInstant());
	}

}
