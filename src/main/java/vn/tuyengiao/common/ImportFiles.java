package vn.tuyengiao.common;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import vn.tuyengiao.tabular.Table;
import vn.tuyengiao.tabular.TabularException;
import vn.tuyengiao.tabular.TabularReader;

/**
 * The first step of every import: read the uploaded file into a table, or fail the job
 * with the reader's message.
 */
public final class ImportFiles {

	private ImportFiles() {
	}

	public static Optional<Table> read(ImportJob job, String fileName, byte[] content, long maxBytes,
			Messages messages) {
		job.state(ImportJob.State.READING);
		try {
			Table table = TabularReader.readAll(fileName, new ByteArrayInputStream(content), maxBytes);
			job.total(table.rows().size());
			job.state(ImportJob.State.VALIDATING);
			return Optional.of(table);
		}
		catch (TabularException ex) {
			job.error(0, "", messages.get(ex.getMessageKey(), ex.getArgs()));
			job.state(ImportJob.State.FAILED);
			return Optional.empty();
		}
	}

	/** What the REST API answers for an import. */
	public record Result(String state, int rows, int written, int errorCount, List<ImportJob.ImportError> errors,
			String message) {

		public static Result of(ImportJob j) {
			return new Result(j.getState().name(), j.getTotal(), j.getWritten(), j.getErrorCount(), j.getErrors(),
					j.getMessage());
		}

	}

}
