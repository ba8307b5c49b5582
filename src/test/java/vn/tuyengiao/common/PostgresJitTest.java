package vn.tuyengiao.common;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The application's PostgreSQL connections run with JIT off ({@link PostgresJit}). */
@IntegrationTest
class PostgresJitTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPooledConnectionHasJitOff() {
		assumeTrue(TestDatabase.postgres(), "PostgreSQL only (-Ppostgres)");
		for (int i = 0; i < 5; i++) {
			assertThat(this.jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
		}
	}

}
