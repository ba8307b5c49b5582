package vn.tuyengiao.demo;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.system.DemoDataStatus;
import vn.tuyengiao.system.DeploymentMode;

/**
 * What every demo loader shares, and the end of the demo. A loader asks {@link #wanted()}
 * (evaluation mode with {@code tuyengiao.demo-data} on), checks its own tables are empty,
 * then hands its work to {@link #load} — run as the demo user and timed — or to
 * {@link #loadInBackground} for a part nothing after it reads (the commitments and their
 * copy checks, most of the demo's time, run beside the other modules' parts on the second
 * core). This runner comes after every loader: it waits for the background parts, then
 * logs "Demo data loaded" with what each part took; the start-up benchmark waits for that
 * line. Until then the pages carry a banner saying the demo data is still being loaded
 * ({@link DemoDataStatus}).
 */
@Component
@Order(10)
class DemoDataDone implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataDone.class);

	/** The user the demo's writes are recorded under in the audit log. */
	static final String DEMO_USER = "demo";

	private final List<String> parts = new ArrayList<>();

	private final List<Thread> background = new ArrayList<>();

	private final List<Throwable> failures = new ArrayList<>();

	private final DemoDataStatus status;

	private final DeploymentMode mode;

	private final boolean enabled;

	private final ConfigurableApplicationContext context;

	private final boolean exitWhenLoaded;

	private long totalMs;

	DemoDataDone(DemoDataStatus status, DeploymentMode mode, @Value("${tuyengiao.demo-data:false}") boolean enabled,
			ConfigurableApplicationContext context,
			@Value("${tuyengiao.demo-exit-when-loaded:false}") boolean exitWhenLoaded) {
		this.status = status;
		this.mode = mode;
		this.enabled = enabled;
		this.context = context;
		this.exitWhenLoaded = exitWhenLoaded;
	}

	/** Whether this start loads demo data at all. */
	boolean wanted() {
		return this.enabled && this.mode.isEvaluation();
	}

	/** Loads one part now, as the demo user, and reports how long it took. */
	void load(String part, Runnable work) {
		long started = System.nanoTime();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DEMO_USER, null, List.of()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		loaded(part, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Loads one part on a thread of its own: the loaders after it go on at once, "Demo
	 * data loaded" waits for it. Only for a part no later loader reads.
	 */
	synchronized void loadInBackground(String part, Runnable work) {
		Thread t = new Thread(() -> {
			try {
				load(part, work);
			}
			catch (RuntimeException | Error ex) {
				synchronized (this) {
					this.failures.add(ex);
				}
				throw ex;
			}
		}, "demo-" + part);
		this.background.add(t);
		t.start();
	}

	private synchronized void loaded(String part, long ms) {
		this.parts.add(part + " (" + ms + " ms)");
		this.totalMs += ms;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		List<Thread> waiting;
		synchronized (this) {
			waiting = List.copyOf(this.background);
		}
		for (Thread t : waiting) {
			t.join();
		}
		synchronized (this) {
			if (!this.failures.isEmpty()) {
				throw new IllegalStateException("demo data could not be loaded", this.failures.get(0));
			}
			this.status.done();
			if (this.parts.isEmpty()) {
				return;
			}
			log.info("Demo data loaded: {}; {} ms in the loaders, {} ms after the JVM started",
					String.join(", ", this.parts), this.totalMs, ManagementFactory.getRuntimeMXBean().getUptime());
		}
		if (this.exitWhenLoaded) {
			// The training run of ./run: the class-data-sharing archive then holds the
			// classes the demo loading uses too, not only those of the context.
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
