package vn.tuyengiao.reporting.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.tuyengiao.cluster.ClusterScheduling;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.reporting.StandingObligations;

/**
 * Makes the standing obligations of the new periods every night at 01:10, on one instance
 * of the cluster (a Quartz cron trigger on the database); safe to run twice, as is the
 * page's button.
 */
@Configuration(proxyBeanMethods = false)
class StandingObligationsTask {

	@Bean
	JobDetail standingObligationsJob() {
		return ClusterScheduling.task("reporting", "standing-obligations", Run.class);
	}

	@Bean
	Trigger standingObligationsTrigger(JobDetail standingObligationsJob,
			@Value("${tuyengiao.reporting.standing-cron:0 10 1 * * *}") String cron) {
		return ClusterScheduling.cron(standingObligationsJob, cron);
	}

	@DisallowConcurrentExecution
	static class Run extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(StandingObligationsTask.class);

		@Autowired
		private StandingObligations standing;

		@Override
		protected void executeInternal(JobExecutionContext context) {
			int made = this.standing.generate(Scope.system());
			if (made > 0) {
				log.info("Standing report obligations: {} new requests", made);
			}
		}

	}

}
