package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import vn.tuyengiao.similarity.internal.Postings;
import vn.tuyengiao.similarity.internal.SlotMap;

/**
 * The in-memory copy-detection index: documents by long id, each reduced to its
 * {@link IndexEntry} (band keys, sampled sentence keys and, when the config samples
 * shingles, up to {@link SimilarityConfig#maxSampleKeys} shingle sample keys checked by
 * {@link SampleHits}; 5–8 bytes a key in sorted posting arrays, and its 56-byte
 * {@link Sketch}, which drops candidates whose estimated Jaccard is clearly too low
 * before their shingle sets are read). Shingle sets are NOT held here: verification reads
 * them from a {@link ShingleStore}. Add, remove and replace are incremental; queries run
 * concurrently under a read lock. To survive restarts, store {@link IndexEntry#toBytes}
 * with each document and {@link #add} them back (in bulk with {@link #addAll}); to follow
 * other instances, add or remove the rows they wrote since the last catch-up — both
 * operations are idempotent.
 */
public final class SimilarityIndex {

	private final SimilarityConfig config;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Postings[] bands;

	private final Postings sentences = new Postings();

	/**
	 * Shingle sample keys ({@link Fingerprinter#sampleKeys}): a stored text's lowest
	 * {@link SimilarityConfig#maxSampleKeys}, looked up with all of a query's.
	 */
	private final Postings samples = new Postings();

	private final SlotMap slotOfId;

	private long[] ids;

	private final BitSet dead = new BitSet();

	/** Slots whose entry came without a sketch: never pre-filtered. */
	private final BitSet unsketched = new BitSet();

	/**
	 * Per slot, {@value #STRIDE} longs — one cache line: the sketch ({@link Sketch#LONGS}
	 * longs) and the shingle count — from {@link #FIRST} on. An index of some size holds
	 * this array as a G1 "humongous" object, which starts on a region boundary; its
	 * elements start 16 bytes further, so beginning the records 6 longs in puts each on a
	 * cache line of its own, and the pre-filter reads one line a candidate.
	 */
	private long[] docs;

	private static final int STRIDE = 8;

	private static final int FIRST = 6;

	/**
	 * Minimum number of agreeing sketch bins a candidate must have
	 * ({@link #minAgreeing}), by the size ratio min/max of the pair in 64ths (floored)
	 * and the smaller size in 16s (floored, at most 63): index
	 * {@code ratio * 64 + size / 16}.
	 */
	private final int[] minAgreeing = new int[65 * 64];

	/**
	 * As {@link #minAgreeing} for a band candidate (whose band's bins agree by
	 * selection), with the same containment allowance and {@link #PREFILTER_Z}.
	 */
	private final int[] minAgreeingBand = new int[65 * 64];

	private int slots;

	private int live;

	public SimilarityIndex(SimilarityConfig config) {
		this(config, 1024);
	}

	public SimilarityIndex(SimilarityConfig config, int expectedDocuments) {
		this(config, expectedDocuments, BAND_JACCARD_FLOOR, PREFILTER_Z);
	}

	/**
	 * With the band candidates' pre-filter judged at J ≥ {@code bandFloor} at least (0:
	 * the full containment allowance, as sentence candidates) and {@code bandZ}: for
	 * measurements against the default ({@link #BAND_JACCARD_FLOOR}, z = 2).
	 */
	SimilarityIndex(SimilarityConfig config, int expectedDocuments, double bandFloor, double bandZ) {
		this.config = config;
		this.bands = new Postings[config.bands()];
		for (int b = 0; b < this.bands.length; b++) {
			this.bands[b] = Postings.coarse();
		}
		this.ids = new long[Math.max(16, expectedDocuments)];
		this.slotOfId = new SlotMap(expectedDocuments, slot -> this.ids[slot]);
		this.docs = new long[FIRST + this.ids.length * STRIDE];
		for (int r = 0; r <= 64; r++) {
			for (int k = 0; k < 64; k++) {
				this.minAgreeing[r * 64 + k] = minAgreeing(config, r / 64.0, k * 16, 0, 0, SENTENCE_PREFILTER_Z);
				// a band candidate agrees on its band's bins by selection: they count,
				// but tell nothing
				this.minAgreeingBand[r * 64 + k] = minAgreeing(config, r / 64.0, k * 16, bandFloor, config.rows(),
						bandZ);
			}
		}
	}

	/**
	 * z-score of the pre-filter's cut-off below the expected number of agreeing bins at
	 * the lowest qualifying J.
	 */
	static final double PREFILTER_Z = 2.0;

	/**
	 * As {@link #PREFILTER_Z} for sampled-sentence candidates (a hundred or so a query,
	 * against tens of thousands of band candidates): texts that copy part of a longer one
	 * sit near their lowest qualifying J, so these are let through more generously (Φ(3)
	 * ≈ 0.9987 at J_min).
	 */
	static final double SENTENCE_PREFILTER_Z = 3.0;

	/**
	 * The pre-filter. A pair whose smaller set (of {@code smaller} shingles) is a
	 * fraction {@code ratio} of the larger can only be a finding if J ≥ J_min =
	 * min(jaccard, c·ratio / (1 + (1 − c)·ratio)) (containment c of the smaller in the
	 * larger means J = c·min / (max + min − c·min)). Each of the {@link Sketch#KEPT}
	 * sketch bins agrees with probability p = J + (1 − J)/4 (equal minimum, or a chance
	 * collision of 2 bits); the share of agreeing bins has standard deviation √(p(1 −
	 * p)/k) with k = {@link Sketch#effectiveBins} of the smaller set, so candidates with
	 * fewer than KEPT·(p − {@value #PREFILTER_Z}·σ) agreeing bins at J_min are dropped
	 * before their shingle set is read. At the lowest qualifying J a pair passes with
	 * probability ≈ Φ({@value #PREFILTER_Z}) ≈ 0.977, at J = 0.5 and equal sizes of 500
	 * shingles with more than 0.9999; a background pair at J = 0.2 with under 1%. See
	 * docs/benchmarks.md for the measured effect on recall and candidates.
	 * <p>
	 * <b>The bound, for both measures.</b> J_min is the lowest Jaccard of a pair of these
	 * sizes that passes EITHER threshold (the Jaccard one, or the containment one through
	 * the size ratio); for band candidates it is raised to a fixed floor
	 * ({@link #BAND_JACCARD_FLOOR}, the same whatever the thresholds), and the ratio and
	 * size are rounded down into the table, which only lowers the cut-off. So a sentence
	 * or sample-key candidate whose exact figures pass the thresholds is dropped with
	 * probability at most 1 − Φ(z) (normal approximation of the binomial count of
	 * agreeing bins; z = {@value #SENTENCE_PREFILTER_Z}), a band candidate at J ≥ the
	 * floor with at most 1 − Φ({@value #PREFILTER_Z}), and less the further it is above
	 * J_min. The cut-off is monotone in the thresholds and the floor does not move with
	 * them, so raising the thresholds never drops a pair that passes the raised
	 * thresholds unless its sketch falls in that tail.
	 */
	static int minAgreeing(SimilarityConfig config, double ratio, int smaller, double floor, int equalBySelection,
			double z) {
		double c = config.containment();
		double jc = c * ratio / (1 + (1 - c) * ratio);
		double j = Math.max(floor, Math.min(config.jaccard(), jc));
		double p = j + (1 - j) / 4;
		int bins = Sketch.KEPT - equalBySelection;
		double k = Math.max(1, Sketch.effectiveBins(smaller) * bins / Sketch.KEPT);
		return equalBySelection + (int) Math.floor(bins * (p - z * Math.sqrt(p * (1 - p) / k)));
	}

	/**
	 * Band candidates are judged at J ≥ 0.4 at least, even when their sizes differ so
	 * much that containment alone would qualify them at a lower Jaccard, and whatever the
	 * thresholds. In a large index of formulaic texts, pairs of unequal size at J =
	 * 0.15–0.25 are a few percent of all texts and a 2-bit sketch cannot tell them from a
	 * containment pair at J = 0.25: without the floor a query at 1,000,000 texts verified
	 * 880 candidates (a long text 5,000–7,000) and its p99 was 32 ms; with it, 109 and 5
	 * ms. Texts that carry most of a shorter one are found through the sampled sentences
	 * and the shingle sample keys, whose candidates keep the full containment allowance.
	 * An earlier version used min(0.4, jaccard), which made the band pre-filter depend on
	 * the Jaccard threshold (56 of 5,864 pairs found at 0.3 / 0.4 whose figures pass the
	 * defaults were lost at the defaults, {@code ThresholdConsistencyTest}); a fixed
	 * floor does not. Below a Jaccard threshold of 0.4, bands find fewer of the pairs
	 * between that threshold and 0.4 (the batch command's exact method finds them all).
	 */
	static final double BAND_JACCARD_FLOOR = 0.4;

	public SimilarityConfig config() {
		return this.config;
	}

	/** Adds or replaces the document {@code id}. */
	public void add(long id, IndexEntry entry) {
		this.lock.writeLock().lock();
		try {
			insert(id, entry, false);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Adds or replaces many documents at once (start-up rebuild, batch): one sort per
	 * posting map instead of per-key inserts. (Sorting the maps on both cores was tried:
	 * 1.4 → 3.8 µs a text wall clock at 100,000, so not done.)
	 */
	public void addAll(long[] ids, IndexEntry[] entries) {
		this.lock.writeLock().lock();
		try {
			for (Postings p : this.bands) {
				p.beginBulk(ids.length);
			}
			this.sentences.beginBulk(ids.length * 8);
			this.samples.beginBulk(this.config.maxSampleKeys() == 0 ? 0 : ids.length * 8);
			for (int i = 0; i < ids.length; i++) {
				insert(ids[i], entries[i], true);
			}
			for (Postings p : this.bands) {
				p.endBulk(this::alive);
			}
			this.sentences.endBulk(this::alive);
			this.samples.endBulk(this::alive);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void insert(long id, IndexEntry entry, boolean bulk) {
		if (entry.bandKeys().length != this.bands.length) {
			throw new IllegalArgumentException(
					"entry has " + entry.bandKeys().length + " bands, index " + this.bands.length);
		}
		int old = this.slotOfId.get(id);
		if (old >= 0) {
			this.dead.set(old);
			this.live--;
		}
		int slot = this.slots++;
		if (slot == this.ids.length) {
			this.ids = Arrays.copyOf(this.ids, slot + (slot >> 1));
			this.docs = Arrays.copyOf(this.docs, FIRST + this.ids.length * STRIDE);
		}
		if (entry.sketched()) {
			System.arraycopy(entry.sketch(), 0, this.docs, FIRST + slot * STRIDE, Sketch.LONGS);
			this.unsketched.clear(slot);
		}
		else {
			this.unsketched.set(slot);
		}
		this.ids[slot] = id;
		this.docs[FIRST + slot * STRIDE + Sketch.LONGS] = entry.shingleCount();
		this.slotOfId.put(id, slot);
		this.live++;
		if (entry.shingleCount() > 0) {
			for (int b = 0; b < this.bands.length; b++) {
				this.bands[b].add(entry.bandKeys()[b], slot, this::alive);
			}
		}
		for (int k : entry.sentenceKeys()) {
			this.sentences.add(k, slot, this::alive);
		}
		int[] sample = entry.sampleKeys();
		for (int i = 0, n = Math.min(sample.length, this.config.maxSampleKeys()); i < n; i++) {
			this.samples.add(spread(sample[i]), slot, this::alive);
		}
	}

	/**
	 * A sample key (below 2^(32 − bits)) spread over all ints (a bijection), so the
	 * posting map's directory by the top 16 bits is used evenly.
	 */
	private static int spread(int sampleKey) {
		return sampleKey * 0x9E3779B1;
	}

	/**
	 * The slots posted under the query's sample keys, with repeats (one per shared key);
	 * a key in more texts than {@link SimilarityConfig#maxSentencePostings} is a stock
	 * phrase's shingle and is not followed.
	 */
	private void followSampleKeys(IndexEntry entry, Postings.SlotSink sink) {
		int cap = this.config.maxSentencePostings();
		for (int h : entry.sampleKeys()) {
			int k = spread(h);
			if (this.samples.count(k, cap) <= cap) {
				this.samples.forEach(k, cap, sink);
			}
		}
	}

	/** Removes the document; false when it was not there. */
	public boolean remove(long id) {
		this.lock.writeLock().lock();
		try {
			int slot = this.slotOfId.remove(id);
			if (slot < 0) {
				return false;
			}
			this.dead.set(slot);
			this.live--;
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	public boolean contains(long id) {
		this.lock.readLock().lock();
		try {
			return this.slotOfId.get(id) >= 0;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	public int size() {
		return this.live;
	}

	private boolean alive(int slot) {
		return slot < this.slots && !this.dead.get(slot);
	}

	/**
	 * Ids of the candidates for {@code entry} (band or sampled-sentence collisions),
	 * without verification.
	 */
	public long[] candidates(IndexEntry entry) {
		this.lock.readLock().lock();
		try {
			int[] slots = candidateSlots(entry);
			long[] out = new long[slots.length];
			for (int i = 0; i < slots.length; i++) {
				out[i] = this.ids[slots[i]];
			}
			return out;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private int[] candidateSlots(IndexEntry entry) {
		int[] n = { 0 };
		int[][] holder = { new int[64] };
		Postings.SlotSink growing = slot -> {
			if (!this.dead.get(slot)) {
				if (n[0] == holder[0].length) {
					holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
				}
				holder[0][n[0]++] = slot;
			}
		};
		if (entry.shingleCount() > 0) {
			int bandCap = bandCap();
			for (int b = 0; b < this.bands.length; b++) {
				if (this.bands[b].count(entry.bandKeys()[b], bandCap) <= bandCap) {
					this.bands[b].forEach(entry.bandKeys()[b], bandCap, growing);
				}
			}
		}
		int cap = this.config.maxSentencePostings();
		for (int k : entry.sentenceKeys()) {
			if (this.sentences.count(k, cap) <= cap) {
				this.sentences.forEach(k, cap, growing);
			}
		}
		followSampleKeys(entry, growing);
		int[] all = holder[0];
		Arrays.sort(all, 0, n[0]);
		int k = 0;
		for (int i = 0; i < n[0]; i++) {
			if (k == 0 || all[i] != all[k - 1]) {
				all[k++] = all[i];
			}
		}
		return Arrays.copyOf(all, k);
	}

	/**
	 * Ids of the candidates for {@code entry} that pass the sketch pre-filter: those
	 * {@link #query} verifies on their shingle sets.
	 */
	public long[] prefilteredCandidates(IndexEntry entry) {
		this.lock.readLock().lock();
		try {
			int[] slots = filteredSlots(entry);
			long[] out = new long[slots.length];
			for (int i = 0; i < slots.length; i++) {
				out[i] = this.ids[slots[i]];
			}
			return out;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Band and sentence candidates that are alive and pass the sketch pre-filter, sorted,
	 * distinct.
	 */
	private int[] filteredSlots(IndexEntry entry) {
		Filter f = new Filter(entry);
		// sampled-sentence candidates (a few dozen): checked at once with the full
		// containment allowance
		f.need = this.minAgreeing;
		int cap = this.config.maxSentencePostings();
		for (int k : entry.sentenceKeys()) {
			if (this.sentences.count(k, cap) <= cap) {
				this.sentences.forEach(k, cap, f);
			}
		}
		// sample-key candidates: enough shared keys for their sizes (SampleHits), then
		// the sketch as sentence candidates
		if (entry.sampleKeys().length > 0) {
			SampleHits.Collector hits = new SampleHits.Collector();
			followSampleKeys(entry, hits::add);
			int qa = entry.shingleCount();
			hits.forEach((slot, n) -> {
				int b = (int) this.docs[FIRST + slot * STRIDE + Sketch.LONGS];
				if (n >= SampleHits.cutOff(this.config, qa, b)) {
					f.slot(slot);
				}
			});
		}
		if (entry.shingleCount() > 0) {
			// band candidates (tens of thousands in a large index): marked in a bit set
			// by slot first, then checked
			// once each in slot order, so the sketches are read in ascending addresses
			// rather than at random
			int words = (this.slots + 63) >>> 6;
			long[][] holder = MARKS.get();
			if (holder[0].length < words) {
				holder[0] = new long[words + (words >> 2) + 1];
			}
			long[] marks = holder[0];
			Postings.SlotSink mark = slot -> marks[slot >>> 6] |= 1L << slot;
			int bandCap = bandCap();
			for (int b = 0; b < this.bands.length; b++) {
				if (this.bands[b].count(entry.bandKeys()[b], bandCap) <= bandCap) {
					this.bands[b].forEach(entry.bandKeys()[b], bandCap, mark);
				}
			}
			f.need = this.minAgreeingBand;
			int[] batch = new int[BATCH];
			int inBatch = 0;
			for (int w = 0; w < words; w++) {
				long x = marks[w];
				if (x != 0) {
					marks[w] = 0;
					do {
						batch[inBatch++] = (w << 6) + Long.numberOfTrailingZeros(x);
						if (inBatch == BATCH) {
							f.batch(batch, inBatch);
							inBatch = 0;
						}
						x &= x - 1;
					}
					while (x != 0);
				}
			}
			f.batch(batch, inBatch);
		}
		int[] all = f.out;
		int n = f.n;
		Arrays.sort(all, 0, n);
		int k = 0;
		for (int i = 0; i < n; i++) {
			if (k == 0 || all[i] != all[k - 1]) {
				all[k++] = all[i];
			}
		}
		return Arrays.copyOf(all, k);
	}

	/**
	 * Share of the index above which a band key is boilerplate and not followed (as
	 * sentences in more than {@link SimilarityConfig#maxSentencePostings} texts are): its
	 * three bins' minima are shingles found in a large part of all texts, so it says
	 * nothing about copying. On the generated corpus about one band key in 25 of a text
	 * is such a key and it brings half of all band candidates; a pair that qualifies
	 * collides on ~3.5 of 28 bands at J = 0.5, so the bands left still find it (measured:
	 * recall −0.0004 on 30,000 texts, query CPU time −30%; see docs/benchmarks.md).
	 */
	static final double BAND_BOILERPLATE_SHARE = 0.015;

	/**
	 * A band key is never boilerplate below this many texts, so a small index follows
	 * every key.
	 */
	static final int BAND_BOILERPLATE_MIN = 1000;

	/** Most postings a band key may have and still be followed. */
	private int bandCap() {
		return Math.max(BAND_BOILERPLATE_MIN, (int) (this.live * BAND_BOILERPLATE_SHARE));
	}

	/** Band candidates checked together by {@link Filter#batch}. */
	private static final int BATCH = 32;

	/**
	 * Per thread: a bit set by slot for marking band candidates; all zero between uses
	 * (the sweep clears it).
	 */
	private static final ThreadLocal<long[][]> MARKS = ThreadLocal.withInitial(() -> new long[][] { new long[0] });

	/**
	 * Collects candidate slots that are alive and whose sketch agrees enough with the
	 * query's.
	 */
	private final class Filter implements Postings.SlotSink {

		final long[] q;

		final int qa;

		final boolean sketched;

		int[] out = new int[64];

		int n;

		int[] need;

		Filter(IndexEntry entry) {
			this.q = entry.sketch();
			this.qa = entry.shingleCount();
			this.sketched = entry.sketched();
		}

		/**
		 * Sketch reads touched ahead of the checks, so the CPU fetches a batch's cache
		 * lines in parallel.
		 */
		long touched;

		/**
		 * Checks a batch of slots: first reads one long of each slot's record
		 * (independent loads, which the CPU overlaps: tens of cache misses at once
		 * instead of one after another), then checks each.
		 */
		void batch(int[] slots, int count) {
			long[] d = SimilarityIndex.this.docs;
			long t = 0;
			for (int i = 0; i < count; i++) {
				t += d[FIRST + slots[i] * STRIDE];
			}
			this.touched += t;
			for (int i = 0; i < count; i++) {
				slot(slots[i]);
			}
		}

		@Override
		public void slot(int slot) {
			if (SimilarityIndex.this.dead.get(slot)) {
				return;
			}
			if (this.sketched && !SimilarityIndex.this.unsketched.get(slot)) {
				long[] d = SimilarityIndex.this.docs;
				int at = FIRST + slot * STRIDE;
				int b = (int) d[at + Sketch.LONGS];
				int lo = Math.min(this.qa, b);
				int hi = Math.max(this.qa, b);
				if (lo == 0) {
					return;
				}
				int need = this.need[(int) ((lo * 64L) / hi) * 64 + Math.min(63, lo >>> 4)];
				if (Sketch.agreeing(this.q, 0, d, at) < need) {
					return;
				}
			}
			if (this.n == this.out.length) {
				this.out = Arrays.copyOf(this.out, this.n * 2);
			}
			this.out[this.n++] = slot;
		}

	}

	/**
	 * Documents similar to {@code query} by the config's thresholds, verified exactly on
	 * shingle sets from {@code store}; {@code selfId} (the query's own id, if indexed) is
	 * left out. Best first.
	 */
	public List<Match> query(Fingerprint query, ShingleStore store, long selfId) {
		long[] ids;
		int[] sizes;
		this.lock.readLock().lock();
		try {
			int[] slots = filteredSlots(query.entry());
			ids = new long[slots.length];
			sizes = new int[slots.length];
			for (int i = 0; i < slots.length; i++) {
				ids[i] = this.ids[slots[i]];
				sizes[i] = (int) this.docs[FIRST + slots[i] * STRIDE + Sketch.LONGS];
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		List<Match> out = new ArrayList<>();
		int qa = query.size();
		long[] queryBits = null;
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == selfId) {
				continue;
			}
			// size filter: no shared count can reach either threshold
			int b = sizes[i];
			int best = Math.min(qa, b);
			if (best == 0 || !this.config.accepts(new Overlap(qa, b, best))) {
				continue;
			}
			int[] other = store.shingles(ids[i]);
			if (other == null) {
				continue;
			}
			// fewest shared shingles that meet either threshold; the merge stops once
			// that is out of reach
			int needed = (int) Math
				.ceil(Math.min(this.config.jaccard() * (qa + other.length) / (1 + this.config.jaccard()),
						this.config.containment() * Math.min(qa, other.length)) - 1e-9);
			if (queryBits == null) {
				queryBits = queryBitmap(query.shingles());
			}
			if (!mayShareAtLeast(queryBits, other, Math.max(0, needed - 1))) {
				continue;
			}
			int shared = Overlap.intersectionAtLeast(query.shingles(), other, Math.max(0, needed - 1));
			if (shared < 0) {
				continue;
			}
			Overlap o = new Overlap(qa, other.length, shared);
			if (this.config.accepts(o)) {
				out.add(new Match(ids[i], o));
			}
		}
		out.sort(Comparator.comparingDouble(Match::maxContainment).reversed().thenComparingLong(Match::id));
		return out;
	}

	/**
	 * Bits of the query's bitmap for {@link #mayShareAtLeast}: 2 KB, stays in the L1
	 * cache.
	 */
	private static final int QUERY_BITS_LOG = 14;

	/** The query's shingles hashed into a bitmap of 2^{@value #QUERY_BITS_LOG} bits. */
	static long[] queryBitmap(int[] shingles) {
		long[] bits = new long[1 << (QUERY_BITS_LOG - 6)];
		for (int h : shingles) {
			int bit = (h * 0x9E3779B1) >>> (32 - QUERY_BITS_LOG);
			bits[bit >>> 6] |= 1L << bit;
		}
		return bits;
	}

	/**
	 * Cheap exact pre-check before the merge: every shingle of {@code other} that is in
	 * the query hits a set bit of the query's bitmap, so the number of hits bounds |query
	 * ∩ other| from above; false once more shingles have missed than {@code other} can
	 * spare to still share {@code needed}. A background candidate (a third of its
	 * shingles shared, 5% chance hits) is usually dropped after reading half its set with
	 * one bit test a shingle, instead of a branchy merge of both sets.
	 */
	static boolean mayShareAtLeast(long[] queryBits, int[] other, int needed) {
		int spare = other.length - needed;
		if (spare < 0) {
			return false;
		}
		for (int h : other) {
			int bit = (h * 0x9E3779B1) >>> (32 - QUERY_BITS_LOG);
			if ((queryBits[bit >>> 6] & (1L << bit)) == 0 && --spare < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Bytes the index holds, counted from its arrays' capacities: band and sentence
	 * postings (8 bytes each; from 262,144 postings on, 5 a band posting and 6 a sentence
	 * posting, see {@link Postings}), the id → slot map, ids, the 64-byte records (sketch
	 * and size), and the dead-slot bit sets. JVM object headers (a few hundred bytes in
	 * all) are not counted; shingle sets are in the {@link ShingleStore}, not here.
	 */
	public long memoryBytes() {
		this.lock.readLock().lock();
		try {
			long bytes = this.sentences.memoryBytes() + this.samples.memoryBytes() + this.slotOfId.memoryBytes()
					+ this.ids.length * 8L + this.docs.length * 8L + this.dead.size() / 8 + this.unsketched.size() / 8;
			for (Postings p : this.bands) {
				bytes += p.memoryBytes();
			}
			return bytes;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Compacts all postings now (also happens as deltas fill up): drops postings of
	 * removed documents.
	 */
	public void compact() {
		this.lock.writeLock().lock();
		try {
			for (Postings p : this.bands) {
				p.merge(this::alive);
			}
			this.sentences.merge(this::alive);
			this.samples.merge(this::alive);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
