package vn.tuyengiao.tabular;

import java.util.List;

/**
 * A whole uploaded table in memory; for small files only; large ones go through
 * {@link RowHandler}.
 */
public record Table(List<String> headers, List<TableRow> rows) {

	public Table {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

}
