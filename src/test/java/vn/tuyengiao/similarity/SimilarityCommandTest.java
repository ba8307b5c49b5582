package vn.tuyengiao.similarity;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tuyengiao.text.LegacyVietnamese;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityCommandTest {

	private static final String ORIGINAL = """
			I. Về tư tưởng chính trị
			Tôi luôn tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng, kiên định chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh. Tôi thường xuyên học tập, quán triệt các nghị quyết, chỉ thị của Đảng, nhất là chuyên đề học tập và làm theo Bác năm 2025.
			II. Về phẩm chất đạo đức, lối sống
			Bản thân tôi giữ gìn phẩm chất đạo đức cách mạng, cần, kiệm, liêm, chính, chí công vô tư, sống giản dị, gần gũi với nhân dân ấp Vĩnh Lợi. Tôi xây dựng gia đình văn hóa, hòa thuận, hạnh phúc.
			III. Về thực hiện chức trách, nhiệm vụ được giao
			Trên cương vị Trưởng ấp Vĩnh Lợi, tôi vận động nhân dân tham gia xây dựng nông thôn mới, giải quyết kịp thời kiến nghị của bà con trong ấp.
			""";

	private static final String OTHER = """
			Là giáo viên Trường Trung học cơ sở Tam Nghĩa, tôi nâng cao chất lượng giảng dạy môn Ngữ văn, bồi dưỡng học sinh giỏi cấp huyện và phụ đạo học sinh yếu kém. Năm 2024 tôi còn hạn chế là ứng dụng công nghệ thông tin trong công việc chưa thường xuyên.
			""";

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = SimilarityCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static void docx(Path file, String text, String font) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : text.split("\n")) {
				XWPFRun run = doc.createParagraph().createRun();
				run.setFontFamily(font);
				run.setText(line);
			}
			doc.write(out);
		}
	}

	@Test
	void findsCopiesInAFolderOfTxtAndDocxIncludingTcvn3Fonts(@TempDir Path dir) throws Exception {
		Path in = Files.createDirectories(dir.resolve("camket"));
		Files.writeString(in.resolve("nguyen-van-a.txt"), ORIGINAL, StandardCharsets.UTF_8);
		// the same commitment typed in .VnTime (TCVN3) and saved as .docx
		docx(in.resolve("tran-thi-b.docx"), LegacyVietnamese.encode(ORIGINAL, LegacyVietnamese.Encoding.TCVN3),
				".VnTime");
		docx(in.resolve("le-van-c.docx"), OTHER, "Times New Roman");
		Path out = dir.resolve("pairs.jsonl");
		Run r = run("--input", in.toString(), "--output", out.toString());
		assertThat(r.code()).as(r.err()).isZero();
		assertThat(r.err()).contains("similarity: 3 văn bản");
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(1);
		// files are read in name order: le-van-c, nguyen-van-a, tran-thi-b
		assertThat(lines.get(0)).startsWith("{\"a\":\"nguyen-van-a\",\"b\":\"tran-thi-b\",\"jaccard\":");
		Map<String, String> head = JsonLines
			.parseObject(lines.get(0).substring(0, lines.get(0).indexOf(",\"passages\"")) + "}");
		assertThat(Double.parseDouble(head.get("jaccard"))).isGreaterThan(0.95);
		assertThat(lines.get(0)).contains("\"passages\":[{\"a_start\":");
	}

	@Test
	void readsCsvAndJsonlWithIdAndText(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("camket.csv");
		String copy = ORIGINAL.replace("ấp Vĩnh Lợi", "ấp Cái Chanh");
		Files.writeString(csv, "id,text\n101,\"" + ORIGINAL.replace("\"", "\"\"") + "\"\n102,\"" + OTHER + "\"\n103,\""
				+ copy + "\"\n", StandardCharsets.UTF_8);
		Run r = run("--input", csv.toString(), "--output", dir.resolve("a.jsonl").toString(), "--threshold", "0,5");
		assertThat(r.code()).as(r.err()).isZero();
		assertThat(Files.readString(dir.resolve("a.jsonl"))).contains("\"a\":\"101\",\"b\":\"103\"");
		Path jsonl = dir.resolve("camket.jsonl");
		Files.writeString(jsonl,
				"{\"id\": 1, \"text\": " + JsonLines.quote(ORIGINAL) + "}\n\n{\"id\": 2, \"text\": "
						+ JsonLines.quote(LegacyVietnamese.encode(ORIGINAL, LegacyVietnamese.Encoding.VNI)) + "}\n",
				StandardCharsets.UTF_8);
		Run j = run("--input", jsonl.toString(), "--output", dir.resolve("b.jsonl").toString());
		assertThat(j.code()).as(j.err()).isZero();
		assertThat(Files.readString(dir.resolve("b.jsonl"))).contains("\"a\":\"1\",\"b\":\"2\",\"jaccard\":1.0000");
	}

	@Test
	void aSmallBatchIsComparedExactlyAndTheChoiceIsPrinted(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("camket.csv");
		String copy = ORIGINAL.replace("ấp Vĩnh Lợi", "ấp Cái Chanh");
		Files.writeString(csv, "id,text\n101,\"" + ORIGINAL.replace("\"", "\"\"") + "\"\n102,\"" + OTHER + "\"\n103,\""
				+ copy + "\"\n", StandardCharsets.UTF_8);
		Run exact = run("--input", csv.toString(), "--output", dir.resolve("a.jsonl").toString());
		assertThat(exact.code()).as(exact.err()).isZero();
		assertThat(exact.err()).contains("so chính xác từng cặp (lô 3 văn bản < " + AllPairs.EXACT_BELOW + ")");
		Run lsh = run("--input", csv.toString(), "--output", dir.resolve("b.jsonl").toString(), "--exact-below", "0");
		assertThat(lsh.code()).as(lsh.err()).isZero();
		assertThat(lsh.err()).contains("so bằng chỉ mục LSH (lô 3 văn bản ≥ 0)");
		assertThat(Files.readString(dir.resolve("b.jsonl"))).isEqualTo(Files.readString(dir.resolve("a.jsonl")))
			.contains("\"a\":\"101\",\"b\":\"103\"");
		assertThat(run("--input", csv.toString(), "--output", dir.resolve("c.jsonl").toString(), "--exact-below", "-1")
			.err()).contains("--exact-below phải là số nguyên không âm");
	}

	@Test
	void badInputIsNamedInVietnameseWithExitCode2(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("pairs.jsonl");
		Run missing = run("--input", dir.resolve("khong-co").toString(), "--output", out.toString());
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.err()).contains("Không tìm thấy").contains("khong-co");

		Path csv = dir.resolve("thieu-cot.csv");
		Files.writeString(csv, "ma,noi_dung\n1,abc\n", StandardCharsets.UTF_8);
		Run noColumns = run("--input", csv.toString(), "--output", out.toString());
		assertThat(noColumns.code()).isEqualTo(2);
		assertThat(noColumns.err()).contains("thieu-cot.csv dòng 1").contains("thiếu cột \"id\"");

		Path jsonl = dir.resolve("hong.jsonl");
		Files.writeString(jsonl, "{\"id\": 1, \"text\": \"Tôi cam kết\"}\n{\"id\": 2, \"text\": \"chưa đóng\n",
				StandardCharsets.UTF_8);
		Run badJson = run("--input", jsonl.toString(), "--output", out.toString());
		assertThat(badJson.code()).isEqualTo(2);
		assertThat(badJson.err()).contains("hong.jsonl dòng 2");

		Path folder = Files.createDirectories(dir.resolve("gia-mao"));
		Files.writeString(folder.resolve("a.txt"), ORIGINAL, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b.docx"), "đây không phải tệp Word", StandardCharsets.UTF_8);
		Run fake = run("--input", folder.toString(), "--output", out.toString());
		assertThat(fake.code()).isEqualTo(2);
		assertThat(fake.err()).contains("b.docx").contains("không phải tài liệu Word");

		Path empty = Files.createDirectories(dir.resolve("trong"));
		assertThat(run("--input", empty.toString(), "--output", out.toString()).err())
			.contains("không có tệp .txt hoặc .docx");
		assertThat(run("--input", csv.toString()).code()).isEqualTo(2);
		assertThat(run("--input", csv.toString(), "--output", out.toString(), "--threshold", "1,5").err())
			.contains("--threshold phải là số");
		assertThat(Files.exists(out)).isFalse();
	}

}
