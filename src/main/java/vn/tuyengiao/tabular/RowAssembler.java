package vn.tuyengiao.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tuyengiao.text.VietnameseText;

/**
 * The format-independent rules: cells are normalised, blank rows are skipped, the first
 * non-blank row is the header, and data rows are checked against it and padded to its
 * width.
 */
final class RowAssembler {

	private final String fileName;

	private final RowHandler handler;

	private List<String> headers;

	RowAssembler(String fileName, RowHandler handler) {
		this.fileName = fileName;
		this.handler = handler;
	}

	/** {@code raw} may hold nulls and may be longer or shorter than the header. */
	void accept(int rowNumber, List<String> raw) {
		int size = raw.size();
		String[] cells = new String[size];
		int last = -1;
		for (int i = 0; i < size; i++) {
			String v = raw.get(i);
			v = v == null || v.isEmpty() ? "" : clean(v);
			cells[i] = v;
			if (!v.isEmpty()) {
				last = i;
			}
		}
		if (last < 0) {
			return;
		}
		if (headers == null) {
			header(cells, last);
			return;
		}
		int width = headers.size();
		if (last >= width) {
			throw Problem.ROW_TOO_MANY_CELLS.exception(fileName, rowNumber, TabularReader.columnLetter(last), width);
		}
		String[] row = new String[width];
		for (int i = 0; i < width; i++) {
			row[i] = i < size ? cells[i] : "";
		}
		TableRow tableRow = new TableRow(rowNumber, List.of(row));
		try {
			handler.row(tableRow);
		}
		catch (RuntimeException e) {
			throw new HandlerFailure(e);
		}
	}

	/**
	 * {@link VietnameseText#normalize} with a shortcut for the plain ASCII cells
	 * (numbers, dates, card numbers) that make up most of a large file and which it would
	 * return unchanged.
	 */
	static String clean(String v) {
		int n = v.length();
		if (v.charAt(0) == ' ' || v.charAt(n - 1) == ' ') {
			return VietnameseText.normalize(v);
		}
		char previous = 0;
		for (int i = 0; i < n; i++) {
			char c = v.charAt(i);
			if (c > 0x7E || c < 0x20 || (c == ' ' && previous == ' ')) {
				return VietnameseText.normalize(v);
			}
			previous = c;
		}
		return v;
	}

	private void header(String[] cells, int last) {
		Map<String, Integer> seen = new HashMap<>();
		List<String> names = new ArrayList<>(last + 1);
		for (int i = 0; i <= last; i++) {
			String name = cells[i];
			if (name.isEmpty()) {
				throw Problem.HEADER_EMPTY.exception(fileName, TabularReader.columnLetter(i), i + 1);
			}
			Integer previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
			if (previous != null) {
				throw Problem.HEADER_DUPLICATE.exception(fileName, name, TabularReader.columnLetter(previous),
						TabularReader.columnLetter(i));
			}
			names.add(name);
		}
		headers = List.copyOf(names);
		try {
			handler.header(headers);
		}
		catch (RuntimeException e) {
			throw new HandlerFailure(e);
		}
	}

	void finish() {
		if (headers == null) {
			throw Problem.EMPTY.exception(fileName);
		}
	}

	/**
	 * Carries the caller's own exception out through POI and commons-csv, which may wrap
	 * what is thrown inside them; {@link TabularReader} unwraps it so the caller gets
	 * back exactly what its handler threw.
	 */
	static final class HandlerFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HandlerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

}
