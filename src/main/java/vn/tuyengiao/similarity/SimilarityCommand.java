package vn.tuyengiao.similarity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import vn.tuyengiao.similarity.internal.InputDocuments;
import vn.tuyengiao.similarity.internal.InputDocuments.BadInput;
import vn.tuyengiao.similarity.internal.InputDocuments.Doc;

/**
 * {@code similarity --input IN --output pairs.jsonl [--threshold J] [--containment C] [--template FILE]
 * [--exact-below N]}: finds the similar pairs of a batch of commitments and writes one
 * JSON object per pair. Batches of fewer than N texts (default
 * {@link AllPairs#EXACT_BELOW}) are compared exactly, larger ones through the index; the
 * choice is printed to stderr. Runs before Spring starts.
 */
public final class SimilarityCommand {

	public static final int EXIT_OK = 0;

	public static final int EXIT_FAILED = 1;

	public static final int EXIT_USAGE = 2;

	static final String USAGE = """
			Cách dùng: similarity --input ĐẦU_VÀO --output pairs.jsonl [--threshold 0,5] [--containment 0,6] [--template TỆP]
			                  [--exact-below N]
			Tìm các cặp bản cam kết giống nhau (sao chép) trong một lô văn bản.
			  --input ĐẦU_VÀO   thư mục chứa tệp .txt/.docx (mã = tên tệp), hoặc tệp .csv/.jsonl có cột id và text
			  --output TỆP      tệp kết quả JSON Lines, mỗi dòng một cặp: id hai bên, jaccard, containment, đoạn trùng
			  --threshold J     ngưỡng Jaccard trên tập cụm 3 âm tiết (mặc định 0,5)
			  --containment C   ngưỡng tỷ lệ một văn bản nằm trong văn bản kia (mặc định 0,6)
			  --template TỆP    văn bản đề cương/mẫu hướng dẫn chung (.txt), không tính là sao chép
			  --exact-below N   lô dưới N văn bản được so chính xác từng cặp (không bỏ sót cặp nào), lô lớn hơn
			                    dùng chỉ mục LSH (mặc định %d; 0 = luôn dùng LSH)
			Văn bản TCVN3 (.VnTime) và VNI được nhận biết và chuyển sang Unicode."""
		.formatted(AllPairs.EXACT_BELOW);

	private SimilarityCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path input = null;
		Path output = null;
		Path template = null;
		double jaccard = SimilarityConfig.DEFAULT.jaccard();
		double containment = SimilarityConfig.DEFAULT.containment();
		int exactBelow = AllPairs.EXACT_BELOW;
		try {
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				if (a.equals("--help") || a.equals("-h")) {
					out.println(USAGE);
					return EXIT_OK;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("thiếu giá trị sau " + a);
				}
				String v = args[++i];
				switch (a) {
					case "--input" -> input = Paths.get(v);
					case "--output" -> output = Paths.get(v);
					case "--template" -> template = Paths.get(v);
					case "--threshold" -> jaccard = ratio(a, v);
					case "--containment" -> containment = ratio(a, v);
					case "--exact-below" -> exactBelow = count(a, v);
					default -> throw new IllegalArgumentException("tham số không hợp lệ: " + a);
				}
			}
			if (input == null || output == null) {
				throw new IllegalArgumentException("cần --input và --output");
			}
		}
		catch (IllegalArgumentException e) {
			err.println("Lỗi: " + e.getMessage());
			err.println(USAGE);
			return EXIT_USAGE;
		}
		long started = System.nanoTime();
		List<Doc> docs;
		List<String> templates = new ArrayList<>();
		try {
			err.println("similarity: đọc " + input + " …");
			docs = InputDocuments.read(input);
			if (template != null) {
				templates.add(InputDocuments.readFile(template));
			}
		}
		catch (BadInput e) {
			err.println("Lỗi: " + e.getMessage());
			return EXIT_USAGE;
		}
		Set<String> seen = new HashSet<>();
		for (Doc d : docs) {
			if (!seen.add(d.id())) {
				err.println("Lỗi: mã văn bản \"" + d.id() + "\" bị trùng trong " + input
						+ "; mỗi văn bản cần một mã riêng.");
				return EXIT_USAGE;
			}
		}
		SimilarityConfig config = SimilarityConfig.DEFAULT.withThresholds(jaccard, containment);
		Fingerprinter fingerprinter = new Fingerprinter(config, templates);
		int n = docs.size();
		err.printf("similarity: %d văn bản, lấy dấu vân tay …%n", n);
		Fingerprint[] fps = new Fingerprint[n];
		IntStream.range(0, n).parallel().forEach(i -> fps[i] = fingerprinter.fingerprint(docs.get(i).text()));
		long indexed = System.nanoTime();
		err.printf("similarity: lấy dấu %d văn bản trong %.1f giây; so khớp …%n", n, (indexed - started) / 1e9);
		int step = Math.max(1024, n / 20);
		err.println(AllPairs.choose(n, exactBelow) == AllPairs.Method.EXACT
				? "similarity: so chính xác từng cặp (lô " + n + " văn bản < " + exactBelow + ") …"
				: "similarity: so bằng chỉ mục LSH (lô " + n + " văn bản ≥ " + exactBelow + ") …");
		List<ExactAllPairs.Pair> pairs = AllPairs.find(fps, config, exactBelow, d -> {
			if (d % step < 1024) {
				err.printf("similarity: đã so %d/%d văn bản%n", d, n);
			}
		}).pairs();
		err.printf("similarity: %d cặp; ghi %s …%n", pairs.size(), output);
		try {
			if (output.getParent() != null) {
				Files.createDirectories(output.getParent());
			}
			try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
				for (ExactAllPairs.Pair p : pairs) {
					Doc a = docs.get(p.a());
					Doc b = docs.get(p.b());
					w.write(line(a, b, p.overlap(), PassageAligner.align(a.text(), b.text())));
					w.write('\n');
				}
			}
		}
		catch (IOException e) {
			err.println("Lỗi ghi tệp " + output + ": " + e.getMessage());
			return EXIT_FAILED;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "Đã so %d văn bản, tìm thấy %d cặp giống nhau trong %.1f giây. Kết quả: %s%n", n,
				pairs.size(), seconds, output);
		return EXIT_OK;
	}

	static String line(Doc a, Doc b, Overlap o, List<Passage> passages) {
		StringBuilder sb = new StringBuilder(256);
		sb.append("{\"a\":").append(JsonLines.quote(a.id())).append(",\"b\":").append(JsonLines.quote(b.id()));
		sb.append(
				String.format(Locale.ROOT, ",\"jaccard\":%.4f,\"containment_a_in_b\":%.4f,\"containment_b_in_a\":%.4f",
						o.jaccard(), o.containmentAInB(), o.containmentBInA()));
		sb.append(",\"shared_shingles\":").append(o.shared()).append(",\"passages\":[");
		for (int i = 0; i < passages.size(); i++) {
			Passage p = passages.get(i);
			if (i > 0) {
				sb.append(',');
			}
			sb.append("{\"a_start\":").append(p.aStart()).append(",\"a_end\":").append(p.aEnd());
			sb.append(",\"b_start\":").append(p.bStart()).append(",\"b_end\":").append(p.bEnd());
			sb.append(",\"syllables\":").append(p.syllables()).append('}');
		}
		return sb.append("]}").toString();
	}

	private static int count(String name, String v) {
		try {
			int n = Integer.parseInt(v.trim());
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// fall through
		}
		throw new IllegalArgumentException(name + " phải là số nguyên không âm, ví dụ 20000: " + v);
	}

	private static double ratio(String name, String v) {
		try {
			double d = Double.parseDouble(v.replace(',', '.'));
			if (d > 0 && d <= 1) {
				return d;
			}
		}
		catch (NumberFormatException e) {
			// fall through
		}
		throw new IllegalArgumentException(name + " phải là số trong khoảng (0; 1], ví dụ 0,5: " + v);
	}

}
