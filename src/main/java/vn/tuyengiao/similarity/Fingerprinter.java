package vn.tuyengiao.similarity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

import vn.tuyengiao.similarity.Syllables.Tokens;
import vn.tuyengiao.similarity.internal.Varints;

/**
 * Turns texts into {@link Fingerprint}s for one campaign: 3-syllable shingles hashed to 32 bits, minus the shingles
 * of the campaign's template texts (the official outline everyone is told to follow, which is not copying), a
 * SuperMinHash signature (hash4j) cut into LSH band keys, and the sampled sentence keys. Thread-safe.
 */
public final class Fingerprinter {

	public static final int SHINGLE = 3;

	private static final int COMPONENT_BITS = 16;

	private final SimilarityConfig config;

	private final int[] templateShingles;

	private final int[] templateSentences;

	private final SimilarityHashPolicy policy;

	private final ThreadLocal<SimilarityHasher> hasher;

	public Fingerprinter(SimilarityConfig config) {
		this(config, List.of());
	}

	/** {@code templates}: texts whose shingles and sentences are ignored (the campaign's official outline). */
	public Fingerprinter(SimilarityConfig config, Collection<String> templates) {
		this.config = config;
		this.policy = SimilarityHashing.superMinHash(config.components(), COMPONENT_BITS);
		this.hasher = ThreadLocal.withInitial(this.policy::createHasher);
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
		int[] bandKeys = new int[this.config.bands()];
		int[] sketch = new int[0];
		if (set.length > 0) {
			int components = this.config.components();
			long[] c = minHash(set, s.minHash(components), s.minHashFilled(components));
			int r = this.config.rows();
			for (int b = 0; b < bandKeys.length; b++) {
				long x = b + 1;
				for (int k = 0; k < r; k++) {
					x = x * 0x100000001b3L + c[b * r + k];
				}
				bandKeys[b] = (int) (Syllables.mix(x) >>> 32);
			}
			sketch = new int[IndexEntry.sketchInts(components)];
			for (int k = 0; k < components; k++) {
				sketch[k >>> 3] |= ((int) c[k] & 0xF) << ((k & 7) << 2);
			}
		}
		int[] sentences = sentenceHashes(h, sid, n, this.config.minSentenceSyllables(), true, this.templateSentences, s);
		return new Fingerprint(set, new IndexEntry(set.length, bandKeys, sentences, sketch));
	}

	/**
	 * The SuperMinHash components of the shingle set {@code z}, each as hash4j's {@code getComponent} returns it (the
	 * signature is stored in every {@link IndexEntry}, so it must stay hash4j's bit for bit). hash4j's first pass is
	 * done here without its per-element interface calls and without packing and unpacking the signature: per element,
	 * a SplitMix64 generator seeded with the element hash draws a value and a component (Lemire's bounded draw); a
	 * component keeps its smallest value. When some component stays empty after that pass (small sets), hash4j's
	 * second pass is needed and hash4j computes the whole signature itself. {@code FingerprintGoldenTest} and
	 * {@code MinHashTest} check the equivalence.
	 */
	private long[] minHash(int[] z, long[] values, boolean[] filled) {
		int components = values.length;
		// a component keeps the least value drawn for it (hash4j: the first, then any smaller one)
		Arrays.fill(values, Long.MAX_VALUE);
		Arrays.fill(filled, false);
		long bound = components;
		long threshold = (1L << 32) % bound;
		for (int i = 0; i < z.length; i++) {
			long state = elementHash(z[i]) + GOLDEN_GAMMA;
			long x = splitMix64(state);
			state += GOLDEN_GAMMA;
			long r = (splitMix64(state) & 0xFFFFFFFFL) * bound;
			long low = r & 0xFFFFFFFFL;
			if (low < bound) {
				while (low < threshold) {
					state += GOLDEN_GAMMA;
					r = (splitMix64(state) & 0xFFFFFFFFL) * bound;
					low = r & 0xFFFFFFFFL;
				}
			}
			int j = (int) (r >>> 32);
			values[j] = Math.min(values[j], x);
			filled[j] = true;
		}
		boolean complete = true;
		for (boolean f : filled) {
			complete &= f;
		}
		if (!complete) {
			byte[] signature = this.hasher.get()
				.compute(ElementHashProvider.ofFunction(i -> elementHash(z[i]), z.length));
			for (int k = 0; k < components; k++) {
				values[k] = this.policy.getComponent(signature, k);
			}
			return values;
		}
		for (int k = 0; k < components; k++) {
			values[k] &= COMPONENT_MASK;
		}
		return values;
	}

	/** The MinHash components of a shingle set as {@link #fingerprint} computes them (a copy; for tests). */
	long[] components(int[] set) {
		int n = this.config.components();
		return minHash(set, new long[n], new boolean[n]);
	}

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private static final long COMPONENT_MASK = (1L << COMPONENT_BITS) - 1;

	private static long elementHash(int shingle) {
		return Syllables.mix(shingle * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
	}

	/** hash4j's SplitMix64V1.nextLong output for the state after the increment. */
	private static long splitMix64(long state) {
		long z = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * The sorted distinct shingle hashes of the first {@code n} token hashes minus those in {@code remove} (sorted,
	 * distinct), sorted by radix and filtered in scratch buffers: the only array allocated is the result.
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
	 * Keeps, in place at the front of {@code sorted} (ascending, first {@code n}), each distinct value that is not in
	 * {@code remove} (ascending, distinct); returns how many. The same values as {@code minus} after a de-duplication,
	 * in one pass.
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
			// written before deciding (k ≤ i: nothing still to be read is overwritten), kept by moving k: no branch
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

	/** Hashes of sentences of at least {@code minSyllables}; with {@code sample}, only the config's sample. */
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

	/** {@code sorted} without the values in {@code remove} (both sorted ascending, distinct): one merge pass. */
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
