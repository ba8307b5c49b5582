package vn.tuyengiao.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One Quartz scheduler per instance, all clustered on the database's {@code qrtz_*}
 * tables: a trigger fires on one instance only, and a job that asked for recovery is run
 * again by another instance when the one running it stops checking in (killed, or its
 * machine lost). Jobs are Spring-aware (their {@code @Autowired} fields are filled), job
 * data is stored as strings (no Java serialisation in the tables), and a graceful stop
 * waits for running jobs so a rolling deploy leaves no job half done.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterScheduling {

	/** Quartz's property names start with this. */
	private static final String QUARTZ = "org.quartz.";

	/**
	 * The scheduler's name: the cluster is every instance using this name on the
	 * database.
	 */
	public static final String SCHEDULER = "tuyengiao";

	@Bean
	SchedulerFactoryBean quartzScheduler(DataSource dataSource, PlatformTransactionManager transactions,
			ApplicationContext context, ObjectProvider<JobDetail> jobs, ObjectProvider<Trigger> triggers,
			@Value("${tuyengiao.cluster.checkin-interval:5s}") Duration checkin,
			@Value("${tuyengiao.cluster.threads:3}") int threads,
			@Value("${tuyengiao.cluster.scheduler-name:" + SCHEDULER + "}") String schedulerName) {
		SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
		jobFactory.setApplicationContext(context);
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		// Another name makes another cluster; only for a second application in one JVM on
		// another database (Quartz keeps schedulers and their data sources by name per
		// JVM).
		factory.setSchedulerName(schedulerName);
		factory.setJobFactory(jobFactory);
		factory.setDataSource(dataSource);
		factory.setTransactionManager(transactions);
		factory.setOverwriteExistingJobs(true);
		factory.setWaitForJobsToCompleteOnShutdown(true);
		factory.setApplicationContext(context);
		Properties p = new Properties();
		p.setProperty(QUARTZ + "scheduler.instanceId", "AUTO");
		p.setProperty(QUARTZ + "jobStore.isClustered", "true");
		p.setProperty(QUARTZ + "jobStore.clusterCheckinInterval", String.valueOf(checkin.toMillis()));
		p.setProperty(QUARTZ + "jobStore.driverDelegateClass", delegate(dataSource));
		p.setProperty(QUARTZ + "jobStore.tablePrefix", "QRTZ_");
		p.setProperty(QUARTZ + "jobStore.useProperties", "true");
		p.setProperty(QUARTZ + "jobStore.misfireThreshold", "60000");
		p.setProperty(QUARTZ + "threadPool.threadCount", String.valueOf(threads));
		// A job scheduled by another instance is seen within this time (the scheduling
		// instance is woken at once).
		p.setProperty(QUARTZ + "scheduler.idleWaitTime", "2000");
		p.setProperty(QUARTZ + "scheduler.skipUpdateCheck", "true");
		factory.setQuartzProperties(p);
		factory.setJobDetails(jobs.orderedStream().toArray(JobDetail[]::new));
		factory.setTriggers(triggers.orderedStream().toArray(Trigger[]::new));
		return factory;
	}

	/**
	 * PostgreSQL stores job data as bytea, which Quartz reads with its own delegate;
	 * every other database here (H2) takes the standard one.
	 */
	private static String delegate(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			String product = c.getMetaData().getDatabaseProductName();
			return (product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? PostgreSQLDelegate.class
					: StdJDBCDelegate.class)
				.getName();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell the database for the job store", ex);
		}
	}

	/**
	 * A task a module runs on a schedule, once per cluster: its job (a durable
	 * {@link JobDetail} named {@code group.name}) and its cron trigger. A Spring-style
	 * cron with {@code *} in both day fields is accepted (Quartz wants one of them
	 * {@code ?}); a firing missed while every instance was down runs once at the next
	 * start.
	 */
	public static JobDetail task(String group, String name, Class<? extends Job> job) {
		return JobBuilder.newJob(job).withIdentity(name, group).storeDurably().build();
	}

	public static Trigger cron(JobDetail job, String cron) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getKey().getName(), job.getKey().getGroup())
			.withSchedule(
					CronScheduleBuilder.cronSchedule(quartzCron(cron)).withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	static String quartzCron(String cron) {
		String[] f = cron.strip().split("\\s+");
		if (f.length >= 6 && !f[3].equals("?") && !f[5].equals("?")) {
			if (f[5].equals("*")) {
				f[5] = "?";
			}
			else if (f[3].equals("*")) {
				f[3] = "?";
			}
		}
		return String.join(" ", f);
	}

}
