package vn.tuyengiao.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.tabular.Cells;
import vn.tuyengiao.tabular.TableRow;

/**
 * One row of an import file as an {@link Importer} maps it: cells by column, and the
 * problems found on it, which go to the job with the row number and the column header.
 */
public final class ImportRow<C extends ImportColumn> {

	private final TableRow row;

	private final Map<C, Integer> columns;

	private final ImportJob job;

	private final Messages messages;

	private int errors;

	ImportRow(TableRow row, Map<C, Integer> columns, ImportJob job, Messages messages) {
		this.row = row;
		this.columns = columns;
		this.job = job;
		this.messages = messages;
	}

	/** The row number as the user sees it in the spreadsheet. */
	public int number() {
		return this.row.rowNumber();
	}

	/** The cell's text, stripped; empty when blank or the column is absent. */
	public String cell(C column) {
		Integer i = this.columns.get(column);
		if (i == null || i >= this.row.cells().size()) {
			return "";
		}
		String v = this.row.cells().get(i);
		return v == null ? "" : v.strip();
	}

	/**
	 * The cell as a date ({@link Cells#date}); {@code null} when blank, or when it is no
	 * date, which is then an error on the row.
	 */
	public LocalDate date(C column) {
		try {
			return Cells.date(cell(column)).orElse(null);
		}
		catch (DateTimeParseException ex) {
			error(column, this.messages.get("validation.date") + ": \"" + cell(column) + "\"");
			return null;
		}
	}

	/** A problem in this row's cell, with a message already in Vietnamese. */
	public void error(C column, String message) {
		this.errors++;
		this.job.error(number(), column.header(), message);
	}

	/** A problem in this row's cell, by message key. */
	public void problem(C column, String messageKey, Object... args) {
		error(column, this.messages.get(messageKey, args));
	}

	/** Whether any problem was found on this row. */
	public boolean hasErrors() {
		return this.errors > 0;
	}

}
