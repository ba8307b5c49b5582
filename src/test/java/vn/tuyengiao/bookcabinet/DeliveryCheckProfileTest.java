package vn.tuyengiao.bookcabinet;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;

/**
 * The read and check of a 20,000-copy delivery list (5,000 rows) without a database or a
 * Spring context, twelve times in one JVM, with the CPU time of each run and a flight
 * recording ({@code target/delivery-check.jfr}, read with {@code jfr print}) to see what
 * dominates. Opt-in: {@code -Dbench.profile=true}; figures in docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "bench.profile", matches = "true")
class DeliveryCheckProfileTest {

	@Test
	void profile() throws Exception {
		ResourceBundleMessageSource src = new ResourceBundleMessageSource();
		src.setBasenames("i18n/messages", "i18n/tabular");
		src.setDefaultEncoding("UTF-8");
		var ctor = Messages.class.getDeclaredConstructor(org.springframework.context.MessageSource.class);
		ctor.setAccessible(true);
		Messages messages = ctor.newInstance(src);
		TransactionTemplate tx = new TransactionTemplate(new PlatformTransactionManager() {
			public TransactionStatus getTransaction(TransactionDefinition d) {
				return new SimpleTransactionStatus();
			}

			public void commit(TransactionStatus s) {
			}

			public void rollback(TransactionStatus s) {
			}
		});
		StringBuilder csv = new StringBuilder(BookCabinetTest.HEADER);
		BookCategory[] cats = BookCategory.values();
		for (int i = 0; i < 5000; i++) {
			csv.append("Sách số ")
				.append(i)
				.append(" về xây dựng nông thôn mới,Nhiều tác giả,Chính trị quốc gia Sự thật,2020,")
				.append('"')
				.append(cats[i % cats.length].importLabel())
				.append("\",4,\n");
		}
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		ImportJobs jobs = org.mockito.Mockito.mock(ImportJobs.class);
		org.mockito.Mockito.when(jobs.maxBytes()).thenReturn(20L * 1024 * 1024);
		Catalogue catalogue = org.mockito.Mockito.mock(Catalogue.class);
		var threads = ManagementFactory.getThreadMXBean();
		jdk.jfr.Recording rec = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
		rec.start();
		for (int run = 0; run < 12; run++) {
			BookCabinet cabinet = new BookCabinet();
			DeliveryImporter importer = new DeliveryImporter(catalogue, cabinet, jobs, messages, tx, LocalDate.now()) {
				@Override
				protected void requireAllowed(Scope scope) {
				}

				@Override
				protected void write(Scope scope, String fileName, java.util.List<Catalogue.Delivered> records,
						ImportJob job) {
				}
			};
			ImportJob job = new ImportJob("x", "me", "books", "f.csv", Clock.systemUTC());
			long cpu = threads.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			importer.run(Scope.system(), "f.csv", content, job);
			System.out.printf("PROFILE run %d: wall %d ms, cpu %d ms, state %s errors %d%n", run,
					(System.nanoTime() - t) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
					job.getState(), job.getErrorCount());
		}
		rec.dump(java.nio.file.Path.of("target", "delivery-check.jfr"));
		rec.stop();
	}

}
