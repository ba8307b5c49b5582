package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.generator.CommitmentGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures mean the same thing whatever the thresholds: a pair found with lower thresholds
 * whose exact figures pass the defaults is found with the defaults too (index lookups and
 * the batch all-pairs paths), and a pair at exactly a threshold passes it.
 */
class ThresholdConsistencyTest {

	static final SimilarityConfig LOW = SimilarityConfig.DEFAULT.withThresholds(0.3, 0.4);

	/**
	 * Generated commitments plus texts that carry 55–80% of the sentences of a shorter
	 * one among sentences of two others (containment near 0.6 at a low Jaccard).
	 */
	static String[] corpus(long seed, int generated, int planted) {
		return corpus(seed, generated, planted, new int[planted]);
	}

	/**
	 * As {@link #corpus(long, int, int)}; {@code sources[p]} is planted text p's source.
	 */
	static String[] corpus(long seed, int generated, int planted, int[] sources) {
		CommitmentGenerator g = new CommitmentGenerator(seed, 0.4);
		String[] texts = new String[generated + planted];
		for (int i = 0; i < generated; i++) {
			texts[i] = g.next().cleanText();
		}
		SplittableRandom r = new SplittableRandom(seed);
		for (int p = 0; p < planted; p++) {
			sources[p] = r.nextInt(generated);
			String[] source = sentences(texts[sources[p]]);
			double share = 0.55 + 0.25 * r.nextDouble();
			List<String> out = new ArrayList<>();
			for (String s : source) {
				if (r.nextDouble() < share) {
					out.add(s);
				}
			}
			for (int k = 0; k < 2; k++) {
				for (String s : sentences(texts[r.nextInt(generated)])) {
					out.add(r.nextInt(out.size() + 1), s);
				}
			}
			texts[generated + p] = String.join(" ", out);
		}
		return texts;
	}

	private static String[] sentences(String text) {
		return text.split("(?<=[.;:!?])\\s+|\\n+");
	}

	static Fingerprint[] fingerprints(String[] texts) {
		Fingerprinter fp = new Fingerprinter(SimilarityConfig.DEFAULT, List.of(CommitmentGenerator.TEMPLATE));
		return Arrays.stream(texts).parallel().map(fp::fingerprint).toArray(Fingerprint[]::new);
	}

	@Test
	void aPairFoundWithLowerThresholdsThatPassesTheDefaultsIsFoundWithTheDefaults() {
		Fingerprint[] fps = fingerprints(corpus(21, 1500, 300));
		int n = fps.length;
		long[] ids = new long[n];
		IndexEntry[] entries = new IndexEntry[n];
		for (int i = 0; i < n; i++) {
			ids[i] = i;
			entries[i] = fps[i].entry();
		}
		SimilarityIndex low = new SimilarityIndex(LOW, n);
		SimilarityIndex defaults = new SimilarityIndex(SimilarityConfig.DEFAULT, n);
		low.addAll(ids, entries);
		defaults.addAll(ids, entries);
		ShingleStore store = id -> fps[(int) id].shingles();
		List<String> lost = new ArrayList<>();
		int checked = 0;
		int containmentOnly = 0;
		for (int i = 0; i < n; i++) {
			Set<Long> found = new HashSet<>();
			for (Match m : defaults.query(fps[i], store, i)) {
				found.add(m.id());
			}
			for (Match m : low.query(fps[i], store, i)) {
				if (SimilarityConfig.DEFAULT.accepts(m.overlap())) {
					checked++;
					containmentOnly += m.jaccard() < 0.5 ? 1 : 0;
					if (!found.contains(m.id())) {
						lost.add(i + " → " + m.id() + " " + m.overlap());
					}
				}
			}
		}
		assertThat(lost).as("pairs lost at the defaults of %d", checked).isEmpty();
		assertThat(containmentOnly).isGreaterThan(100);
		// batch: the index's all-pairs and the method chosen for the batch
		List<ExactAllPairs.Pair> lshLow = LshAllPairs.find(fps, LOW, null);
		Set<ExactAllPairs.Pair> lshDefaults = new HashSet<>(LshAllPairs.find(fps, SimilarityConfig.DEFAULT, null));
		Set<ExactAllPairs.Pair> chosen = new HashSet<>(AllPairs.find(fps, SimilarityConfig.DEFAULT, null).pairs());
		for (ExactAllPairs.Pair p : lshLow) {
			if (SimilarityConfig.DEFAULT.accepts(p.overlap())) {
				assertThat(lshDefaults).as("LSH all-pairs").contains(p);
				assertThat(chosen).as("chosen all-pairs").contains(p);
			}
		}
	}

	@Test
	void aPairAtExactlyAThresholdPassesIt() {
		SimilarityConfig d = SimilarityConfig.DEFAULT;
		// containment 0.6 exactly: 3 of 5, 6 of 10, 600 of 1,000, 1,809 of 3,015
		assertThat(d.accepts(new Overlap(5, 50, 3))).isTrue();
		assertThat(d.accepts(new Overlap(100, 10, 6))).isTrue();
		assertThat(d.accepts(new Overlap(1000, 4000, 600))).isTrue();
		assertThat(d.accepts(new Overlap(3015, 9000, 1809))).isTrue();
		assertThat(d.accepts(new Overlap(1000, 4000, 599))).isFalse();
		// Jaccard 0.5 exactly: 4 of 8, 400 of 800 (containment out of reach)
		SimilarityConfig j = d.withThresholds(0.5, 0.9);
		assertThat(j.accepts(new Overlap(6, 6, 4))).isTrue();
		assertThat(j.accepts(new Overlap(600, 600, 400))).isTrue();
		assertThat(j.accepts(new Overlap(600, 601, 400))).isFalse();
		// thresholds as the command reads them ("0,65" → 0.65): 13 of 20
		SimilarityConfig c = d.withThresholds(Double.parseDouble("0.7"), Double.parseDouble("0.65"));
		assertThat(c.accepts(new Overlap(20, 100, 13))).isTrue();
		assertThat(c.accepts(new Overlap(20000, 100000, 12999))).isFalse();
		assertThat(c.accepts(new Overlap(7, 30, 3))).isFalse();
		assertThat(d.accepts(new Overlap(0, 0, 0))).isFalse();
		// every exact ratio k/n at or above 0.6, for every n up to 2,000
		for (int n = 1; n <= 2000; n++) {
			int k = (3 * n + 4) / 5;
			assertThat(d.accepts(new Overlap(n, 5 * n, k))).as("%d/%d", k, n).isTrue();
			assertThat(d.accepts(new Overlap(n, 5 * n, k - 1))).as("%d/%d", k - 1, n).isFalse();
		}
	}

	/**
	 * A small batch is compared exactly: the same pairs as comparing every pair,
	 * including the planted partial copies at containment 0.6–0.75.
	 */
	@Test
	void aSmallBatchIsExact() {
		Fingerprint[] fps = fingerprints(corpus(5, 300, 120));
		int n = fps.length;
		List<ExactAllPairs.Pair> expected = new ArrayList<>();
		int partial = 0;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				Overlap o = Overlap.of(fps[a].shingles(), fps[b].shingles());
				if (fps[a].size() > 0 && fps[b].size() > 0 && SimilarityConfig.DEFAULT.accepts(o)) {
					expected.add(new ExactAllPairs.Pair(a, b, o));
					partial += o.jaccard() < 0.5 && o.maxContainment() < 0.75 ? 1 : 0;
				}
			}
		}
		AllPairs.Result r = AllPairs.find(fps, SimilarityConfig.DEFAULT, null);
		assertThat(r.method()).isEqualTo(AllPairs.Method.EXACT);
		assertThat(r.pairs()).isEqualTo(expected);
		assertThat(partial).isGreaterThan(20);
		assertThat(AllPairs.choose(AllPairs.EXACT_BELOW - 1, AllPairs.EXACT_BELOW)).isEqualTo(AllPairs.Method.EXACT);
		assertThat(AllPairs.choose(AllPairs.EXACT_BELOW, AllPairs.EXACT_BELOW)).isEqualTo(AllPairs.Method.LSH);
		assertThat(AllPairs.find(fps, SimilarityConfig.DEFAULT, 0, null).method()).isEqualTo(AllPairs.Method.LSH);
	}

}
