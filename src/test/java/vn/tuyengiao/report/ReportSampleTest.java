package vn.tuyengiao.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Not part of the regular suite: writes seed 002's report as DOCX, PDF and HTML into the
 * folder named by {@code -Dtuyengiao.report.sample=/tmp/report-sample}, converts the DOCX
 * with LibreOffice when it is installed (the proof that another word processor opens the
 * file), and prints warm render times.
 * <pre>./mvnw -o surefire:test -Dtest=ReportSampleTest -Dtuyengiao.report.sample=/tmp/report-sample</pre>
 */
@EnabledIfSystemProperty(named = "tuyengiao.report.sample", matches = ".+")
class ReportSampleTest {

	private final LayoutProfile profile = LayoutProfile.defaultProfile();

	private final Path dir = Path.of(System.getProperty("tuyengiao.report.sample"));

	@Test
	void writesSamplesAndTimesRendering() throws IOException {
		Files.createDirectories(dir);
		PartyDocument seed = SeedReports.report002();
		PartyDocument province = SeedReports.provinceSized();
		DocxRenderer docx = new DocxRenderer(profile);
		PdfRenderer pdf = new PdfRenderer(profile);
		HtmlRenderer html = new HtmlRenderer(profile);
		Files.write(dir.resolve("bao-cao-002.docx"), docx.render(seed));
		Files.write(dir.resolve("bao-cao-002.pdf"), pdf.render(seed));
		Files.writeString(dir.resolve("bao-cao-002.html"), html.standalone(seed));
		Files.writeString(dir.resolve("preview-002.html"),
				"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/></head>"
						+ "<body style=\"background:#ddd;padding:20px\">" + html.fragment(seed) + "</body></html>");
		Files.write(dir.resolve("bao-cao-tinh.docx"), docx.render(province));
		Files.write(dir.resolve("bao-cao-tinh.pdf"), pdf.render(province));

		System.out.println("seed 002 DOCX warm median ms: " + median(docx::render, seed));
		System.out.println("seed 002 PDF  warm median ms: " + median(pdf::render, seed));
		System.out.println("province DOCX warm median ms: " + median(docx::render, province));
		System.out.println("province PDF  warm median ms: " + median(pdf::render, province));
	}

	@Test
	void libreOfficeOpensTheDocx() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		assumeThat(Files.isExecutable(soffice)).as("LibreOffice not installed").isTrue();
		Files.createDirectories(dir);
		Path in = dir.resolve("lo-check.docx");
		Files.write(in, new DocxRenderer(profile).render(SeedReports.report002()));
		Path out = dir.resolve("lo");
		Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore", "--convert-to", "pdf",
				"--outdir", out.toString(), in.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		System.out.println(log);
		assertThat(out.resolve("lo-check.pdf")).exists().isNotEmptyFile();
	}

	private static long median(Function<PartyDocument, byte[]> render, PartyDocument doc) {
		for (int i = 0; i < 3; i++) {
			render.apply(doc);
		}
		long[] ms = new long[10];
		for (int i = 0; i < ms.length; i++) {
			long t0 = System.nanoTime();
			render.apply(doc);
			ms[i] = (System.nanoTime() - t0) / 1_000_000;
		}
		Arrays.sort(ms);
		return (ms[4] + ms[5]) / 2;
	}

}
