package vn.tuyengiao.imports;

import java.util.List;

/** What the REST API answers for an import. */
public record ImportResult(String state, int rows, int written, int errorCount, List<ImportJob.ImportError> errors,
		String message) {

	public static ImportResult of(ImportJob j) {
		return new ImportResult(j.getState().name(), j.getTotal(), j.getWritten(), j.getErrorCount(), j.getErrors(),
				j.getMessage());
	}

}
