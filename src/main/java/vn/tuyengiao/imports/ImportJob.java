package vn.tuyengiao.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One import in progress: read, validate every row, then write all or nothing. The page
 * polls it to show progress; errors are kept (the first {@link #MAX_ERRORS_KEPT}) with
 * row, column and message. A background import reports each change to its
 * {@link Progress} (the {@code import_job} row every instance reads); an import of the
 * REST API lives only in the request.
 */
public final class ImportJob {

	public static final int MAX_ERRORS_KEPT = 1000;

	public enum State {

		QUEUED, READING, VALIDATING, WRITING, DONE, FAILED

	}

	public record ImportError(int row, String column, String message) implements java.io.Serializable {
	}

	/** Where a background import's progress goes as it changes. */
	interface Progress {

		/**
		 * The state, a count or the message changed; {@code finished} on DONE or FAILED.
		 */
		void changed(ImportJob job, boolean finished);

	}

	private Progress progress;

	private final String id;

	private final String owner;

	private final String kind;

	private final String fileName;

	private final Clock clock;

	private Instant startedAt;

	private volatile State state = State.QUEUED;

	private volatile int total;

	private volatile int checked;

	private volatile int written;

	private volatile int errorCount;

	private volatile String message;

	private volatile Instant finishedAt;

	private final List<ImportError> errors = Collections.synchronizedList(new ArrayList<>());

	public ImportJob(String id, String owner, String kind, String fileName) {
		this(id, owner, kind, fileName, Clock.systemUTC());
	}

	public ImportJob(String id, String owner, String kind, String fileName, Clock clock) {
		this.clock = clock;
		this.startedAt = Instant.now(clock);
		this.id = id;
		this.owner = owner;
		this.kind = kind;
		this.fileName = fileName;
	}

	/** A job as its row says it is, for the progress page of any instance. */
	static ImportJob restored(String id, String owner, String kind, String fileName, Instant startedAt, State state,
			int[] counts, String message, Instant finishedAt, List<ImportError> errors) {
		ImportJob job = new ImportJob(id, owner, kind, fileName);
		job.startedAt = startedAt;
		job.state = state;
		job.total = counts[0];
		job.checked = counts[1];
		job.written = counts[2];
		job.errorCount = counts[3];
		job.message = message;
		job.finishedAt = finishedAt;
		job.errors.addAll(errors);
		return job;
	}

	void progress(Progress p) {
		this.progress = p;
	}

	public void state(State s) {
		this.state = s;
		boolean finished = s == State.DONE || s == State.FAILED;
		if (finished) {
			this.finishedAt = Instant.now(this.clock);
		}
		if (this.progress != null) {
			this.progress.changed(this, finished);
		}
	}

	public void total(int n) {
		this.total = n;
	}

	public void checked(int n) {
		this.checked = n;
		if (this.progress != null) {
			this.progress.changed(this, false);
		}
	}

	public void written(int n) {
		this.written = n;
		if (this.progress != null) {
			this.progress.changed(this, false);
		}
	}

	public void message(String m) {
		this.message = m;
	}

	public void error(int row, String column, String message) {
		this.errorCount++;
		if (this.errors.size() < MAX_ERRORS_KEPT) {
			this.errors.add(new ImportError(row, column, message));
		}
	}

	public boolean hasErrors() {
		return this.errorCount > 0;
	}

	public String getId() {
		return this.id;
	}

	public String getOwner() {
		return this.owner;
	}

	public String getKind() {
		return this.kind;
	}

	public String getFileName() {
		return this.fileName;
	}

	public State getState() {
		return this.state;
	}

	public boolean isFinished() {
		return this.state == State.DONE || this.state == State.FAILED;
	}

	public int getTotal() {
		return this.total;
	}

	public int getChecked() {
		return this.checked;
	}

	public int getWritten() {
		return this.written;
	}

	public int getErrorCount() {
		return this.errorCount;
	}

	public List<ImportError> getErrors() {
		synchronized (this.errors) {
			return List.copyOf(this.errors);
		}
	}

	public String getMessage() {
		return this.message;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	/**
	 * 0–100 for the progress bar: reading and validating are the first half, writing the
	 * second.
	 */
	public int getPercent() {
		if (this.state == State.DONE) {
			return 100;
		}
		if (this.total == 0) {
			return 0;
		}
		return this.state == State.WRITING ? 50 + (int) (50L * this.written / this.total)
				: (int) (50L * this.checked / this.total);
	}

}
