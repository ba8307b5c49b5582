package vn.tuyengiao.similarity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.tuyengiao.similarity.JsonLines;
import vn.tuyengiao.text.DocumentProblem;
import vn.tuyengiao.text.DocumentText;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Reads the {@code similarity} command's input: a folder of .txt/.docx files (id = file
 * name without extension), a .csv with columns id and text, or a .jsonl with fields id
 * and text. Files are read by the application's one reader, {@link DocumentText}, as
 * uploads are: every text comes out in Unicode (.docx runs converted by their font, .txt
 * as UTF-8, UTF-16 or Windows-1258, legacy encodings detected), normalised. Problems are
 * thrown as {@link BadInput} with a Vietnamese message naming the file and line.
 */
public final class InputDocuments {

	/** One input text. */
	public record Doc(String id, String text) {
	}

	/** Bad input; the message is for the user, in Vietnamese. */
	public static final class BadInput extends Exception {

		private static final long serialVersionUID = 1L;

		public BadInput(String message) {
			super(message);
		}

	}

	private static final long MAX_FILE = 30L * 1024 * 1024;

	private InputDocuments() {
	}

	public static List<Doc> read(Path input) throws BadInput {
		if (!Files.exists(input)) {
			throw new BadInput("Không tìm thấy " + input + " (thư mục hoặc tệp đầu vào).");
		}
		if (Files.isDirectory(input)) {
			return readFolder(input);
		}
		String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return readCsv(input);
		}
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return readJsonl(input);
		}
		throw new BadInput("Tệp đầu vào " + input
				+ " không phải .csv hay .jsonl; hãy chỉ ra một thư mục chứa tệp .txt/.docx, hoặc tệp .csv/.jsonl có cột id và text.");
	}

	private static List<Doc> readFolder(Path dir) throws BadInput {
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(Files::isRegularFile).filter(p -> {
				String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
				return n.endsWith(".txt") || n.endsWith(".docx");
			}).sorted().toList();
		}
		catch (IOException e) {
			throw new BadInput("Không đọc được thư mục " + dir + ": " + e.getMessage());
		}
		if (files.isEmpty()) {
			throw new BadInput("Thư mục " + dir + " không có tệp .txt hoặc .docx nào.");
		}
		// Reading Word files, not matching, is most of a folder's time: spread over the
		// cores. Order is kept, and the problem reported is that of the first bad file
		// in name order, as a sequential read would.
		Object[] read = new Object[files.size()];
		java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
			Path f = files.get(i);
			String n = f.getFileName().toString();
			try {
				read[i] = new Doc(n.substring(0, n.lastIndexOf('.')), document(f));
			}
			catch (BadInput | RuntimeException e) {
				read[i] = e;
			}
		});
		List<Doc> out = new ArrayList<>(files.size());
		for (Object o : read) {
			if (o instanceof BadInput b) {
				throw b;
			}
			if (o instanceof RuntimeException r) {
				throw r;
			}
			out.add((Doc) o);
		}
		return out;
	}

	/** One .txt or .docx file's text in Unicode. */
	public static String readFile(Path f) throws BadInput {
		if (!Files.isRegularFile(f)) {
			throw new BadInput("Không tìm thấy tệp " + f + ".");
		}
		return document(f);
	}

	private static byte[] bytes(Path f) throws BadInput {
		try {
			if (Files.size(f) > MAX_FILE) {
				throw new BadInput("Tệp " + f + " lớn hơn 30 MB, không xử lý.");
			}
			return Files.readAllBytes(f);
		}
		catch (IOException e) {
			throw new BadInput("Không đọc được tệp " + f + ": " + e.getMessage());
		}
	}

	/**
	 * A .txt or .docx file's text through the application's one document reader
	 * ({@link DocumentText#read}): UTF-8, UTF-16 or Windows-1258 text, Word runs
	 * converted by their font, legacy encodings detected, normalised. A file without text
	 * gives an empty text.
	 */
	static String document(Path f) throws BadInput {
		byte[] b = bytes(f);
		if (b.length == 0) {
			return "";
		}
		boolean docx = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
		if (docx && (b.length < 4 || b[0] != 'P' || b[1] != 'K')) {
			throw new BadInput("Tệp " + f + " có đuôi .docx nhưng không phải tài liệu Word (.docx).");
		}
		try {
			return DocumentText.read(f.getFileName().toString(), b).text();
		}
		catch (DocumentProblem e) {
			throw new BadInput(e.getMessage() + " (" + f + ")");
		}
	}

	public static String unicode(String s) {
		return LegacyVietnamese.toUnicode(s);
	}

	private static List<Doc> readCsv(Path f) throws BadInput {
		bytes(f);
		try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
			Map<String, Integer> header = parser.getHeaderMap();
			String idCol = column(header, "id");
			String textCol = column(header, "text");
			if (idCol == null || textCol == null) {
				throw new BadInput("Tệp " + f + " dòng 1: thiếu cột " + (idCol == null ? "\"id\"" : "\"text\"")
						+ "; dòng tiêu đề phải có hai cột id và text (có: " + String.join(", ", header.keySet())
						+ ").");
			}
			List<Doc> out = new ArrayList<>();
			for (CSVRecord rec : parser) {
				long line = rec.getRecordNumber() + 1;
				if (!rec.isSet(idCol) || !rec.isSet(textCol)) {
					throw new BadInput("Tệp " + f + " dòng " + line + ": thiếu giá trị cột id hoặc text.");
				}
				String id = rec.get(idCol).strip();
				if (id.isEmpty()) {
					throw new BadInput("Tệp " + f + " dòng " + line + ": cột id trống.");
				}
				out.add(new Doc(id, unicode(rec.get(textCol))));
			}
			return nonEmpty(out, f);
		}
		catch (IOException | IllegalStateException | IllegalArgumentException e) {
			throw new BadInput("Tệp " + f + " không phải CSV hợp lệ (UTF-8): " + e.getMessage());
		}
	}

	private static String column(Map<String, Integer> header, String name) {
		for (String h : header.keySet()) {
			if (h.strip().replace("\uFEFF", "").equalsIgnoreCase(name)) {
				return h;
			}
		}
		return null;
	}

	private static List<Doc> readJsonl(Path f) throws BadInput {
		bytes(f);
		List<Doc> out = new ArrayList<>();
		try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
			String line;
			int no = 0;
			while ((line = r.readLine()) != null) {
				no++;
				if (line.isBlank()) {
					continue;
				}
				Map<String, String> o;
				try {
					o = JsonLines.parseObject(no == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
				}
				catch (IllegalArgumentException e) {
					throw new BadInput(
							"Tệp " + f + " dòng " + no + ": không phải JSON hợp lệ (" + e.getMessage() + ").");
				}
				String id = o.get("id");
				String text = o.get("text");
				if (id == null || text == null || id.isBlank()) {
					throw new BadInput("Tệp " + f + " dòng " + no + ": thiếu trường \"id\" hoặc \"text\".");
				}
				out.add(new Doc(id, unicode(text)));
			}
		}
		catch (IOException e) {
			throw new BadInput("Không đọc được tệp " + f + " (UTF-8): " + e.getMessage());
		}
		return nonEmpty(out, f);
	}

	private static List<Doc> nonEmpty(List<Doc> docs, Path f) throws BadInput {
		if (docs.isEmpty()) {
			throw new BadInput("Tệp " + f + " không có văn bản nào.");
		}
		return docs;
	}

}
