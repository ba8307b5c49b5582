package vn.tuyengiao.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed import's "failed" and its problems are written in one transaction even when no
 * import transaction is open (a file refused while it is checked): a progress page
 * polling in between must never read "failed" with an empty list of problems, which it
 * would then show for good (the bug CI caught in BrowserTest on stop 23).
 */
class ImportJobFinishTest {

	/**
	 * The statements the store sent, each with the transaction it ran in (null: none).
	 */
	private final List<String> statements = new ArrayList<>();

	private final List<Object> transactions = new ArrayList<>();

	@Test
	void theFailedStateAndItsProblemsCommitTogether() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:import-finish;DB_CLOSE_DELAY=-1");
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource) {

			@Override
			public int update(String sql, SqlParameterSource params) {
				record(sql);
				return 1;
			}

			@Override
			public int update(String sql, Map<String, ?> params) {
				record(sql);
				return 1;
			}

			@Override
			public int[] batchUpdate(String sql, SqlParameterSource[] params) {
				record(sql);
				return new int[params.length];
			}

			private void record(String sql) {
				ImportJobFinishTest.this.statements
					.add(sql.strip().split("\\s+")[0] + " " + sql.replaceAll("(?s).*?(import_job\\w*).*", "$1"));
				ImportJobFinishTest.this.transactions.add(TransactionSynchronizationManager.isActualTransactionActive()
						? TransactionSynchronizationManager.getResource(dataSource) : null);
			}

		};
		ImportJobStore store = new ImportJobStore(jdbc, new DataSourceTransactionManager(dataSource),
				Clock.systemUTC());
		ImportJob job = new ImportJob("kiem-thu", "canbo.vbb", "members", "kiem-thu.csv");
		job.progress(store.progressOf("kiem-thu"));
		job.error(3, "Ngày vào Đảng", "Ngày vào Đảng không được là ngày trong tương lai");
		job.error(3, "Từ ngày", "Từ ngày không được là ngày trong tương lai");

		job.state(ImportJob.State.FAILED);

		assertThat(this.statements).containsExactly("update import_job", "delete import_job_error",
				"insert import_job_error", "delete import_job_file");
		assertThat(this.transactions).doesNotContainNull();
		assertThat(this.transactions.stream().distinct()).hasSize(1);
	}

}
