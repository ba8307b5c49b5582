package vn.tuyengiao.similarity.internal;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A multimap from 32-bit keys to 32-bit document slots, sorted by key (unsigned) then
 * slot, with no per-key objects, plus a small sorted delta for incremental adds that is
 * merged in when it passes {@link #DELTA_LIMIT}. Postings of removed slots are dropped at
 * the next merge. Not thread-safe by itself.
 * <p>
 * Small maps keep one array of {@code key << 32 | slot} longs (8 bytes a posting). From
 * {@link #COMPACT_FROM} postings on, the merged part is stored in <b>6 bytes a
 * posting</b>: a directory by the key's top 16 bits (65,537 ints, 256 KB, under 0.25 byte
 * a posting at that size), the key's low 16 bits as a {@code short} and the slot as an
 * {@code int}. Keys are kept whole either way, so lookups are exact — unless the map is
 * made {@link #coarse()}: then keys are told apart on their top 24 bits only (a lookup
 * also returns the postings of the few keys that share them) and the directory form takes
 * <b>5 bytes a posting</b>, bits 8–15 of the key as a {@code byte}. The LSH band index is
 * coarse: a band key that shares its top 24 bits with another only adds a candidate for
 * the pre-filter to drop.
 */
public final class Postings {

	static final int DELTA_LIMIT = 8192;

	/**
	 * Merged size from which the directory form is used (its directory is then at most 1
	 * byte a posting).
	 */
	static final int COMPACT_FROM = 1 << 18;

	private static final int DIR = 1 << 16;

	/**
	 * Small form: encoded postings (see {@link #posting}); null in the directory form.
	 */
	private long[] main = new long[0];

	/**
	 * Directory form: start of each top-16-bit bucket in {@link #lows}/{@link #slots};
	 * null in the small form.
	 */
	private int[] dir;

	private short[] lows;

	/**
	 * Directory form of a coarse map: bits 8–15 of the key (instead of {@link #lows}).
	 */
	private byte[] mids;

	/** Keys are compared on their top 24 bits. */
	private final boolean coarse;

	private int[] slots;

	private int mainSize;

	private long[] delta = new long[64];

	private int deltaSize;

	private boolean bulk;

	/** The delta was filled in bulk mode and is not sorted yet. */
	private boolean appended;

	private final int compactFrom;

	public Postings() {
		this(COMPACT_FROM, false);
	}

	/**
	 * A map that tells keys apart on their top 24 bits: 5 bytes a posting in the
	 * directory form.
	 */
	public static Postings coarse() {
		return new Postings(COMPACT_FROM, true);
	}

	/**
	 * {@code compactFrom}: merged size from which the directory form is used (tests use
	 * small values).
	 */
	Postings(int compactFrom, boolean coarse) {
		this.compactFrom = compactFrom;
		this.coarse = coarse;
	}

	/** The key as this map compares it. */
	private int norm(int key) {
		return this.coarse ? key & 0xFFFFFF00 : key;
	}

	/** A posting as a long whose signed order is the order of (key unsigned, slot). */
	public static long posting(int key, int slot) {
		return ((long) (key ^ Integer.MIN_VALUE) << 32) | (slot & 0xFFFFFFFFL);
	}

	private static int keyOf(long posting) {
		return (int) (posting >>> 32) ^ Integer.MIN_VALUE;
	}

	/** Bulk mode: adds are appended unsorted and sorted once by {@link #endBulk}. */
	public void beginBulk(int expected) {
		this.bulk = true;
		if (this.delta.length < expected) {
			this.delta = Arrays.copyOf(this.delta, Math.max(expected, this.deltaSize));
		}
	}

	public void endBulk(IntPredicate alive) {
		this.appended = true;
		this.bulk = false;
		merge(alive);
	}

	/**
	 * Sorts postings that were appended in ascending slot order (bulk mode; a delta kept
	 * sorted before that comes first with lower slots) by key: a stable LSD radix sort on
	 * the key's bytes (bytes equal in all postings are skipped, as the low byte of a
	 * coarse map's keys), which keeps each key's slots ascending — the order
	 * {@link Arrays#sort} would give, in a few linear passes instead of n log n
	 * comparisons.
	 */
	private static void sortByKey(long[] a, int n) {
		if (n < 2) {
			return;
		}
		long[] src = a;
		long[] dst = new long[n];
		int[] counts = new int[256];
		for (int shift = 32; shift < 64; shift += 8) {
			Arrays.fill(counts, 0);
			for (int i = 0; i < n; i++) {
				counts[(int) (src[i] >>> shift) & 0xFF]++;
			}
			if (counts[(int) (src[0] >>> shift) & 0xFF] == n) {
				continue;
			}
			// the top byte holds the posting's sign bit: signed order puts 0x80–0xFF
			// first
			int sum = 0;
			for (int d = 0; d < 256; d++) {
				int bucket = shift == 56 ? d ^ 0x80 : d;
				int c = counts[bucket];
				counts[bucket] = sum;
				sum += c;
			}
			for (int i = 0; i < n; i++) {
				long v = src[i];
				dst[counts[(int) (v >>> shift) & 0xFF]++] = v;
			}
			long[] t = src;
			src = dst;
			dst = t;
		}
		if (src != a) {
			System.arraycopy(src, 0, a, 0, n);
		}
	}

	public void add(int key, int slot, IntPredicate alive) {
		long p = posting(norm(key), slot);
		if (this.deltaSize == this.delta.length) {
			this.delta = Arrays.copyOf(this.delta, this.delta.length * 2);
		}
		if (this.bulk) {
			this.delta[this.deltaSize++] = p;
			return;
		}
		int at = Arrays.binarySearch(this.delta, 0, this.deltaSize, p);
		if (at >= 0) {
			return;
		}
		at = -at - 1;
		System.arraycopy(this.delta, at, this.delta, at + 1, this.deltaSize - at);
		this.delta[at] = p;
		this.deltaSize++;
		if (this.deltaSize > DELTA_LIMIT) {
			merge(alive);
		}
	}

	/**
	 * Merges the delta into the main part, dropping postings of slots no longer alive.
	 */
	public void merge(IntPredicate alive) {
		if (this.bulk || this.appended) {
			sortByKey(this.delta, this.deltaSize);
			this.appended = false;
		}
		else {
			Arrays.sort(this.delta, 0, this.deltaSize);
		}
		long[] old = mainAsLongs();
		long[] merged = new long[this.mainSize + this.deltaSize];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < this.mainSize || j < this.deltaSize) {
			long v;
			if (j >= this.deltaSize || (i < this.mainSize && old[i] <= this.delta[j])) {
				v = old[i++];
			}
			else {
				v = this.delta[j++];
			}
			if (alive.test((int) v) && (k == 0 || merged[k - 1] != v)) {
				merged[k++] = v;
			}
		}
		old = null;
		if (k >= this.compactFrom) {
			int[] d = new int[DIR + 1];
			short[] l = this.coarse ? null : new short[k];
			byte[] m = this.coarse ? new byte[k] : null;
			int[] s = new int[k];
			for (int x = 0; x < k; x++) {
				long v = merged[x];
				int key = keyOf(v);
				d[(key >>> 16) + 1]++;
				if (this.coarse) {
					m[x] = (byte) (key >>> 8);
				}
				else {
					l[x] = (short) key;
				}
				s[x] = (int) v;
			}
			for (int b = 0; b < DIR; b++) {
				d[b + 1] += d[b];
			}
			this.main = null;
			this.dir = d;
			this.lows = l;
			this.mids = m;
			this.slots = s;
		}
		else {
			this.main = k == merged.length ? merged : Arrays.copyOf(merged, k);
			this.dir = null;
			this.lows = null;
			this.mids = null;
			this.slots = null;
		}
		this.mainSize = k;
		this.delta = new long[64];
		this.deltaSize = 0;
	}

	/**
	 * The merged part as encoded longs (the array itself in the small form, a decoded
	 * copy otherwise).
	 */
	private long[] mainAsLongs() {
		if (this.dir == null) {
			return this.main;
		}
		long[] out = new long[this.mainSize];
		for (int b = 0; b < DIR; b++) {
			for (int x = this.dir[b]; x < this.dir[b + 1]; x++) {
				out[x] = posting((b << 16) | (this.coarse ? lowAt(x) << 8 : lowAt(x)), this.slots[x]);
			}
		}
		return out;
	}

	/**
	 * Calls {@code sink} with each slot under {@code key}; stops after {@code limit} + 1
	 * and returns the count seen.
	 */
	public int forEach(int key, int limit, SlotSink sink) {
		key = norm(key);
		long main = mainRange(key);
		long delta = range(this.delta, this.deltaSize, key);
		int seen = 0;
		for (int i = from(main); i < to(main); i++) {
			if (++seen > limit) {
				return seen;
			}
			if (sink != null) {
				sink.slot(this.dir == null ? (int) this.main[i] : this.slots[i]);
			}
		}
		for (int i = from(delta); i < to(delta); i++) {
			if (++seen > limit) {
				return seen;
			}
			if (sink != null) {
				sink.slot((int) this.delta[i]);
			}
		}
		return seen;
	}

	/**
	 * Number of postings under {@code key}, at most {@code limit} + 1: found by binary
	 * searches, without reading the postings, so asking whether a key is over a cap
	 * before following it costs no second pass.
	 */
	public int count(int key, int limit) {
		key = norm(key);
		long main = mainRange(key);
		long delta = range(this.delta, this.deltaSize, key);
		return (int) Math.min(limit + 1L, (long) to(main) - from(main) + to(delta) - from(delta));
	}

	/**
	 * The range [from, to) of {@code key}'s postings in the merged part, packed as
	 * {@code from << 32 | to}.
	 */
	private long mainRange(int key) {
		if (this.dir == null) {
			return range(this.main, this.mainSize, key);
		}
		// within a top-16-bit bucket postings are sorted by the key's low part
		// (unsigned), then slot
		int b = key >>> 16;
		int target = lowOf(key);
		int from = lowerBound(this.dir[b], this.dir[b + 1], target);
		return (long) from << 32 | lowerBound(from, this.dir[b + 1], target + 1);
	}

	/**
	 * The first index in [lo, hi) of the directory form whose {@link #lowAt} is at least
	 * {@code target}.
	 */
	private int lowerBound(int lo, int hi, int target) {
		while (lo < hi) {
			int at = (lo + hi) >>> 1;
			if (lowAt(at) < target) {
				lo = at + 1;
			}
			else {
				hi = at;
			}
		}
		return lo;
	}

	/**
	 * The part of a key stored next to its slot in the directory form: bits 0–15, or 8–15
	 * in a coarse map.
	 */
	private int lowOf(int key) {
		return this.coarse ? (key >>> 8) & 0xFF : key & 0xFFFF;
	}

	/** {@link #lowOf} of the posting at {@code i} in the directory form. */
	private int lowAt(int i) {
		return this.coarse ? this.mids[i] & 0xFF : this.lows[i] & 0xFFFF;
	}

	/**
	 * The range of {@code key}'s postings in the first {@code n} of the sorted encoded
	 * postings {@code a}, packed.
	 */
	private static long range(long[] a, int n, int key) {
		// slots are non-negative, so no posting is (key, 0xFFFFFFFF): its insertion point
		// ends the key's range
		int from = insertionPoint(Arrays.binarySearch(a, 0, n, posting(key, 0)));
		int to = insertionPoint(Arrays.binarySearch(a, 0, n, posting(key, -1)));
		return (long) from << 32 | to;
	}

	private static int insertionPoint(int found) {
		return found < 0 ? -found - 1 : found;
	}

	private static int from(long range) {
		return (int) (range >>> 32);
	}

	private static int to(long range) {
		return (int) range;
	}

	/**
	 * Bytes held: 8 a posting in the small form, 6 (coarse: 5) a posting plus the 256 KB
	 * directory in the large one; the delta.
	 */
	public long memoryBytes() {
		long mainBytes = this.dir == null ? this.main.length * 8L : this.dir.length * 4L
				+ (this.coarse ? this.mids.length : this.lows.length * 2L) + this.slots.length * 4L;
		return mainBytes + this.delta.length * 8L;
	}

	public int size() {
		return this.mainSize + this.deltaSize;
	}

	@FunctionalInterface
	public interface SlotSink {

		void slot(int slot);

	}

}
