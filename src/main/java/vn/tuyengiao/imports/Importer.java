package vn.tuyengiao.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.tabular.RowHandler;
import vn.tuyengiao.tabular.TableRow;
import vn.tuyengiao.tabular.TabularException;
import vn.tuyengiao.tabular.TabularReader;

/**
 * The one shape of every import: <b>read</b> the file into a table, <b>map</b> the
 * headers to columns, <b>validate</b> every row into a record (collecting each problem
 * with row, column and Vietnamese message), and <b>write</b> all records in one
 * transaction only when no row has a problem. Progress and problems go to the
 * {@link ImportJob}. A subclass says who may import, which columns there are, how a row
 * becomes a record and how records are written.
 *
 * @param <C> the columns of the file
 * @param <R> what a valid row becomes
 */
public abstract class Importer<C extends ImportColumn, R> {

	private static final int PROGRESS_EVERY = 100;

	protected final Messages messages;

	private final TransactionTemplate tx;

	private final long maxBytes;

	private final int maxRows;

	protected Importer(ImportJobs jobs, Messages messages, TransactionTemplate tx) {
		this.messages = messages;
		this.tx = tx;
		this.maxBytes = jobs.maxBytes();
		this.maxRows = jobs.maxRows();
	}

	/** Checks a row and maps it; returns null (or anything) when it has problems. */
	@FunctionalInterface
	public interface RowCheck<C extends ImportColumn, R> {

		R check(ImportRow<C> row);

	}

	/** Throws an {@code AppException} (403) when the user may not import. */
	protected abstract void requireAllowed(Scope scope);

	/** The column a header names, if any. */
	protected abstract Optional<C> column(String header);

	/** The columns a file must have, in the order a missing list names them. */
	protected abstract List<C> requiredColumns();

	/**
	 * The headers of the required columns a file lacks, as the refusal names them. An
	 * importer whose column may be replaced by another (a cell's code by its name)
	 * overrides it.
	 */
	protected List<String> missingColumns(Set<C> present) {
		return requiredColumns().stream().filter(c -> !present.contains(c)).map(ImportColumn::header).toList();
	}

	/**
	 * The check of one import's rows; it may look at all rows first (to query the
	 * database once) and keep state from row to row (duplicates within the file).
	 */
	protected abstract RowCheck<C, R> rowCheck(Scope scope, List<ImportRow<C>> rows);

	/**
	 * Writes the records of a file without a single problem; runs in a transaction, after
	 * which the job is done. Reports progress with {@link ImportJob#written(int)}.
	 */
	protected abstract void write(Scope scope, String fileName, List<R> records, ImportJob job);

	/**
	 * Validates the whole file, then writes all of it or nothing; progress and errors go
	 * to the job.
	 */
	public final void run(Scope scope, String fileName, byte[] content, ImportJob job) {
		run(scope, fileName, content, job, () -> {
		});
	}

	/**
	 * As {@link #run(Scope, String, byte[], ImportJob)}, with a step once the file is
	 * read.
	 */
	final void run(Scope scope, String fileName, byte[] content, ImportJob job, Runnable afterReading) {
		requireAllowed(scope);
		Optional<Rows> table = read(job, fileName, content);
		if (table.isEmpty()) {
			return;
		}
		afterReading.run();
		List<TableRow> rows = table.get().rows();
		Map<C, Integer> columns = mapColumns(fileName, table.get().headers(), rows.isEmpty(), job);
		if (job.hasErrors()) {
			job.state(ImportJob.State.FAILED);
			return;
		}
		List<ImportRow<C>> importRows = new ArrayList<>(rows.size());
		for (TableRow row : rows) {
			importRows.add(new ImportRow<>(row, columns, job, this.messages));
		}
		// from here each row is held by importRows only, and dropped once checked
		rows.clear();
		List<R> records = validate(scope, importRows, job);
		if (job.hasErrors()) {
			job.message(this.messages.get("import.failed", fileName, job.getErrorCount()));
			job.state(ImportJob.State.FAILED);
			return;
		}
		job.state(ImportJob.State.WRITING);
		// The job's "done" commits with its rows: an import run again after its instance
		// stopped finds it done.
		this.tx.executeWithoutResult(status -> {
			write(scope, fileName, records, job);
			job.message(this.messages.get("import.done", records.size(), fileName));
			job.state(ImportJob.State.DONE);
		});
	}

	/** The file's headers and rows as read (a mutable list, emptied once wrapped). */
	private record Rows(List<String> headers, List<TableRow> rows) {
	}

	/**
	 * Streams the file's rows (the .xlsx through POI's SAX reader, never a whole
	 * workbook) and stops at the first row past the configured limit
	 * ({@code tuyengiao.import.max-rows}) with a message saying so.
	 */
	private Optional<Rows> read(ImportJob job, String fileName, byte[] content) {
		job.state(ImportJob.State.READING);
		List<String> headers = new ArrayList<>();
		List<TableRow> rows = new ArrayList<>();
		try {
			TabularReader.read(fileName, new ByteArrayInputStream(content), this.maxBytes, new RowHandler() {

				@Override
				public void header(List<String> h) {
					headers.addAll(h);
				}

				@Override
				public void row(TableRow row) {
					if (rows.size() == Importer.this.maxRows) {
						throw new TooManyRows();
					}
					rows.add(row);
				}

			});
		}
		catch (TooManyRows ex) {
			job.error(0, "", this.messages.get("import.tooManyRows", fileName, this.maxRows));
			job.state(ImportJob.State.FAILED);
			return Optional.empty();
		}
		catch (TabularException ex) {
			job.error(0, "", this.messages.get(ex.getMessageKey(), ex.getArgs()));
			job.state(ImportJob.State.FAILED);
			return Optional.empty();
		}
		job.total(rows.size());
		job.state(ImportJob.State.VALIDATING);
		return Optional.of(new Rows(headers, rows));
	}

	/** Reading stops: the file has more rows than one import takes. */
	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	private Map<C, Integer> mapColumns(String fileName, List<String> headers, boolean noRows, ImportJob job) {
		Map<C, Integer> columns = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			Optional<C> c = column(headers.get(i));
			if (c.isPresent()) {
				columns.putIfAbsent(c.get(), i);
			}
			else if (!headers.get(i).isBlank()) {
				job.error(1, headers.get(i), this.messages.get("import.unknownColumn", headers.get(i)));
			}
		}
		List<String> missing = missingColumns(columns.keySet());
		if (!missing.isEmpty()) {
			job.error(1, "", this.messages.get("import.missingColumns", fileName, String.join(", ", missing)));
		}
		else if (noRows) {
			job.error(0, "", this.messages.get("import.noRows", fileName));
		}
		return columns;
	}

	private List<R> validate(Scope scope, List<ImportRow<C>> rows, ImportJob job) {
		RowCheck<C, R> check = rowCheck(scope, rows);
		List<R> records = new ArrayList<>(rows.size());
		int n = 0;
		for (int i = 0; i < rows.size(); i++) {
			ImportRow<C> row = rows.get(i);
			// the check keeps what it needs; the row's strings can go (a province file:
			// 400,000 rows, which would otherwise stay beside their records)
			rows.set(i, null);
			R record = check.check(row);
			if (!row.hasErrors() && record != null) {
				records.add(record);
			}
			if (++n % PROGRESS_EVERY == 0) {
				job.checked(n);
			}
		}
		job.checked(n);
		return records;
	}

}
