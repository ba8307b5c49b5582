package vn.tuyengiao.tabular;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Streaming .xlsx export: only the last {@value #WINDOW} rows stay in memory, the rest go
 * to a compressed temporary file, so a million-row export costs disk, not heap.
 * <p>
 * Use it as
 *
 * <pre>
 * try (XlsxWriter w = XlsxWriter.open(out, "Đảng viên", headers)) {
 * 	rows.forEach(w::addRow);
 * 	w.finish();
 * }
 * </pre>
 *
 * {@link #finish()} writes the workbook; {@link #close()} only frees the temporary file,
 * so an export that fails half way writes nothing rather than a truncated workbook that
 * looks complete.
 * <p>
 * Values: {@link String} as text (card numbers keep their leading zero),
 * {@link LocalDate} as a real date shown dd/mm/yyyy, {@link LocalDateTime} as dd/mm/yyyy
 * hh:mm, numbers as numbers, {@link Boolean} as TRUE/FALSE, null as an empty cell,
 * anything else by {@code toString()}.
 */
public final class XlsxWriter implements Closeable {

	private static final int WINDOW = 200;

	/** Name of the explanation sheet in templates. */
	public static final String GUIDE_SHEET = "Hướng dẫn";

	/** Excel refuses longer cell text. */
	private static final int MAX_CELL_CHARS = 32_767;

	/**
	 * Doubles hold integers exactly only up to 2^53; larger ones are written as text to
	 * keep every digit.
	 */
	private static final long MAX_EXACT_INTEGER = 1L << 53;

	private static final int MIN_WIDTH_CHARS = 8;

	private static final int MAX_WIDTH_CHARS = 60;

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final int columns;

	private final int[] widths;

	private final CellStyle headerStyle;

	private final CellStyle dateStyle;

	private final CellStyle dateTimeStyle;

	private final CellStyle integerStyle;

	private int nextRow;

	private boolean finished;

	private XlsxWriter(OutputStream out, String sheetName, List<String> headers) {
		this.out = Objects.requireNonNull(out, "out");
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("at least one header is needed");
		}
		// Inline strings rather than a shared-strings table, which would keep every
		// distinct text in memory.
		this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
		this.columns = headers.size();
		this.widths = new int[columns];
		this.headerStyle = headerStyle(workbook);
		this.dateStyle = formatStyle("dd/mm/yyyy");
		this.dateTimeStyle = formatStyle("dd/mm/yyyy hh:mm");
		// "0" rather than General, which shows twelve-digit numbers as 1.23457E+11.
		this.integerStyle = formatStyle("0");
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		writeHeader(sheet, headers, widths);
		sheet.createFreezePane(0, 1);
		this.nextRow = 1;
	}

	/** Starts a workbook with one sheet whose first row holds {@code headers}. */
	public static XlsxWriter open(OutputStream out, String sheetName, List<String> headers) {
		return new XlsxWriter(out, sheetName, headers);
	}

	/**
	 * The whole export in one call: header, every row, then the workbook written to
	 * {@code out} (left open).
	 */
	public static void write(OutputStream out, String sheetName, List<String> headers, Iterable<? extends List<?>> rows)
			throws IOException {
		try (XlsxWriter writer = open(out, sheetName, headers)) {
			for (List<?> row : rows) {
				writer.addRow(row);
			}
			writer.finish();
		}
	}

	/**
	 * An import template: the first sheet has {@code headers} and one example row, and a
	 * second sheet {@value #GUIDE_SHEET} explains each column on its own line (column
	 * letter, name, explanation).
	 */
	public static void template(OutputStream out, String sheetName, List<String> headers, List<?> exampleRow,
			List<String> explanations) throws IOException {
		if (explanations.size() != headers.size()) {
			throw new IllegalArgumentException(
					"one explanation per header: " + headers.size() + " headers, " + explanations.size() + " texts");
		}
		try (XlsxWriter writer = open(out, sheetName, headers)) {
			writer.addRow(exampleRow);
			writer.addGuide(headers, explanations);
			writer.finish();
		}
	}

	/** Appends a data row; it may be shorter than the header but not longer. */
	public void addRow(List<?> values) {
		if (finished) {
			throw new IllegalStateException("workbook already written");
		}
		if (values.size() > columns) {
			throw new IllegalArgumentException(
					"row " + (nextRow + 1) + " has " + values.size() + " values for " + columns + " columns");
		}
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.size(); i++) {
			Object v = values.get(i);
			if (v != null) {
				widths[i] = Math.max(widths[i], setValue(row.createCell(i), v));
			}
		}
	}

	/** Number of data rows added so far. */
	public int rowCount() {
		return nextRow - 1;
	}

	/**
	 * Sets widths and the filter, then writes the workbook to the stream, which stays
	 * open.
	 */
	public void finish() throws IOException {
		if (finished) {
			throw new IllegalStateException("workbook already written");
		}
		finished = true;
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, width(widths[i]));
		}
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
		workbook.write(new FilterOutputStream(out) {

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				// The zip writer closes its stream when done; the caller's stream must
				// stay open.
				flush();
			}

		});
		out.flush();
	}

	/** Deletes the temporary files (POI 5.3+ does so in close); writes nothing. */
	@Override
	public void close() throws IOException {
		if (!finished) {
			// POI closes the sheet writers before it flushes rows still in the window,
			// and logs a stack trace for
			// each; flushing them first keeps an abandoned export quiet.
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				workbook.getSheetAt(i).flushRows();
			}
		}
		workbook.close();
	}

	private void addGuide(List<String> headers, List<String> explanations) {
		SXSSFSheet guide = workbook.createSheet(GUIDE_SHEET);
		int[] guideWidths = new int[3];
		writeHeader(guide, List.of("Cột", "Tên cột", "Cách ghi"), guideWidths);
		CellStyle wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle top = workbook.createCellStyle();
		top.setVerticalAlignment(VerticalAlignment.TOP);
		for (int i = 0; i < headers.size(); i++) {
			Row row = guide.createRow(i + 1);
			String[] texts = { TabularReader.columnLetter(i), headers.get(i), explanations.get(i) };
			for (int c = 0; c < texts.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(texts[c] == null ? "" : texts[c]);
				cell.setCellStyle(c == 2 ? wrap : top);
				guideWidths[c] = Math.max(guideWidths[c], texts[c] == null ? 0 : texts[c].length());
			}
		}
		guide.setColumnWidth(0, width(3));
		guide.setColumnWidth(1, width(guideWidths[1]));
		// Long explanations wrap inside a wide column instead of making it as wide as the
		// longest one.
		guide.setColumnWidth(2, width(Math.min(guideWidths[2], 80)) + 20 * 256);
		guide.createFreezePane(0, 1);
	}

	private void writeHeader(SXSSFSheet target, List<String> headers, int[] widthsOut) {
		Row row = target.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			String name = headers.get(i) == null ? "" : headers.get(i);
			cell.setCellValue(name);
			cell.setCellStyle(headerStyle);
			// Bold text and the filter button need a little more room than the plain
			// text.
			widthsOut[i] = name.length() + 3;
		}
	}

	/** Returns the displayed length, for column widths. */
	private int setValue(Cell cell, Object v) {
		if (v instanceof String s) {
			if (s.length() > MAX_CELL_CHARS) {
				s = s.substring(0, MAX_CELL_CHARS - 1) + "…";
			}
			cell.setCellValue(s);
			return longestLine(s);
		}
		if (v instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(dateStyle);
			return 10;
		}
		if (v instanceof LocalDateTime t) {
			cell.setCellValue(t);
			cell.setCellStyle(dateTimeStyle);
			return 16;
		}
		if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
				|| v instanceof AtomicInteger || v instanceof AtomicLong) {
			long n = ((Number) v).longValue();
			return integer(cell, n, Long.toString(n));
		}
		if (v instanceof BigInteger b) {
			return b.bitLength() < 54 ? integer(cell, b.longValue(), b.toString()) : text(cell, b.toString());
		}
		if (v instanceof BigDecimal b) {
			cell.setCellValue(b.doubleValue());
			return b.toPlainString().length();
		}
		if (v instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			return XlsxSource.PlainFormatter.plain(n.doubleValue()).length();
		}
		if (v instanceof Boolean b) {
			cell.setCellValue(b);
			return 5;
		}
		return text(cell, v.toString());
	}

	private int integer(Cell cell, long n, String digits) {
		if (Math.abs(n) > MAX_EXACT_INTEGER) {
			return text(cell, digits);
		}
		cell.setCellValue(n);
		cell.setCellStyle(integerStyle);
		return digits.length();
	}

	private static int text(Cell cell, String s) {
		cell.setCellValue(s);
		return s.length();
	}

	private static int longestLine(String s) {
		int longest = 0;
		int start = 0;
		for (int i = 0; i <= s.length(); i++) {
			if (i == s.length() || s.charAt(i) == '\n') {
				longest = Math.max(longest, i - start);
				start = i + 1;
			}
		}
		return longest;
	}

	private static int width(int chars) {
		return (Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, chars)) + 2) * 256;
	}

	private CellStyle formatStyle(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle headerStyle(SXSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.setFont(bold);
		// Light blue, the header fill of Excel's default table style.
		style.setFillForegroundColor(new XSSFColor(new byte[] { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 }, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}

}
