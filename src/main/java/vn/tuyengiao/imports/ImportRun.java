package vn.tuyengiao.imports;

import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of one background import: whichever instance's scheduler takes it (or
 * recovers it from a stopped instance) runs the stored job.
 */
class ImportRun extends QuartzJobBean {

	static final String JOB_ID = "importJobId";

	@Autowired
	private ImportJobs jobs;

	@Override
	protected void executeInternal(JobExecutionContext context) {
		String instance;
		try {
			instance = context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			instance = "?";
		}
		this.jobs.execute(context.getMergedJobDataMap().getString(JOB_ID), instance);
	}

}
