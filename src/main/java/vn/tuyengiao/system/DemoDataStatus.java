package vn.tuyengiao.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data of an evaluation start may still be coming in. The web server
 * answers before the demo loaders run (they take about 15 s on a 2-core machine), so the
 * pages say so until the last loader is done, rather than showing an empty or half-filled
 * province as if it were all.
 */
@Component
public class DemoDataStatus {

	private volatile boolean pending;

	DemoDataStatus(DeploymentMode mode, @Value("${tuyengiao.demo-data:false}") boolean demoData) {
		this.pending = mode.isEvaluation() && demoData;
	}

	/**
	 * True from start-up until the demo loaders have all run (or found their data already
	 * there).
	 */
	public boolean isLoading() {
		return this.pending;
	}

	/**
	 * Marks the demo data as coming in (set at construction on an evaluation start; tests
	 * set it directly).
	 */
	void loading() {
		this.pending = true;
	}

	/** Called once every demo loader has run. */
	public void done() {
		this.pending = false;
	}

}
