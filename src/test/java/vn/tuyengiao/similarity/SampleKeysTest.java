package vn.tuyengiao.similarity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.generator.CommitmentGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shingle sample keys (issue 16 item 2): both texts of a pair sample the same shingles,
 * stored entries of version 3 are rebuilt with them, a short text pasted into an 8×
 * longer one is found through them whichever of the two is checked, and what they cost a
 * text in the index.
 */
class SampleKeysTest {

	private static final SimilarityConfig SAMPLED = SimilarityConfig.DEFAULT.withShingleSample(4, 16);

	private final CommitmentGenerator generator = new CommitmentGenerator(11, 0);

	@Test
	void aTextAndALongerTextCarryingItSampleTheSameShingles() {
		Fingerprinter fp = new Fingerprinter(SAMPLED, List.of(CommitmentGenerator.TEMPLATE));
		String source = this.generator.next().cleanText();
		StringBuilder longer = new StringBuilder();
		for (int i = 0; i < 7; i++) {
			longer.append(this.generator.next().cleanText()).append('\n');
		}
		Fingerprint a = fp.fingerprint(source);
		Fingerprint b = fp.fingerprint(longer + source);
		// every sampled shingle of the shorter text is sampled in the longer one too
		int[] sb = b.entry().sampleKeys();
		for (int k : a.entry().sampleKeys()) {
			assertThat(Arrays.binarySearch(sb, k)).as("key %d", k).isGreaterThanOrEqualTo(0);
		}
		assertThat(a.entry().sampleKeys()).hasSizeGreaterThan(8);
		assertThat(b.size()).isGreaterThan(6 * a.size());
		// each way round, the index finds the pair
		for (boolean sourceFirst : new boolean[] { true, false }) {
			SimilarityIndex index = new SimilarityIndex(SAMPLED);
			Fingerprint stored = sourceFirst ? a : b;
			Fingerprint query = sourceFirst ? b : a;
			index.add(1, stored.entry());
			List<Match> found = index.query(query, id -> stored.shingles(), -1);
			assertThat(found).as("source stored first: %s", sourceFirst).hasSize(1);
			assertThat(found.get(0).maxContainment()).isEqualTo(1.0);
		}
	}

	@Test
	void entriesOfVersion3AreRebuiltWithSampleKeysAndVersion4KeepsThem() {
		Fingerprinter plain = new Fingerprinter(SimilarityConfig.DEFAULT.withShingleSample(0, 0));
		Fingerprinter sampled = new Fingerprinter(SAMPLED);
		String text = this.generator.next().cleanText();
		Fingerprint f = sampled.fingerprint(text);
		IndexEntry round = IndexEntry.fromBytes(f.entry().toBytes(SAMPLED), SAMPLED);
		assertThat(round.sampleKeys()).containsExactly(f.entry().sampleKeys());
		assertThat(round.outdated()).isFalse();
		assertThat(f.entry().toBytes(SAMPLED)[0]).isEqualTo((byte) 4);
		// without a sample, an entry writes no sample keys and reads back as before
		IndexEntry unsampled = plain.fingerprint(text).entry();
		assertThat(unsampled.sampleKeys()).isEmpty();
		SimilarityConfig off = SimilarityConfig.DEFAULT.withShingleSample(0, 0);
		assertThat(IndexEntry.fromBytes(unsampled.toBytes(off), off).outdated()).isFalse();
		// a version-3 row (no sample keys) read with a sampling config: rebuilt from the
		// set
		byte[] v3 = version3(unsampled);
		assertThat(IndexEntry.fromBytes(v3, off).outdated()).isFalse();
		IndexEntry old = IndexEntry.fromBytes(v3, SAMPLED);
		assertThat(old.outdated()).isTrue();
		IndexEntry rebuilt = old.rebuilt(SAMPLED, f.shingles());
		assertThat(rebuilt.sampleKeys()).containsExactly(f.entry().sampleKeys());
		assertThat(rebuilt.sentenceKeys()).containsExactly(unsampled.sentenceKeys());
	}

	/** Written without a sample: version 3, as earlier releases. */
	private static byte[] version3(IndexEntry e) {
		byte[] v3 = e.toBytes(SimilarityConfig.DEFAULT.withShingleSample(0, 0));
		assertThat(v3[0]).isEqualTo((byte) 3);
		return v3;
	}

	@Test
	void theHitCutOffKeepsAPassingPairWithProbabilityAtLeast999In1000() {
		// a short stored text (300 shingles, 16 posted keys: rate 16/300) carried at 0.6
		// by a long query: λ = 180 × 16/300 = 9.6, taken at the quarter below (9.5)
		int cut = SampleHits.cutOff(SAMPLED, 3000, 300);
		assertThat(cut).isEqualTo(2);
		double lambda = 9.5;
		double p0 = Math.exp(-lambda);
		double p1 = p0 * lambda;
		double p2 = p1 * lambda / 2;
		// dropped below 2 hits with probability ≤ 1/1000; a cut-off of 3 would exceed it
		assertThat(p0 + p1).isLessThanOrEqualTo(SampleHits.MISS);
		assertThat(p0 + p1 + p2).isGreaterThan(SampleHits.MISS);
		// a short query against a long stored text: few posted keys in common, one is
		// enough
		assertThat(SampleHits.cutOff(SAMPLED, 300, 3000)).isEqualTo(1);
	}

	/**
	 * Bytes a text in an index of 300,000 entries (3,000 generated texts' entries, each
	 * added under 100 ids, so every posting map is in its compact form), with and without
	 * the sample: the sample's postings cost 6 bytes each.
	 */
	@Test
	void memoryPerText() {
		int texts = 3000;
		int copies = 100;
		long[] bytes = new long[2];
		double[] posted = new double[2];
		SimilarityConfig[] configs = { SimilarityConfig.DEFAULT.withShingleSample(0, 0), SAMPLED };
		for (int c = 0; c < 2; c++) {
			Fingerprinter fp = new Fingerprinter(configs[c], List.of(CommitmentGenerator.TEMPLATE));
			CommitmentGenerator g = new CommitmentGenerator(13, 0.3);
			IndexEntry[] one = new IndexEntry[texts];
			for (int i = 0; i < texts; i++) {
				one[i] = fp.fingerprint(g.next().cleanText()).entry();
				posted[c] += Math.min(one[i].sampleKeys().length, configs[c].maxSampleKeys());
			}
			long[] ids = new long[texts * copies];
			IndexEntry[] entries = new IndexEntry[texts * copies];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = i;
				entries[i] = one[i % texts];
			}
			SimilarityIndex index = new SimilarityIndex(configs[c], ids.length);
			index.addAll(ids, entries);
			bytes[c] = index.memoryBytes();
		}
		double without = bytes[0] / (double) (texts * copies);
		double with = bytes[1] / (double) (texts * copies);
		double keys = posted[1] / texts;
		System.out.printf(Locale.ROOT,
				"MEMORY at 300,000: %.1f B a text without the sample, %.1f B with it (%.1f posted sample keys a text, "
						+ "%.2f B each)%n",
				without, with, keys, (with - without) / keys);
		assertThat(without).isLessThan(300);
		assertThat((with - without) / keys).isBetween(5.5, 7.0);
	}

}
