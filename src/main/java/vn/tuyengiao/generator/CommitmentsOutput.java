package vn.tuyengiao.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import vn.tuyengiao.similarity.ExactAllPairs;
import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.JsonLines;
import vn.tuyengiao.similarity.SimilarityConfig;

/**
 * {@code generate --commitments N --out DIR [--seed S] [--copies 0.3]}: writes
 * {@code commitments.jsonl} (id, text — as submitted, so NFD, old tone placement, TCVN3
 * and VNI copies are in those forms), {@code planted.csv} (how each copy was made),
 * {@code template.txt} (the official outline) and {@code truth.jsonl}: every pair with
 * Jaccard ≥ 0.5 or containment ≥ 0.6 on the Unicode texts with the template excluded,
 * found by {@link ExactAllPairs}.
 */
final class CommitmentsOutput {

	private CommitmentsOutput() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		long n = 0;
		long seed = 1;
		double copies = 0.3;
		Path dir = null;
		try {
			for (int i = 0; i < args.length; i++) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("thiếu giá trị sau " + args[i]);
				}
				String v = args[++i];
				switch (args[i - 1]) {
					case "--commitments" -> n = Long.parseLong(v.replace(".", "").replace("_", ""));
					case "--seed" -> seed = Long.parseLong(v);
					case "--copies" -> copies = Double.parseDouble(v.replace(',', '.'));
					case "--out" -> dir = Paths.get(v);
					default -> throw new IllegalArgumentException("tham số không hợp lệ: " + args[i - 1]);
				}
			}
			if (n < 1 || n > 2_000_000) {
				throw new IllegalArgumentException("--commitments phải từ 1 đến 2.000.000");
			}
			if (dir == null) {
				throw new IllegalArgumentException("cần --out THƯ_MỤC");
			}
			if (copies < 0 || copies > 0.9) {
				throw new IllegalArgumentException("--copies phải trong khoảng 0 đến 0,9");
			}
		}
		catch (NumberFormatException e) {
			err.println("Lỗi: số không hợp lệ: " + e.getMessage());
			return GenerateCommand.EXIT_USAGE;
		}
		catch (IllegalArgumentException e) {
			err.println("Lỗi: " + e.getMessage());
			err.println("Cách dùng: generate --commitments N --out THƯ_MỤC [--seed S] [--copies 0,3]");
			return GenerateCommand.EXIT_USAGE;
		}
		long started = System.nanoTime();
		CommitmentGenerator g = new CommitmentGenerator(seed, copies);
		CommitmentGenerator.Commitment[] cs = new CommitmentGenerator.Commitment[(int) n];
		try {
			Files.createDirectories(dir);
			try (BufferedWriter texts = Files.newBufferedWriter(dir.resolve("commitments.jsonl"),
					StandardCharsets.UTF_8);
					BufferedWriter planted = Files.newBufferedWriter(dir.resolve("planted.csv"),
							StandardCharsets.UTF_8)) {
				planted.write("id,source_id,edit,substituted\n");
				for (int i = 0; i < n; i++) {
					CommitmentGenerator.Commitment c = g.next();
					cs[i] = new CommitmentGenerator.Commitment(c.id(), null, c.cleanText(), c.sourceId(), c.edit(),
							c.substituted());
					texts.write("{\"id\":" + c.id() + ",\"text\":" + JsonLines.quote(c.text()) + "}\n");
					if (c.isCopy()) {
						planted.write(c.id() + "," + c.sourceId() + "," + c.edit() + ","
								+ String.format(Locale.ROOT, "%.3f", c.substituted()) + "\n");
					}
					if ((i + 1) % Math.max(1, n / 10) == 0) {
						err.printf("generate: %d/%d bản cam kết%n", i + 1, n);
					}
				}
			}
			Files.writeString(dir.resolve("template.txt"), CommitmentGenerator.TEMPLATE + "\n", StandardCharsets.UTF_8);
			double genSeconds = (System.nanoTime() - started) / 1e9;
			err.println("generate: tính đáp án chính xác (so mọi cặp) …");
			SimilarityConfig config = SimilarityConfig.DEFAULT;
			Fingerprinter fp = new Fingerprinter(config, List.of(CommitmentGenerator.TEMPLATE));
			int[][] sets = new int[(int) n][];
			IntStream.range(0, (int) n).parallel().forEach(i -> sets[i] = fp.fingerprint(cs[i].cleanText()).shingles());
			long t0 = System.nanoTime();
			List<ExactAllPairs.Pair> truth = ExactAllPairs.find(sets, config);
			double exactSeconds = (System.nanoTime() - t0) / 1e9;
			try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
				for (ExactAllPairs.Pair p : truth) {
					CommitmentGenerator.Commitment a = cs[p.a()];
					CommitmentGenerator.Commitment b = cs[p.b()];
					String edit = b.isCopy() && b.sourceId() == a.id() ? b.edit().name()
							: a.isCopy() && a.sourceId() == b.id() ? a.edit().name() : "OTHER";
					w.write(String.format(Locale.ROOT,
							"{\"a\":%d,\"b\":%d,\"jaccard\":%.4f,\"containment\":%.4f,\"edit\":\"%s\"}%n", a.id(),
							b.id(), p.overlap().jaccard(), p.overlap().maxContainment(), edit));
				}
			}
			out.printf(Locale.ROOT,
					"Đã sinh %d bản cam kết trong %.1f giây; đáp án: %d cặp, so mọi cặp chính xác mất %.1f giây. Thư mục: %s%n",
					n, genSeconds, truth.size(), exactSeconds, dir);
			return GenerateCommand.EXIT_OK;
		}
		catch (IOException e) {
			err.println("Lỗi ghi tệp vào " + dir + ": " + e.getMessage());
			return GenerateCommand.EXIT_FAILED;
		}
	}

}
