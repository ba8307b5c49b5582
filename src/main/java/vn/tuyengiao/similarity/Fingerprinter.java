package vn.tuyengiao.similarity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import vn.tuyengiao.similarity.Syllables.Tokens;
import vn.tuyengiao.similarity.internal.Varints;

/**
 * Turns texts into {@link Fingerprint}s for one campaign: 3-syllable shingles hashed to
 * 32 bits, minus the shingles of the campaign's template texts (the official outline
 * everyone is told to follow, which is not copying), a one-permutation MinHash of the set
 * ({@link Sketch}: its bins cut into LSH band keys, 2 bits of each kept as the pre-filter
 * sketch), and the sampled sentence keys. Thread-safe.
 */
public final class Fingerprinter {

	public static final int SHINGLE = 3;

	private final SimilarityConfig config;

	private final int[] templateShingles;

	private final int[] templateSentences;

	public Fingerprinter(SimilarityConfig config) {
		this(config, List.of());
	}

	/**
	 * {@code templates}: texts whose shingles and sentences are ignored (the campaign's
	 * official outline).
	 */
	public Fingerprinter(SimilarityConfig config, Collection<String> templates) {
		this.config = config;
		int[] shingles = new int[0];
		int[] sentences = new int[0];
		for (String t : templates) {
			Tokens tokens = Syllables.tokenize(t);
			shingles = concat(shingles, shingles(tokens));
			sentences = concat(sentences, sentenceHashes(tokens.hashes(), tokens.sentences(), tokens.size(), 1, false,
					new int[0], Syllables.scratch()));
		}
		this.templateShingles = Varints.sortedDistinct(shingles, shingles.length);
		this.templateSentences = Varints.sortedDistinct(sentences, sentences.length);
	}

	public SimilarityConfig config() {
		return this.config;
	}

	public Fingerprint fingerprint(String text) {
		Syllables.Scratch s = Syllables.scratch();
		int count = Syllables.scan(text, s);
		return fingerprint(s.hashes, s.sentences, count, s);
	}

	public Fingerprint fingerprint(Tokens tokens) {
		return fingerprint(tokens.hashes(), tokens.sentences(), tokens.size(), Syllables.scratch());
	}

	private Fingerprint fingerprint(long[] h, int[] sid, int n, Syllables.Scratch s) {
		int[] set = shingleSet(h, n, s, this.templateShingles);
		int[] sentences = sentenceHashes(h, sid, n, this.config.minSentenceSyllables(), true, this.templateSentences,
				s);
		return new Fingerprint(set, entry(set, sentences));
	}

	/**
	 * The index entry of a shingle set (template shingles already removed) with its
	 * sampled sentence keys: band keys and sketch come from the set alone, so an entry
	 * stored in an older format is rebuilt from the stored set.
	 */
	public IndexEntry entry(int[] set, int[] sentenceKeys) {
		return entry(this.config, set, sentenceKeys);
	}

	/** As {@link #entry(int[], int[])} with the banding of {@code config}. */
	public static IndexEntry entry(SimilarityConfig config, int[] set, int[] sentenceKeys) {
		int[] bandKeys = new int[config.bands()];
		long[] sketch = new long[Sketch.LONGS];
		if (set.length > 0) {
			Sketch.compute(set, config.bands(), config.rows(), sketch, bandKeys);
		}
		return new IndexEntry(set.length, bandKeys, sentenceKeys, sketch, sampleKeys(config, set));
	}

	/**
	 * Sample keys of a shingle set (template shingles already removed): the second hash
	 * of each shingle whose second hash is below 2^(32 −
	 * {@link SimilarityConfig#shingleSampleBits}), ascending (as unsigned ints). Both
	 * texts of a pair sample by the same hash. The index posts a stored text's first
	 * {@link SimilarityConfig#maxSampleKeys} (its lowest) and looks up all of a query's:
	 * so when the query carries a fraction c of a shorter stored text's s shingles, every
	 * posted key of the stored text that is among the shared shingles is found (c of them
	 * on average); when the query is the shorter one, the shared shingles below the
	 * stored text's cut-off, c·s·min(2^−bits, maxKeys/n) on average for a stored text of
	 * n shingles. Taken from the set alone, so an entry stored before (version 3) is
	 * rebuilt from its stored set.
	 */
	static int[] sampleKeys(SimilarityConfig config, int[] set) {
		int bits = config.shingleSampleBits();
		if (bits == 0 || config.maxSampleKeys() == 0) {
			return new int[0];
		}
		int[] picked = new int[Math.min(set.length, 64)];
		int n = 0;
		for (int s : set) {
			int h = (int) (Syllables.mix(s * 0x9E3779B97F4A7C15L + 0x5851F42D4C957F2DL) >>> 32);
			if ((h >>> (32 - bits)) == 0) {
				if (n == picked.length) {
					picked = Arrays.copyOf(picked, n * 2);
				}
				// below 2^31: signed order is the unsigned order
				picked[n++] = h;
			}
		}
		Arrays.sort(picked, 0, n);
		return Arrays.copyOf(picked, n);
	}

	/**
	 * The sorted distinct shingle hashes of the first {@code n} token hashes minus those
	 * in {@code remove} (sorted, distinct), sorted by radix and filtered in scratch
	 * buffers: the only array allocated is the result.
	 */
	private static int[] shingleSet(long[] h, int n, Syllables.Scratch s, int[] remove) {
		if (n == 0) {
			return new int[0];
		}
		if (n < SHINGLE) {
			long x = h[0] * 0x9E3779B97F4A7C15L + (n > 1 ? Long.rotateLeft(h[1], 21) : 0);
			return minus(new int[] { (int) (Syllables.mix(x) >>> 32) }, remove);
		}
		int m = n - SHINGLE + 1;
		s.ensureInts(m);
		int[] a = s.ints;
		for (int i = 0; i < m; i++) {
			a[i] = shingleAt(h, i);
		}
		int[] sorted = Varints.radixSort(a, s.ints2, m, s.counts);
		return Arrays.copyOf(sorted, distinctMinus(sorted, m, remove));
	}

	/**
	 * Keeps, in place at the front of {@code sorted} (ascending, first {@code n}), each
	 * distinct value that is not in {@code remove} (ascending, distinct); returns how
	 * many. The same values as {@code minus} after a de-duplication, in one pass.
	 */
	private static int distinctMinus(int[] sorted, int n, int[] remove) {
		int k = 0;
		int j = 0;
		int r = remove.length;
		int previous = 0;
		for (int i = 0; i < n; i++) {
			int v = sorted[i];
			while (j < r && remove[j] < v) {
				j++;
			}
			boolean drop = (i > 0 && v == previous) || (j < r && remove[j] == v);
			// written before deciding (k ≤ i: nothing still to be read is overwritten),
			// kept by moving k: no branch
			sorted[k] = v;
			k += drop ? 0 : 1;
			previous = v;
		}
		return k;
	}

	/** Shingle hashes of consecutive syllable triples, in text order (with repeats). */
	public static int[] shingles(Tokens tokens) {
		long[] h = tokens.hashes();
		int n = h.length;
		if (n == 0) {
			return new int[0];
		}
		if (n < SHINGLE) {
			long x = h[0] * 0x9E3779B97F4A7C15L + (n > 1 ? Long.rotateLeft(h[1], 21) : 0);
			return new int[] { (int) (Syllables.mix(x) >>> 32) };
		}
		int[] out = new int[n - SHINGLE + 1];
		for (int i = 0; i < out.length; i++) {
			out[i] = shingleAt(h, i);
		}
		return out;
	}

	static int shingleAt(long[] h, int i) {
		long x = h[i] * 0x9E3779B97F4A7C15L + Long.rotateLeft(h[i + 1], 21) * 0xC2B2AE3D27D4EB4FL
				+ Long.rotateLeft(h[i + 2], 42);
		return (int) (Syllables.mix(x) >>> 32);
	}

	/**
	 * Hashes of sentences of at least {@code minSyllables}; with {@code sample}, only the
	 * config's sample.
	 */
	private int[] sentenceHashes(long[] h, int[] sid, int n, int minSyllables, boolean sample, int[] remove,
			Syllables.Scratch s) {
		int[] out = s.keys;
		int k = 0;
		int i = 0;
		int bits = this.config == null ? 0 : this.config.sentenceSampleBits();
		while (i < n) {
			int j = i;
			long acc = 0x84222325CBF29CE4L;
			while (j < n && sid[j] == sid[i]) {
				acc = (acc ^ h[j]) * 0x100000001b3L;
				j++;
			}
			if (j - i >= minSyllables) {
				long m = Syllables.mix(acc);
				if (!sample || bits == 0 || (m >>> (64 - bits)) == 0) {
					if (k == out.length) {
						out = Arrays.copyOf(out, k * 2);
						s.keys = out;
					}
					out[k++] = (int) m;
				}
			}
			i = j;
		}
		Arrays.sort(out, 0, k);
		return Arrays.copyOf(out, distinctMinus(out, k, remove));
	}

	/**
	 * {@code sorted} without the values in {@code remove} (both sorted ascending,
	 * distinct): one merge pass.
	 */
	private static int[] minus(int[] sorted, int[] remove) {
		int[] out = null;
		int k = 0;
		int j = 0;
		for (int i = 0; i < sorted.length; i++) {
			int v = sorted[i];
			while (j < remove.length && remove[j] < v) {
				j++;
			}
			if (j < remove.length && remove[j] == v) {
				if (out == null) {
					out = Arrays.copyOf(sorted, sorted.length);
					k = i;
				}
				continue;
			}
			if (out != null) {
				out[k++] = v;
			}
		}
		return out == null ? sorted : Arrays.copyOf(out, k);
	}

	private static int[] concat(int[] a, int[] b) {
		int[] c = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}

}
