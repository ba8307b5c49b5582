package vn.tuyengiao.tabular;

import java.util.List;

/**
 * Receives an uploaded table row by row, so that callers can validate and store large
 * files without holding them. {@link #header} is called once, before any row. An
 * unchecked exception thrown here stops reading and reaches the caller of
 * {@link TabularReader#read} unchanged.
 */
public interface RowHandler {

	/**
	 * The header names, normalised, without trailing empty columns; never empty and never
	 * with duplicates.
	 */
	void header(List<String> headers);

	/** A non-blank data row with one cell per header. */
	void row(TableRow row);

}
