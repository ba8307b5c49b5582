package vn.tuyengiao.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;

/**
 * Runs imports in the background as durable jobs: the job, its file and its progress are
 * rows ({@code import_job}), a Quartz job clustered on the database runs it on one
 * instance, and another instance runs it again if that one stops midway (the rows and the
 * "done" commit together, so it finishes once). The progress page reads the row from any
 * instance; finished jobs are kept an hour. Knows the upload limit
 * ({@code tuyengiao.import.max-file-mb}).
 */
@Component
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEEP = Duration.ofHours(1);

	static final String GROUP = "import";

	private final ImportJobStore store;

	private final ObjectProvider<Scheduler> scheduler;

	private final ApplicationContext context;

	private final Messages messages;

	private final Clock clock;

	private final long maxBytes;

	private final Duration holdAfterReading;

	private final int maxRows;

	ImportJobs(ImportJobStore store, ObjectProvider<Scheduler> scheduler, ApplicationContext context, Messages messages,
			Clock clock, @Value("${tuyengiao.import.max-file-mb:20}") long maxMb,
			@Value("${tuyengiao.import.hold-after-reading:0s}") Duration holdAfterReading,
			@Value("${tuyengiao.import.max-rows:500000}") int maxRows) {
		this.maxRows = maxRows;
		this.store = store;
		this.scheduler = scheduler;
		this.context = context;
		this.messages = messages;
		this.clock = clock;
		this.maxBytes = maxMb * 1024 * 1024;
		this.holdAfterReading = holdAfterReading;
	}

	/** The most data rows one import takes (a province's members: 400,000). */
	public int maxRows() {
		return this.maxRows;
	}

	/** The largest file an import reads. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Stores the file and the job, then hands the job to the cluster's scheduler; the
	 * import runs as {@code scope}, whichever instance takes it.
	 */
	public ImportJob start(Scope scope, String kind, String fileName, byte[] content, Importer<?, ?> importer) {
		Instant now = Instant.now(this.clock);
		this.store.evictFinishedBefore(now.minus(KEEP));
		String id = UUID.randomUUID().toString();
		ImportJobStore.Stored stored = new ImportJobStore.Stored(id, scope.username(), kind,
				ClassUtils.getUserClass(importer).getName(), fileName, scope, now);
		JobDetail job = JobBuilder.newJob(ImportRun.class)
			.withIdentity(id, GROUP)
			.usingJobData(ImportRun.JOB_ID, id)
			.requestRecovery()
			.build();
		this.store.insert(stored, content);
		// After the job's row is committed, so the scheduler, woken at once, sees the job
		// (inside the same transaction
		// it would look before the commit and sleep until its next look).
		try {
			this.scheduler.getObject()
				.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity(id, GROUP).startNow().build());
		}
		catch (SchedulerException ex) {
			log.error("Import {} could not be scheduled", id, ex);
			ImportJob failed = new ImportJob(id, scope.username(), kind, fileName, this.clock);
			failed.progress(this.store.progressOf(id));
			failed.error(0, "", this.messages.get("error.internal"));
			failed.state(ImportJob.State.FAILED);
		}
		return this.store.find(id, scope.username()).orElseThrow();
	}

	/** Runs an import in the caller's thread (REST API), with the same error handling. */
	public ImportJob runNow(String owner, String kind, String fileName, Consumer<ImportJob> work) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, kind, fileName, this.clock);
		runSafely(job, work);
		return job;
	}

	/** The job as its row says, to its owner only, on whichever instance asks. */
	public Optional<ImportJob> get(String id, String owner) {
		return this.store.find(id, owner);
	}

	/**
	 * Runs a stored job on this instance (called by the scheduler, again after a
	 * recovery); nothing when it is already finished.
	 */
	void execute(String id, String instance) {
		Optional<ImportJobStore.Stored> claimed = this.store.claim(id, instance);
		if (claimed.isEmpty()) {
			return;
		}
		ImportJobStore.Stored s = claimed.get();
		ImportJob job = new ImportJob(s.id(), s.owner(), s.kind(), s.fileName(), this.clock);
		job.progress(this.store.progressOf(id));
		Importer<?, ?> importer = importer(s.importer());
		byte[] content = this.store.content(id);
		var auth = UsernamePasswordAuthenticationToken.authenticated(s.owner(), null, List.of());
		SecurityContextHolder.setContext(new SecurityContextImpl(auth));
		try {
			runSafely(job, j -> importer.run(s.scope(), s.fileName(), content, j, this::hold));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void hold() {
		if (!this.holdAfterReading.isZero()) {
			try {
				Thread.sleep(this.holdAfterReading.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Importer<?, ?> importer(String className) {
		return this.context.getBeansOfType(Importer.class)
			.values()
			.stream()
			.filter(i -> ClassUtils.getUserClass(i).getName().equals(className))
			.findFirst()
			.map(i -> (Importer<?, ?>) i)
			.orElseThrow(() -> new IllegalStateException("No importer " + className));
	}

	private void runSafely(ImportJob job, Consumer<ImportJob> work) {
		try {
			work.accept(job);
		}
		catch (AppException ex) {
			job.error(0, "", this.messages.of(ex));
			job.state(ImportJob.State.FAILED);
		}
		catch (RuntimeException ex) {
			log.error("Import {} of {} failed", job.getId(), job.getFileName(), ex);
			job.error(0, "", this.messages.get("error.internal"));
			job.state(ImportJob.State.FAILED);
		}
	}

}
