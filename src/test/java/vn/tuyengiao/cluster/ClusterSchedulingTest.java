package vn.tuyengiao.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring-style crons, as the settings have always been written, run under Quartz. */
class ClusterSchedulingTest {

	@Test
	void aSpringCronGetsQuartzQuestionMark() {
		assertThat(ClusterScheduling.quartzCron("0 10 1 * * *")).isEqualTo("0 10 1 * * ?");
		assertThat(ClusterScheduling.quartzCron("0 0 7 * * MON-FRI")).isEqualTo("0 0 7 ? * MON-FRI");
		assertThat(ClusterScheduling.quartzCron("0 0 6 15 * *")).isEqualTo("0 0 6 15 * ?");
		assertThat(ClusterScheduling.quartzCron("0 10 1 ? * *")).isEqualTo("0 10 1 ? * *");
	}

}
