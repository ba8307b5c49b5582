package vn.tuyengiao.similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.tuyengiao.similarity.LegacyDocxShinglesTest.FontPlace;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.LegacyVietnamese.Encoding;

/**
 * Writes a mixed corpus for timing the {@code similarity} command as a user runs it (off
 * unless {@code -Dsim.corpus=DIR}, with {@code -Dsim.corpus.originals=N}, default 1,200):
 * the second generator's texts, half as .txt (UTF-8, the next-year copies in NFD) and
 * half as .docx in a Unicode font, its TCVN3 and VNI copies as .docx in those fonts (font
 * on the runs), and {@code truth.txt}: every pair of file ids whose clean texts pass the
 * default thresholds (the exact method), one "a b" line each.
 */
class MixedCorpusWriterTest {

	@Test
	@EnabledIfSystemProperty(named = "sim.corpus", matches = ".+")
	void write() throws IOException {
		Path dir = Path.of(System.getProperty("sim.corpus"));
		int originals = Integer.getInteger("sim.corpus.originals", 1200);
		List<SecondCorpus.Doc> docs = SecondCorpus.generate(11, originals, originals * 9 / 10);
		Files.createDirectories(dir.resolve("in"));
		List<String> ids = new ArrayList<>();
		int[][] clean = new int[docs.size()][];
		Fingerprinter fp = new Fingerprinter(SimilarityConfig.DEFAULT, List.of(SecondCorpus.TEMPLATE));
		int docx = 0;
		for (SecondCorpus.Doc d : docs) {
			String id = String.format("%05d", d.id());
			ids.add(id);
			clean[d.id()] = fp.fingerprint(d.clean()).shingles();
			if (d.kind() == SecondCorpus.Kind.TCVN3_DOCX || d.kind() == SecondCorpus.Kind.VNI_DOCX) {
				Encoding e = d.kind() == SecondCorpus.Kind.TCVN3_DOCX ? Encoding.TCVN3 : Encoding.VNI;
				Files.write(dir.resolve("in").resolve(id + ".docx"),
						LegacyDocxShinglesTest.docx(LegacyVietnamese.encode(d.clean(), e),
								e == Encoding.TCVN3 ? ".VnTime" : "VNI-Times", FontPlace.RUN));
				docx++;
			}
			else if (d.id() % 2 == 0) {
				Files.write(dir.resolve("in").resolve(id + ".docx"),
						LegacyDocxShinglesTest.docx(d.read(), "Times New Roman", FontPlace.RUN));
				docx++;
			}
			else {
				String text = d.kind() == SecondCorpus.Kind.NEXT_YEAR
						? Normalizer.normalize(d.clean(), Normalizer.Form.NFD) : d.read();
				Files.writeString(dir.resolve("in").resolve(id + ".txt"), text, StandardCharsets.UTF_8);
			}
		}
		StringBuilder truth = new StringBuilder();
		List<ExactAllPairs.Pair> pairs = ExactAllPairs.find(clean, SimilarityConfig.DEFAULT);
		for (ExactAllPairs.Pair p : pairs) {
			truth.append(ids.get(p.a())).append(' ').append(ids.get(p.b())).append('\n');
		}
		Files.writeString(dir.resolve("truth.txt"), truth);
		Files.writeString(dir.resolve("template.txt"), SecondCorpus.TEMPLATE);
		System.out.printf("CORPUS %s: %d files (%d .docx), %d true pairs%n", dir, docs.size(), docx, pairs.size());
	}

}
