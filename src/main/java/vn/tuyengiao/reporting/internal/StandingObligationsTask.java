package vn.tuyengiao.reporting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.reporting.StandingObligations;

/**
 * Makes the standing obligations of the new periods every night at 01:10; safe to run
 * twice, as is the page's button.
 */
@Configuration
@EnableScheduling
class StandingObligationsTask {

	private static final Logger log = LoggerFactory.getLogger(StandingObligationsTask.class);

	private final StandingObligations standing;

	StandingObligationsTask(StandingObligations standing) {
		this.standing = standing;
	}

	@Scheduled(cron = "${tuyengiao.reporting.standing-cron:0 10 1 * * *}")
	void generate() {
		int made = this.standing.generate(Scope.system());
		if (made > 0) {
			log.info("Standing report obligations: {} new requests", made);
		}
	}

}
