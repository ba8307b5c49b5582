package vn.tuyengiao.copydetection.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-check of a campaign after its guidance template changed, as a job of the
 * cluster's Quartz scheduler (docs/notes/cluster.md): stored in the transaction that
 * changed the template (a rollback leaves no job), run by whichever instance takes it, in
 * one transaction of its own (a run killed half-way writes nothing), recovered by another
 * instance if the one running it dies; one job per campaign, a second change while it
 * waits replaces it. Whether it is still to run is read from the shared job store, so
 * every instance's page says the same.
 */
@Component
public class CampaignRechecks {

	private static final Logger log = LoggerFactory.getLogger(CampaignRechecks.class);

	static final String GROUP = "copy-recheck";

	static final String CAMPAIGN = "campaignId";

	private final ObjectProvider<Scheduler> scheduler;

	CampaignRechecks(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	static JobKey key(long campaignId) {
		return JobKey.jobKey("campaign-" + campaignId, GROUP);
	}

	/** Stores the re-check of the campaign in the caller's transaction. */
	void schedule(long campaignId) {
		JobDetail job = JobBuilder.newJob(Run.class)
			.withIdentity(key(campaignId))
			.usingJobData(CAMPAIGN, String.valueOf(campaignId))
			.requestRecovery()
			.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(key(campaignId).getName(), GROUP)
			.forJob(job)
			.startNow()
			.build();
		try {
			this.scheduler.getObject().scheduleJob(job, java.util.Set.of(trigger), true);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("The re-check of campaign " + campaignId + " could not be stored", ex);
		}
	}

	/** Whether the campaign's re-check is waiting or running (on any instance). */
	public boolean pending(long campaignId) {
		try {
			return this.scheduler.getObject().checkExists(key(campaignId));
		}
		catch (SchedulerException ex) {
			log.warn("Cannot read the re-check of campaign {}", campaignId, ex);
			return false;
		}
	}

	/** The job: the campaign's re-check in one transaction. */
	@DisallowConcurrentExecution
	static class Run extends QuartzJobBean {

		@Autowired
		private CopyCheck check;

		@Autowired
		private PlatformTransactionManager transactions;

		@Override
		protected void executeInternal(JobExecutionContext context) {
			long campaignId = Long.parseLong(context.getMergedJobDataMap().getString(CAMPAIGN));
			new TransactionTemplate(this.transactions)
				.executeWithoutResult(s -> this.check.recheckCampaign(campaignId));
		}

	}

}
