package vn.tuyengiao.tabular;

import java.util.List;

/**
 * One data row of an uploaded table. {@code rowNumber} is the row the user sees in Excel
 * (the header is usually row 1, so the first data row is 2), so that error messages point
 * at the right place even when blank rows were skipped. {@code cells} has exactly one
 * entry per header, normalised with
 * {@link vn.tuyengiao.text.VietnameseText#normalize(String)}; a missing or empty cell is
 * {@code ""}, never null.
 */
public record TableRow(int rowNumber, List<String> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** The cell at {@code index}, or {@code ""} when the row is shorter. */
	public String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

}
