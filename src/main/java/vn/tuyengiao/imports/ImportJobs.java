package vn.tuyengiao.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;

/**
 * Runs imports in the background, as the user who started them, and keeps them an hour
 * for the progress page. Knows the upload limit ({@code tuyengiao.import.max-file-mb}).
 */
@Component
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "import");
		t.setDaemon(true);
		return t;
	});

	private final Messages messages;

	private final Clock clock;

	private final long maxBytes;

	ImportJobs(Messages messages, Clock clock, @Value("${tuyengiao.import.max-file-mb:20}") long maxMb) {
		this.messages = messages;
		this.clock = clock;
		this.maxBytes = maxMb * 1024 * 1024;
	}

	/** The largest file an import reads. */
	public long maxBytes() {
		return this.maxBytes;
	}

	public ImportJob start(String owner, String kind, String fileName, Consumer<ImportJob> work) {
		evictOld();
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, kind, fileName, this.clock);
		this.jobs.put(job.getId(), job);
		this.executor.submit(new DelegatingSecurityContextRunnable(() -> runSafely(job, work)));
		return job;
	}

	/** Runs an import in the caller's thread (REST API), with the same error handling. */
	public ImportJob runNow(String owner, String kind, String fileName, Consumer<ImportJob> work) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, kind, fileName, this.clock);
		runSafely(job, work);
		return job;
	}

	public Optional<ImportJob> get(String id, String owner) {
		return Optional.ofNullable(this.jobs.get(id)).filter(j -> j.getOwner().equals(owner));
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

	private void evictOld() {
		Instant cutoff = Instant.now(this.clock).minus(KEEP);
		this.jobs.values().removeIf(j -> j.getFinishedAt() != null && j.getFinishedAt().isBefore(cutoff));
	}

	@PreDestroy
	void shutdown() {
		this.executor.shutdownNow();
	}

}
