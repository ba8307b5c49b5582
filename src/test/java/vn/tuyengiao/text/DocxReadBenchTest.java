package vn.tuyengiao.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.tuyengiao.generator.CommitmentGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's figure: CPU time to read one small .docx (a generated commitment saved by
 * POI, about 5 KB) through {@link DocumentText#read}, on one thread after a warm-up, with
 * building POI's whole document (what the reader did before) for comparison. Runs only
 * when asked: {@code -Dbench.docx=N} (N files); figures in docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "bench.docx", matches = "\\d+")
class DocxReadBenchTest {

	@Test
	void cpuPerSmallDocx() throws Exception {
		int n = Integer.getInteger("bench.docx");
		CommitmentGenerator gen = new CommitmentGenerator(7, 0.0);
		List<byte[]> files = new ArrayList<>(n);
		long bytes = 0;
		for (int i = 0; i < n; i++) {
			String text = gen.next().text();
			String font = i % 3 == 0 ? ".VnTime" : i % 3 == 1 ? "VNI-Times" : "Times New Roman";
			LegacyVietnamese.Encoding enc = LegacyVietnamese.fromFontName(font);
			try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				for (String line : text.split("\n")) {
					XWPFParagraph p = doc.createParagraph();
					XWPFRun run = p.createRun();
					run.setFontFamily(font);
					run.setText(LegacyVietnamese.encode(line, enc));
				}
				doc.write(out);
				files.add(out.toByteArray());
				bytes += out.size();
			}
		}
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		long chars = 0;
		for (int round = 0; round < 3; round++) {
			long t0 = mx.getCurrentThreadCpuTime();
			long w0 = System.nanoTime();
			for (byte[] f : files) {
				chars += DocumentText.read("cam-ket.docx", f).text().length();
			}
			long cpu = mx.getCurrentThreadCpuTime() - t0;
			long wall = System.nanoTime() - w0;
			long t1 = mx.getCurrentThreadCpuTime();
			for (byte[] f : files) {
				try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(f));
						XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
					chars += x.getText().length();
				}
			}
			long poi = mx.getCurrentThreadCpuTime() - t1;
			System.out.printf(Locale.ROOT,
					"DOCX-BENCH round %d: %d files, mean %.1f KB: DocumentText.read %.3f ms CPU a file (wall %.3f), POI XWPFDocument + extractor %.3f ms CPU a file%n",
					round, n, bytes / 1024.0 / n, cpu / 1e6 / n, wall / 1e6 / n, poi / 1e6 / n);
		}
		assertThat(chars).isPositive();
	}

}
