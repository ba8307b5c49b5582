package vn.tuyengiao.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx workbook, read with POI's event API so that only the shared
 * strings, never the rows, are held in memory.
 */
final class XlsxSource {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private XlsxSource() {
	}

	/**
	 * @param legacyName the file is named .xls: a real .xls is refused with advice, but
	 * an .xlsx that only carries the wrong name is read
	 */
	static void read(String fileName, InputStream in, RowAssembler rows, boolean legacyName) throws IOException {
		// The upload goes to a private temporary file first: POI reads a zip from a
		// stream by inflating every entry
		// into memory, whereas from a file it inflates one entry at a time as it is read.
		Path tmp = Files.createTempFile("tabular-", ".upload");
		try {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				in.transferTo(out);
			}
			byte[] head = new byte[OLE2.length];
			int headLength;
			try (InputStream h = Files.newInputStream(tmp)) {
				headLength = h.readNBytes(head, 0, head.length);
			}
			if (headLength == 0) {
				throw Problem.EMPTY.exception(fileName);
			}
			if (CsvSource.startsWith(head, OLE2)) {
				throw ole2(fileName, tmp, legacyName);
			}
			if (!CsvSource.startsWith(head, ZIP)) {
				// Old Excel also "saves as .xls" web pages and text; the advice to
				// re-save as .xlsx fits those too.
				throw legacyName ? Problem.LEGACY_XLS.exception(fileName)
						: Problem.CONTENT_MISMATCH.exception(fileName, ".xlsx");
			}
			readWorkbook(fileName, tmp, rows);
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * Office puts both old binary workbooks and password-protected new ones in an OLE2
	 * container.
	 */
	private static TabularException ole2(String fileName, Path file, boolean legacyName) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				return Problem.ENCRYPTED.exception(fileName);
			}
			if (legacyName || root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Problem.LEGACY_XLS.exception(fileName);
			}
			return Problem.CONTENT_MISMATCH.exception(fileName, ".xlsx");
		}
		catch (IOException | RuntimeException e) {
			return Problem.CORRUPT.exception(e, fileName);
		}
	}

	private static void readWorkbook(String fileName, Path file, RowAssembler rows) {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			boolean date1904 = isDate1904(reader);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw Problem.CORRUPT.exception(fileName);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(rows),
						new PlainFormatter(date1904), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Exception e) {
			throw translate(fileName, e);
		}
		finally {
			if (pkg != null) {
				// revert, not close: close() on a read-only package logs a warning and
				// would try to save it.
				pkg.revert();
			}
		}
	}

	private static RuntimeException translate(String fileName, Exception e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof TabularException || t instanceof RowAssembler.HandlerFailure) {
				return (RuntimeException) t;
			}
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
				return Problem.ZIP_BOMB.exception(e, fileName);
			}
		}
		return Problem.CORRUPT.exception(e, fileName);
	}

	/**
	 * Workbooks from old Mac Excel count dates from 1904; without this their dates come
	 * out four years early.
	 */
	private static boolean isDate1904(XSSFReader reader) throws Exception {
		boolean[] result = { false };
		try (InputStream workbook = reader.getWorkbookData()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes)
						throws SAXException {
					if ("workbookPr".equals(localName)) {
						String v = attributes.getValue("date1904");
						result[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
					}
					else if ("sheets".equals(localName)) {
						// workbookPr comes before the sheet list; nothing later matters.
						throw new StopParsing();
					}
				}

			});
			parser.parse(new InputSource(workbook));
		}
		catch (StopParsing done) {
			// expected
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
		return result[0];
	}

	private static final class StopParsing extends SAXException {

		private static final long serialVersionUID = 1L;

	}

	/**
	 * Collects the sparse cells POI reports into a dense row, filling the gaps Excel
	 * leaves for empty cells.
	 */
	private static final class Rows implements SheetContentsHandler {

		private final RowAssembler rows;

		private final List<String> cells = new ArrayList<>();

		Rows(RowAssembler rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			rows.accept(rowNum + 1, cells);
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			// Some generators omit the reference; Excel then takes cells in order, and so
			// do we.
			int column = cellReference == null ? cells.size() : column(cellReference);
			while (cells.size() < column) {
				cells.add(null);
			}
			String value = formattedValue;
			if (value != null && value.startsWith("ERROR:")) {
				value = value.substring("ERROR:".length());
			}
			if (column < cells.size()) {
				cells.set(column, value);
			}
			else {
				cells.add(value);
			}
		}

		/** "AB12" → 27; cheaper than CellReference for every cell of a large sheet. */
		static int column(String reference) {
			int col = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					col = col * 26 + (c - 'A' + 1);
				}
				else if (c >= 'a' && c <= 'z') {
					col = col * 26 + (c - 'a' + 1);
				}
				else {
					break;
				}
			}
			return Math.min(col, 16384) - 1;
		}

	}

	/**
	 * Numbers as the data they are, not as Excel's display format shows them: dates as
	 * dd/MM/yyyy, everything else as plain digits ("123456", never "1.23456E5" or
	 * "123,456"), rounded to the 15 significant digits Excel keeps.
	 */
	static final class PlainFormatter extends DataFormatter {

		private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

		private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

		private final boolean date1904;

		PlainFormatter(boolean date1904) {
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return format(value, formatIndex, formatString, date1904);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			return format(value, formatIndex, formatString, use1904Windowing);
		}

		static String format(double value, int formatIndex, String formatString, boolean use1904) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
					&& DateUtil.isValidExcelDate(value)) {
				return DATE.format(DateUtil.getLocalDateTime(value, use1904));
			}
			return plain(value);
		}

		static String plain(double value) {
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return Double.toString(value);
			}
			BigDecimal d = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
			if (d.signum() == 0) {
				return "0";
			}
			return d.toPlainString();
		}

	}

}
