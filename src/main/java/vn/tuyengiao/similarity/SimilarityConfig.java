package vn.tuyengiao.similarity;

/**
 * Parameters of copy detection. A pair is reported when its Jaccard similarity is at
 * least {@code jaccard} or one text's containment in the other is at least
 * {@code containment} (on 3-syllable shingle sets).
 * <p>
 * Candidates come from two indexes. MinHash LSH: {@code bands} bands of {@code rows}
 * {@link Sketch} bins, so a pair with Jaccard J becomes a candidate with probability 1 −
 * (1 − J^rows)^bands ({@link #candidateProbability}). Sampled sentences: every sentence
 * of at least {@code minSentenceSyllables} syllables whose hash falls in a 1/2^{@code
 * sentenceSampleBits} sample is indexed, so a text that copies whole sentences of a
 * longer one (containment at low Jaccard) shares some of them; sentences found in more
 * than {@code maxSentencePostings} texts are boilerplate and not followed. Shingle sample
 * keys ({@code shingleSampleBits}, {@code maxSampleKeys}; {@link #withShingleSample}):
 * 1/16 of a text's shingles are keys and a stored text posts its 4 lowest, so a text that
 * carries most of a much shorter one is a candidate whatever the length ratio (see
 * {@link Fingerprinter#sampleKeys} and docs/benchmarks.md, "Issue 16: the band floor
 * back, sample keys on").
 */
public record SimilarityConfig(double jaccard, double containment, int bands, int rows, int sentenceSampleBits,
		int minSentenceSyllables, int maxSentencePostings, int shingleSampleBits, int maxSampleKeys) {

	/** See docs/benchmarks.md ("Copy detection") for the S-curve behind 28 × 3. */
	public static final SimilarityConfig DEFAULT = withSampleProperty(
			new SimilarityConfig(0.5, 0.6, 28, 3, 2, 6, 200, 4, 4));

	/**
	 * For measurements:
	 * {@code -Dtuyengiao.similarity.shingle-sample=bits,maxKeys[,sentenceBits]} replaces
	 * the default shingle sample (stored entries made with another sample are refused or
	 * rebuilt, see {@link IndexEntry#fromBytes}).
	 */
	static final String SAMPLE_PROPERTY = "tuyengiao.similarity.shingle-sample";

	private static SimilarityConfig withSampleProperty(SimilarityConfig config) {
		String value = System.getProperty(SAMPLE_PROPERTY);
		if (value == null || value.isBlank()) {
			return config;
		}
		String[] parts = value.split(",");
		SimilarityConfig c = config.withShingleSample(Integer.parseInt(parts[0].trim()),
				Integer.parseInt(parts[1].trim()));
		if (parts.length > 2) {
			// a third figure: the sentence sample's bits (30: practically no sentence
			// keys)
			c = new SimilarityConfig(c.jaccard, c.containment, c.bands, c.rows, Integer.parseInt(parts[2].trim()),
					c.minSentenceSyllables, c.maxSentencePostings, c.shingleSampleBits, c.maxSampleKeys);
		}
		return c;
	}

	/**
	 * {@code shingleSampleBits}: besides sentences, every shingle whose second hash falls
	 * in a 1/2^bits sample is a key too (0: none), at most {@code maxSampleKeys} of them
	 * a text (those of lowest hash, so query and stored text still sample the same
	 * shingles below the lower of their two cut-offs). See
	 * {@link Fingerprinter#sampleKeys}.
	 */
	public SimilarityConfig withShingleSample(int bits, int maxKeys) {
		return new SimilarityConfig(this.jaccard, this.containment, this.bands, this.rows, this.sentenceSampleBits,
				this.minSentenceSyllables, this.maxSentencePostings, bits, maxKeys);
	}

	public SimilarityConfig {
		if (bands < 1 || rows < 1 || bands * rows > Sketch.BINS) {
			throw new IllegalArgumentException("bands × rows out of range: " + bands + " × " + rows);
		}
		if (jaccard <= 0 || jaccard > 1 || containment <= 0 || containment > 1) {
			throw new IllegalArgumentException("thresholds must be in (0, 1]");
		}
		if (shingleSampleBits < 0 || shingleSampleBits > 8 || maxSampleKeys < 0 || maxSampleKeys > 255) {
			throw new IllegalArgumentException(
					"shingle sample out of range: " + shingleSampleBits + ", " + maxSampleKeys);
		}
	}

	public SimilarityConfig withThresholds(double jaccard, double containment) {
		return new SimilarityConfig(jaccard, containment, this.bands, this.rows, this.sentenceSampleBits,
				this.minSentenceSyllables, this.maxSentencePostings, this.shingleSampleBits, this.maxSampleKeys);
	}

	public SimilarityConfig withBanding(int bands, int rows) {
		return new SimilarityConfig(this.jaccard, this.containment, bands, rows, this.sentenceSampleBits,
				this.minSentenceSyllables, this.maxSentencePostings, this.shingleSampleBits, this.maxSampleKeys);
	}

	/** P(a pair with Jaccard {@code j} shares at least one band) = 1 − (1 − j^r)^b. */
	public double candidateProbability(double j) {
		return 1 - Math.pow(1 - Math.pow(j, this.rows), this.bands);
	}

	/**
	 * Whether exact figures make a pair a finding: |A ∩ B| / |A ∪ B| ≥ jaccard or |A ∩ B|
	 * / min(|A|, |B|) ≥ containment, compared in integers ({@link #atLeast}), so a pair
	 * at exactly the threshold (3 of 5 shingles at 0.6, 600 of 1,000) is always a finding
	 * whatever the rounding of the double.
	 */
	public boolean accepts(Overlap o) {
		int shared = o.shared();
		int union = o.sizeA() + o.sizeB() - shared;
		int smaller = Math.min(o.sizeA(), o.sizeB());
		return atLeast(shared, union, this.jaccard) || atLeast(shared, smaller, this.containment);
	}

	/** Thresholds are compared as multiples of 1/{@value #THRESHOLD_SCALE}. */
	static final long THRESHOLD_SCALE = 1_000_000;

	/**
	 * {@code part / whole ≥ threshold} exactly, with the threshold taken as the nearest
	 * multiple of 10⁻⁶ (thresholds are given with a few decimals: 0,5, 0,6, 0,65):
	 * {@code part · 10⁶ ≥ round(threshold · 10⁶) · whole} in longs. False when
	 * {@code whole} is 0.
	 */
	static boolean atLeast(long part, long whole, double threshold) {
		if (whole <= 0) {
			return false;
		}
		return part * THRESHOLD_SCALE >= Math.round(threshold * THRESHOLD_SCALE) * whole;
	}

	/**
	 * A compact tag of the parameters that shape the serialised index data, to refuse
	 * data made with others.
	 */
	int indexFormatTag() {
		return (this.shingleSampleBits * 256 + this.maxSampleKeys) * 31 * 31 * 31 * 31 + this.bands * 31 * 31 * 31
				+ this.rows * 31 * 31 + this.sentenceSampleBits * 31 + this.minSentenceSyllables;
	}

}
