package vn.tuyengiao.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: one import takes at most {@code tuyengiao.import.max-rows} data rows. A file
 * with more is refused while it is read (the rows past the limit are never kept), with a
 * Vietnamese message naming the file and the limit, and nothing is written; a file at the
 * limit is taken whole.
 */
class ImportRowLimitTest {

	enum Col implements ImportColumn {

		NAME;

		@Override
		public String header() {
			return "Họ và tên";
		}

	}

	static final class Names extends Importer<Col, String> {

		final List<String> written = new ArrayList<>();

		Names(ImportJobs jobs, Messages messages) {
			super(jobs, messages, new TransactionTemplate() {
				@Override
				public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
					return action.doInTransaction(null);
				}
			});
		}

		@Override
		protected void requireAllowed(Scope scope) {
		}

		@Override
		protected Optional<Col> column(String header) {
			return header.equals(Col.NAME.header()) ? Optional.of(Col.NAME) : Optional.empty();
		}

		@Override
		protected List<Col> requiredColumns() {
			return List.of(Col.NAME);
		}

		@Override
		protected RowCheck<Col, String> rowCheck(Scope scope, List<ImportRow<Col>> rows) {
			return row -> row.cell(Col.NAME);
		}

		@Override
		protected void write(Scope scope, String fileName, List<String> records, ImportJob job) {
			this.written.addAll(records);
		}

	}

	@Test
	void aFileWithMoreRowsThanTheLimitIsRefusedWithItsNameAndTheLimit() throws Exception {
		Names importer = new Names(jobs(3), messages());
		ImportJob job = new ImportJob("gioi-han", "canbo", "members", "tinh-400k.csv");
		importer.run(Scope.system(), "tinh-400k.csv",
				csv("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"), job);
		assertThat(job.getState()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.getErrors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("tinh-400k.csv")
				.contains("vượt giới hạn 3 dòng")
				.contains("không dòng nào được ghi"));
		assertThat(importer.written).isEmpty();
	}

	@Test
	void aFileAtTheLimitIsTakenWhole() throws Exception {
		Names importer = new Names(jobs(3), messages());
		ImportJob job = new ImportJob("vua-du", "canbo", "members", "xa.csv");
		importer.run(Scope.system(), "xa.csv", csv("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), job);
		assertThat(job.getState()).isEqualTo(ImportJob.State.DONE);
		assertThat(importer.written).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
	}

	@Test
	void theLimitIsWrittenWithVietnameseDigitGrouping() throws Exception {
		assertThat(messages().get("import.maxRows", 500000)).isEqualTo("Tối đa 500.000 dòng dữ liệu.");
	}

	private static byte[] csv(String... names) {
		return ("Họ và tên\n" + String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static ImportJobs jobs(int maxRows) {
		return new ImportJobs(null, null, null, null, null, 40, Duration.ZERO, maxRows);
	}

	private static Messages messages() throws Exception {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		var c = Messages.class.getDeclaredConstructor(MessageSource.class);
		c.setAccessible(true);
		return c.newInstance(source);
	}

}
