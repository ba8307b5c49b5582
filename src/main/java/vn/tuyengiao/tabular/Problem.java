package vn.tuyengiao.tabular;

/**
 * Every reason an upload can be refused, with its message key in
 * {@code i18n/tabular_vi.properties} and the number of arguments its message takes
 * (argument 0 is always the file name). Kept in one place so a test can check that each
 * key has a text and each text uses exactly the arguments supplied.
 */
enum Problem {

	EMPTY("tabular.empty", 1), TOO_LARGE("tabular.tooLarge", 2),
	UNSUPPORTED_EXTENSION("tabular.unsupportedExtension", 1), LEGACY_XLS("tabular.legacyXls", 1),
	ENCRYPTED("tabular.encrypted", 1), CONTENT_MISMATCH("tabular.contentMismatch", 2), CORRUPT("tabular.corrupt", 1),
	ZIP_BOMB("tabular.zipBomb", 1), HEADER_EMPTY("tabular.header.empty", 3),
	HEADER_DUPLICATE("tabular.header.duplicate", 4), ROW_TOO_MANY_CELLS("tabular.row.tooManyCells", 4),
	CSV_ENCODING("tabular.csv.encoding", 1), CSV_MALFORMED("tabular.csv.malformed", 2),
	READ_FAILED("tabular.readFailed", 1);

	final String key;

	final int argCount;

	Problem(String key, int argCount) {
		this.key = key;
		this.argCount = argCount;
	}

	TabularException exception(Object... args) {
		return new TabularException(this, null, args);
	}

	TabularException exception(Throwable cause, Object... args) {
		return new TabularException(this, cause, args);
	}

}
