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
			sentences = concat(sentences, sentenceHashes(tokens.hashes(), tokens.sentences(), tokens.size(), 1, false));
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
		int[] set = shingleSet(h, n, s);
		if (this.templateShingles.length > 0) {
			set = minus(set, this.templateShingles);
		}
		int[] bandKeys = new int[this.config.bands()];
		int[] sketch = new int[0];
		if (set.length > 0) {
			final int[] z = set;
			byte[] signature = this.hasher.get()
				.compute(ElementHashProvider.ofFunction(i -> Syllables.mix(z[i] * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L),
						z.length));
			int r = this.config.rows();
			for (int b = 0; b < bandKeys.length; b++) {
				long x = b + 1;
				for (int k = 0; k < r; k++) {
					x = x * 0x100000001b3L + this.policy.getComponent(signature, b * r + k);
				}
				bandKeys[b] = (int) (Syllables.mix(x) >>> 32);
			}
			int components = this.config.components();
			sketch = new int[IndexEntry.sketchInts(components)];
			for (int c = 0; c < components; c++) {
				sketch[c >>> 3] |= ((int) this.policy.getComponent(signature, c) & 0xF) << ((c & 7) << 2);
			}
		}
		int[] sentences = sentenceHashes(h, sid, n, this.config.minSentenceSyllables(), true);
		if (this.templateSentences.length > 0) {
			sentences = minus(sentences, this.templateSentences);
		}
		return new Fingerprint(set, new IndexEntry(set.length, bandKeys, sentences, sketch));
	}

	/** The sorted distinct shingle hashes of the first {@code n} token hashes, sorted by radix in scratch buffers. */
	private static int[] shingleSet(long[] h, int n, Syllables.Scratch s) {
		if (n == 0) {
			return new int[0];
		}
		if (n < SHINGLE) {
			long x = h[0] * 0x9E3779B97F4A7C15L + (n > 1 ? Long.rotateLeft(h[1], 21) : 0);
			return new int[] { (int) (Syllables.mix(x) >>> 32) };
		}
		int m = n - SHINGLE + 1;
		s.ensureInts(m);
		int[] a = s.ints;
		for (int i = 0; i < m; i++) {
			a[i] = shingleAt(h, i);
		}
		int[] sorted = Varints.radixSort(a, s.ints2, m, s.counts);
		int k = 0;
		for (int i = 0; i < m; i++) {
			if (k == 0 || sorted[i] != sorted[k - 1]) {
				sorted[k++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, k);
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
	private int[] sentenceHashes(long[] h, int[] sid, int n, int minSyllables, boolean sample) {
		int[] out = new int[8];
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
					}
					out[k++] = (int) m;
				}
			}
			i = j;
		}
		return Varints.sortedDistinct(out, k);
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
