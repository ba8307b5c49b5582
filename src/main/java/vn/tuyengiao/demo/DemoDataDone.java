package vn.tuyengiao.demo;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tuyengiao.system.DemoDataStatus;

/**
 * Runs after every demo loader: when this start loaded demo data, logs "Demo data loaded"
 * once all of it is in (the province and accounts, the commitments and their copy checks,
 * the models), with what each part took. The start-up benchmark waits for this line.
 * Until then the pages carry a banner saying the demo data is still being loaded
 * ({@link DemoDataStatus}).
 */
@Component
@Order(10)
class DemoDataDone implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataDone.class);

	private final List<String> parts = new ArrayList<>();

	private final DemoDataStatus status;

	private long totalMs;

	DemoDataDone(DemoDataStatus status) {
		this.status = status;
	}

	/** A demo loader reports the part it loaded and how long it took. */
	synchronized void loaded(String part, long ms) {
		this.parts.add(part + " (" + ms + " ms)");
		this.totalMs += ms;
	}

	@Override
	public synchronized void run(ApplicationArguments args) {
		this.status.done();
		if (this.parts.isEmpty()) {
			return;
		}
		log.info("Demo data loaded: {}; {} ms in the loaders, {} ms after the JVM started",
				String.join(", ", this.parts), this.totalMs, ManagementFactory.getRuntimeMXBean().getUptime());
	}

}
