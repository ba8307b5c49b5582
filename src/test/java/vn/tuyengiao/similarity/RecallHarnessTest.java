package vn.tuyengiao.similarity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.generator.CommitmentGenerator.Commitment;
import vn.tuyengiao.generator.CommitmentGenerator.Edit;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * A short measuring run, not a check (off unless {@code -Dsim.harness=N}): on N generated
 * commitments (seed 1, 30% copies, as the bench), the index's recall per edit kind
 * against the exact method, with the band pre-filter's fixed floor (J ≥ 0.4, the default)
 * and without it (the full containment allowance); candidates and verifications a query;
 * accounted bytes a document; and the wall-clock time of exact and LSH all-pairs (for
 * {@link AllPairs#EXACT_BELOW}).
 */
class RecallHarnessTest {

	@Test
	@EnabledIfSystemProperty(named = "sim.harness", matches = "\\d+")
	void measure() {
		main(new String[] { System.getProperty("sim.harness") });
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[0]);
		planted(n);
		if (args.length > 1) {
			return;
		}
		SimilarityConfig config = SimilarityConfig.DEFAULT;
		Fingerprinter fp = new Fingerprinter(config, List.of(CommitmentGenerator.TEMPLATE));
		CommitmentGenerator g = new CommitmentGenerator(1, 0.3);
		Commitment[] cs = new Commitment[n];
		for (int i = 0; i < n; i++) {
			cs[i] = g.next();
		}
		int[][] clean = new int[n][];
		Fingerprint[] fps = new Fingerprint[n];
		IntStream.range(0, n).parallel().forEach(i -> {
			clean[i] = fp.fingerprint(cs[i].cleanText()).shingles();
			fps[i] = fp.fingerprint(LegacyVietnamese.toUnicode(cs[i].text()));
		});
		long t0 = System.nanoTime();
		List<ExactAllPairs.Pair> truth = ExactAllPairs.find(clean, config);
		double exactS = (System.nanoTime() - t0) / 1e9;
		long[] ids = new long[n];
		IndexEntry[] entries = new IndexEntry[n];
		for (int i = 0; i < n; i++) {
			ids[i] = i;
			entries[i] = fps[i].entry();
		}
		ShingleStore store = id -> fps[(int) id].shingles();
		for (double[] rule : new double[][] { { SimilarityIndex.BAND_JACCARD_FLOOR, 2.0 },
				{ 0, SimilarityIndex.PREFILTER_Z } }) {
			SimilarityIndex index = new SimilarityIndex(config, n, rule[0], rule[1]);
			index.addAll(ids, entries);
			Set<Long> found = new HashSet<>();
			long candidates = 0;
			long verified = 0;
			long t1 = System.nanoTime();
			for (int i = 0; i < n; i++) {
				for (Match m : index.query(fps[i], store, i)) {
					found.add(i < m.id() ? ((long) i << 32) | m.id() : (m.id() << 32) | i);
				}
			}
			double lshS = (System.nanoTime() - t1) / 1e9;
			for (int i = 0; i < n; i += 10) {
				candidates += index.candidates(entries[i]).length;
				verified += index.prefilteredCandidates(entries[i]).length;
			}
			Map<Edit, int[]> perEdit = new EnumMap<>(Edit.class);
			int[] other = new int[2];
			int[] all = new int[2];
			for (ExactAllPairs.Pair p : truth) {
				Commitment b = cs[p.b()];
				int[] c = b.isCopy() && b.sourceId() == cs[p.a()].id()
						? perEdit.computeIfAbsent(b.edit(), e -> new int[2]) : other;
				boolean hit = found.contains(((long) p.a() << 32) | p.b());
				c[0]++;
				c[1] += hit ? 1 : 0;
				all[0]++;
				all[1] += hit ? 1 : 0;
			}
			StringBuilder sb = new StringBuilder();
			sb.append(String.format(Locale.ROOT,
					"n=%d band floor %.1f z %.1f: recall %d/%d = %.4f; candidates %.0f, verified %.1f a query; "
							+ "%.1f B/doc accounted; index all-pairs (1 thread) %.2f s; exact all-pairs %.2f s%n",
					n, rule[0], rule[1], all[1], all[0], (double) all[1] / all[0], candidates / (n / 10.0),
					verified / (n / 10.0), index.memoryBytes() / (double) n, lshS, exactS));
			perEdit.forEach((e, c) -> sb
				.append(String.format(Locale.ROOT, "  %-18s %6d %6d %.4f%n", e, c[0], c[1], (double) c[1] / c[0])));
			sb.append(String.format(Locale.ROOT, "  %-18s %6d %6d %.4f%n", "other", other[0], other[1],
					other[0] == 0 ? 1 : (double) other[1] / other[0]));
			System.out.print(sb);
		}
	}

	/**
	 * {@link ThresholdConsistencyTest#corpus}: n generated texts and n/5 that carry
	 * 55–80% of a shorter one's sentences among two others' (containment pairs at low
	 * Jaccard, length ratio about 1:3): the index's recall on pairs with a planted text.
	 */
	static void planted(int n) {
		int[] sources = new int[n / 5];
		Fingerprint[] fps = ThresholdConsistencyTest
			.fingerprints(ThresholdConsistencyTest.corpus(1, n, n / 5, sources));
		int all = fps.length;
		int[][] sets = new int[all][];
		long[] ids = new long[all];
		IndexEntry[] entries = new IndexEntry[all];
		for (int i = 0; i < all; i++) {
			sets[i] = fps[i].shingles();
			ids[i] = i;
			entries[i] = fps[i].entry();
		}
		List<ExactAllPairs.Pair> truth = ExactAllPairs.find(sets, SimilarityConfig.DEFAULT);
		ShingleStore store = id -> fps[(int) id].shingles();
		for (double[] rule : new double[][] { { SimilarityIndex.BAND_JACCARD_FLOOR, 2.0 },
				{ 0, SimilarityIndex.PREFILTER_Z } }) {
			SimilarityIndex index = new SimilarityIndex(SimilarityConfig.DEFAULT, all, rule[0], rule[1]);
			index.addAll(ids, entries);
			Set<Long> found = new HashSet<>();
			for (int i = 0; i < all; i++) {
				for (Match m : index.query(fps[i], store, i)) {
					found.add(i < m.id() ? ((long) i << 32) | m.id() : (m.id() << 32) | i);
				}
			}
			int[] planted = new int[2];
			int[] rest = new int[2];
			int[] band = new int[2];
			// the planted relation itself (source, planted text), by containment of the
			// source in it
			int[][] bySource = new int[4][2];
			for (ExactAllPairs.Pair p : truth) {
				if (p.b() >= n && sources[p.b() - n] == p.a()) {
					double c = p.overlap().maxContainment();
					int[] s = bySource[c < 0.7 ? 0 : c < 0.8 ? 1 : c < 0.9 ? 2 : 3];
					s[0]++;
					s[1] += found.contains(((long) p.a() << 32) | p.b()) ? 1 : 0;
				}
				int[] c = p.b() >= n ? planted : rest;
				boolean hit = found.contains(((long) p.a() << 32) | p.b());
				c[0]++;
				c[1] += hit ? 1 : 0;
				if (p.b() >= n && p.overlap().maxContainment() < 0.75) {
					band[0]++;
					band[1] += hit ? 1 : 0;
				}
			}
			System.out.printf(Locale.ROOT,
					"planted n=%d+%d band floor %.1f z %.1f: pairs with a planted text %d/%d = %.4f "
							+ "(containment < 0.75: %d/%d = %.4f), other pairs %d/%d = %.4f; %.1f B/doc%n",
					n, n / 5, rule[0], rule[1], planted[1], planted[0], (double) planted[1] / planted[0], band[1],
					band[0], (double) band[1] / band[0], rest[1], rest[0], (double) rest[1] / rest[0],
					index.memoryBytes() / (double) all);
			System.out.printf(Locale.ROOT,
					"  source in its planted text, containment [0.6, 0.7) %d/%d, [0.7, 0.8) %d/%d, [0.8, 0.9) %d/%d, "
							+ "≥ 0.9 %d/%d%n",
					bySource[0][1], bySource[0][0], bySource[1][1], bySource[1][0], bySource[2][1], bySource[2][0],
					bySource[3][1], bySource[3][0]);
		}
	}

}
