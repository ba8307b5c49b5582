package vn.tuyengiao.tabular;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as saved by Vietnamese Excel: UTF-8 with or without BOM, or the legacy Windows-1258
 * code page; comma, semicolon (the list separator of the Vietnamese regional settings) or
 * tab as delimiter.
 */
final class CsvSource {

	/**
	 * How much of the start is examined to choose the encoding. Legacy files show their
	 * Windows-1258 bytes in the header line already; a megabyte is a generous margin that
	 * still keeps memory per upload small.
	 */
	static final int SNIFF_BYTES = 1024 * 1024;

	/** How far the header line is looked at for the delimiter. */
	private static final int HEADER_CHARS = 64 * 1024;

	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

	private static final byte[][] BINARY_MAGIC = { { 'P', 'K', 3, 4 }, // zip, including a
																		// renamed .xlsx
			{ (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, // OLE2: .xls, .doc,
																// encrypted Office files
			{ '%', 'P', 'D', 'F' }, { (byte) 0x89, 'P', 'N', 'G' }, { 'G', 'I', 'F', '8' },
			{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, // JPEG
			{ 'R', 'a', 'r', '!' }, { '7', 'z', (byte) 0xBC, (byte) 0xAF }, { 0x1F, (byte) 0x8B } // gzip
	};

	private CsvSource() {
	}

	static void read(String fileName, InputStream in, RowAssembler rows) throws IOException {
		byte[] head = in.readNBytes(SNIFF_BYTES);
		boolean wholeFile = head.length < SNIFF_BYTES;
		if (head.length == 0) {
			throw Problem.EMPTY.exception(fileName);
		}
		int skip = 0;
		CharsetDecoder decoder;
		if (startsWith(head, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
			skip = 3;
			decoder = strict(StandardCharsets.UTF_8);
		}
		else if (startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			// Excel's "Unicode Text" export, sometimes renamed to .csv.
			skip = 2;
			decoder = strict(StandardCharsets.UTF_16LE);
		}
		else if (startsWith(head, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			skip = 2;
			decoder = strict(StandardCharsets.UTF_16BE);
		}
		else {
			if (looksBinary(head)) {
				throw Problem.CONTENT_MISMATCH.exception(fileName, ".csv");
			}
			decoder = isUtf8(head, wholeFile) ? strict(StandardCharsets.UTF_8)
					// Undefined Windows-1258 bytes become U+FFFD rather than refusing a
					// file Excel itself opens.
					: WINDOWS_1258.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE);
		}
		InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, skip, head.length - skip), in);
		BufferedReader reader = new BufferedReader(new TextOnlyReader(new InputStreamReader(all, decoder), fileName),
				HEADER_CHARS + 1);
		CSVParser parser = null;
		try {
			char delimiter = detectDelimiter(reader);
			// Excel may write a first line "sep=;" naming the delimiter and hides it when
			// opening the file; it is
			// consumed here, before the parser, so record numbers stay the rows Excel
			// shows.
			Character declared = declaredDelimiter(reader);
			if (declared != null) {
				delimiter = declared;
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				// Empty lines are kept so that record numbers stay the row numbers Excel
				// shows; the assembler drops
				// them.
				.setIgnoreEmptyLines(false)
				// Excel opens "abc"def without complaint; refusing it would only confuse.
				.setTrailingData(true)
				.get();
			// Not closed: closing would close the caller's stream, which the caller owns.
			parser = CSVParser.parse(reader, format);
			for (CSVRecord record : parser) {
				rows.accept(Math.toIntExact(record.getRecordNumber()), Arrays.asList(record.values()));
			}
		}
		catch (UncheckedIOException e) {
			throw translate(fileName, e.getCause(), parser);
		}
		catch (IOException e) {
			throw translate(fileName, e, parser);
		}
	}

	private static RuntimeException translate(String fileName, IOException e, CSVParser parser) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return Problem.CSV_ENCODING.exception(e, fileName);
			}
			if (t instanceof TabularException te) {
				return te;
			}
		}
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("encapsulated token") || message.contains("Invalid char")) {
			Matcher m = START_LINE.matcher(message);
			long line = m.find() ? Long.parseLong(m.group(1)) : parser == null ? 1 : parser.getCurrentLineNumber();
			return Problem.CSV_MALFORMED.exception(e, fileName, line);
		}
		return Problem.READ_FAILED.exception(e, fileName);
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksBinary(byte[] head) {
		for (byte[] magic : BINARY_MAGIC) {
			if (startsWith(head, magic)) {
				return true;
			}
		}
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Strict UTF-8 check of the sniffed bytes. When they are only the start of the file a
	 * sequence cut at the end is not an error; it continues in the bytes not yet read.
	 */
	static boolean isUtf8(byte[] head, boolean wholeFile) {
		CharsetDecoder d = strict(StandardCharsets.UTF_8);
		ByteBuffer in = ByteBuffer.wrap(head);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult r = d.decode(in, out, wholeFile);
			if (r.isError()) {
				return false;
			}
			if (r.isOverflow()) {
				out.clear();
				continue;
			}
			break;
		}
		if (wholeFile) {
			out.clear();
			return !d.flush(out).isError();
		}
		return true;
	}

	/**
	 * Looks at the first non-empty line only, counting candidate delimiters outside
	 * quotes; semicolon wins a tie with comma.
	 */
	static char detectDelimiter(BufferedReader reader) throws IOException {
		reader.mark(HEADER_CHARS + 1);
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		int lineLength = 0;
		boolean quoted = false;
		for (int i = 0; i < HEADER_CHARS; i++) {
			int c = reader.read();
			if (c < 0) {
				break;
			}
			if (!quoted && (c == '\n' || c == '\r')) {
				if (lineLength > 0) {
					break;
				}
				continue;
			}
			lineLength++;
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				switch (c) {
					case ',' -> commas++;
					case ';' -> semicolons++;
					case '\t' -> tabs++;
					default -> {
					}
				}
			}
		}
		reader.reset();
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		if (semicolons >= commas && semicolons > 0) {
			return ';';
		}
		return ',';
	}

	/**
	 * Consumes a leading "sep=X" line and returns X; otherwise reads nothing and returns
	 * null.
	 */
	static Character declaredDelimiter(BufferedReader reader) throws IOException {
		reader.mark(8);
		char[] start = new char[6];
		int n = reader.read(start, 0, 6);
		if (n >= 5 && "sep=".equalsIgnoreCase(new String(start, 0, 4)) && start[4] != '\r' && start[4] != '\n'
				&& (n == 5 || start[5] == '\r' || start[5] == '\n')) {
			if (n == 6 && start[5] == '\r') {
				reader.mark(1);
				if (reader.read() != '\n') {
					reader.reset();
				}
			}
			return start[4];
		}
		reader.reset();
		return null;
	}

	/**
	 * Refuses control characters: a text file never has them, while a binary file renamed
	 * to .csv has them within its first bytes. Tab, line breaks, form feed and the old
	 * DOS end-of-file mark are allowed.
	 */
	static final class TextOnlyReader extends FilterReader {

		private final String fileName;

		TextOnlyReader(Reader in, String fileName) {
			super(in);
			this.fileName = fileName;
		}

		@Override
		public int read() throws IOException {
			int c = in.read();
			if (c >= 0) {
				check((char) c);
			}
			return c;
		}

		@Override
		public int read(char[] buf, int off, int len) throws IOException {
			int n = in.read(buf, off, len);
			for (int i = off; i < off + n; i++) {
				check(buf[i]);
			}
			return n;
		}

		private void check(char c) {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
				throw Problem.CONTENT_MISMATCH.exception(fileName, ".csv");
			}
		}

	}

}
