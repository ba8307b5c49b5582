package vn.tuyengiao.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads an uploaded spreadsheet (.xlsx, first sheet) or CSV file row by row.
 * <p>
 * The first non-blank row is the header; blank rows are skipped; every cell is trimmed
 * and normalised with {@link vn.tuyengiao.text.VietnameseText#normalize(String)}.
 * Anything that is not a readable table, including a file over the size limit, is
 * reported as a {@link TabularException} whose message tells the official what to do. The
 * input stream is read but not closed.
 */
public final class TabularReader {

	/** No legitimate sheet part comes near this once inflated; a zip bomb does. */
	static final long MAX_ZIP_ENTRY_BYTES = 200L * 1024 * 1024;

	/**
	 * Excel's own xml deflates to 5–20 % of its size; one percent or less means a crafted
	 * file.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	static {
		// Process-wide POI settings: they also guard every other place that opens an
		// OOXML file.
		ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
	}

	private enum Format {

		XLSX, XLS, CSV

	}

	private TabularReader() {
	}

	/**
	 * Streams the table to {@code handler}: {@link RowHandler#header} once, then
	 * {@link RowHandler#row} per non-blank data row, in file order.
	 * @param fileName the name the user uploaded, used for the format (by extension) and
	 * in messages
	 * @param maxBytes the largest accepted upload; reading stops with
	 * {@code tabular.tooLarge} one byte past it
	 * @throws TabularException when the file is not a readable table; exceptions thrown
	 * by {@code handler} pass through unchanged
	 */
	public static void read(String fileName, InputStream in, long maxBytes, RowHandler handler) {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(handler, "handler");
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		String name = displayName(fileName);
		Format format = format(name);
		InputStream limited = new LimitedInputStream(in, maxBytes, name);
		RowAssembler rows = new RowAssembler(name, handler);
		try {
			switch (format) {
				case CSV -> CsvSource.read(name, limited, rows);
				case XLSX -> XlsxSource.read(name, limited, rows, false);
				case XLS -> XlsxSource.read(name, limited, rows, true);
			}
		}
		catch (RowAssembler.HandlerFailure e) {
			throw e.getCause();
		}
		catch (IOException e) {
			throw Problem.READ_FAILED.exception(e, name);
		}
		rows.finish();
	}

	/**
	 * The whole table in memory; for files known to be small, such as organisation lists.
	 */
	public static Table readAll(String fileName, InputStream in, long maxBytes) {
		List<String> headers = new ArrayList<>();
		List<TableRow> rows = new ArrayList<>();
		read(fileName, in, maxBytes, new RowHandler() {

			@Override
			public void header(List<String> h) {
				headers.addAll(h);
			}

			@Override
			public void row(TableRow row) {
				rows.add(row);
			}

		});
		return new Table(headers, rows);
	}

	/**
	 * Excel's column name for a zero-based index: 0 → "A", 25 → "Z", 26 → "AA", 701 →
	 * "ZZ", 702 → "AAA".
	 */
	public static String columnLetter(int zeroBasedIndex) {
		if (zeroBasedIndex < 0) {
			throw new IllegalArgumentException("column index must not be negative: " + zeroBasedIndex);
		}
		StringBuilder sb = new StringBuilder(3);
		for (int n = zeroBasedIndex + 1; n > 0; n = (n - 1) / 26) {
			sb.append((char) ('A' + (n - 1) % 26));
		}
		return sb.reverse().toString();
	}

	/**
	 * Browsers on Windows may send "C:\fakepath\ds.xlsx"; the official only needs to see
	 * "ds.xlsx".
	 */
	static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "";
		}
		String name = fileName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(slash + 1);
	}

	private static Format format(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return Format.XLSX;
		}
		if (lower.endsWith(".csv")) {
			return Format.CSV;
		}
		if (lower.endsWith(".xls")) {
			return Format.XLS;
		}
		throw Problem.UNSUPPORTED_EXTENSION.exception(name);
	}

}
