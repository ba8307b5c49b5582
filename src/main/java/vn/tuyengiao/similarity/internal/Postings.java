package vn.tuyengiao.similarity.internal;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A multimap from 32-bit keys to 32-bit document slots as one sorted array of {@code key << 32 | slot} longs (8 bytes
 * a posting, no per-key objects), plus a small sorted delta for incremental adds that is merged in when it passes
 * {@link #DELTA_LIMIT}. Postings of removed slots are dropped at the next merge. Not thread-safe by itself.
 */
public final class Postings {

	static final int DELTA_LIMIT = 8192;

	private long[] main = new long[0];

	private int mainSize;

	private long[] delta = new long[64];

	private int deltaSize;

	private boolean bulk;

	public static long posting(int key, int slot) {
		return ((long) key << 32) | (slot & 0xFFFFFFFFL);
	}

	/** Bulk mode: adds are appended unsorted and sorted once by {@link #endBulk}. */
	public void beginBulk(int expected) {
		this.bulk = true;
		if (this.delta.length < expected) {
			this.delta = Arrays.copyOf(this.delta, Math.max(expected, this.deltaSize));
		}
	}

	public void endBulk(IntPredicate alive) {
		this.bulk = false;
		merge(alive);
	}

	public void add(int key, int slot, IntPredicate alive) {
		long p = posting(key, slot);
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

	/** Merges the delta into the main array, dropping postings of slots no longer alive. */
	public void merge(IntPredicate alive) {
		Arrays.sort(this.delta, 0, this.deltaSize);
		long[] merged = new long[this.mainSize + this.deltaSize];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < this.mainSize || j < this.deltaSize) {
			long v;
			if (j >= this.deltaSize || (i < this.mainSize && this.main[i] <= this.delta[j])) {
				v = this.main[i++];
			}
			else {
				v = this.delta[j++];
			}
			if (alive.test((int) v) && (k == 0 || merged[k - 1] != v)) {
				merged[k++] = v;
			}
		}
		this.main = k == merged.length ? merged : Arrays.copyOf(merged, k);
		this.mainSize = k;
		this.delta = new long[64];
		this.deltaSize = 0;
	}

	/** Calls {@code sink} with each slot under {@code key}; stops after {@code limit} + 1 and returns the count seen. */
	public int forEach(int key, int limit, SlotSink sink) {
		int seen = scan(this.main, this.mainSize, key, limit, sink, 0);
		if (seen <= limit) {
			seen = scan(this.delta, this.deltaSize, key, limit, sink, seen);
		}
		return seen;
	}

	/** Number of postings under {@code key}, counting at most {@code limit} + 1. */
	public int count(int key, int limit) {
		return forEach(key, limit, null);
	}

	private static int scan(long[] a, int n, int key, int limit, SlotSink sink, int seen) {
		long lo = (long) key << 32;
		int at = Arrays.binarySearch(a, 0, n, lo);
		if (at < 0) {
			at = -at - 1;
		}
		for (int i = at; i < n && (int) (a[i] >>> 32) == key; i++) {
			if (++seen > limit) {
				return seen;
			}
			if (sink != null) {
				sink.slot((int) a[i]);
			}
		}
		return seen;
	}

	public long memoryBytes() {
		return this.main.length * 8L + this.delta.length * 8L;
	}

	public int size() {
		return this.mainSize + this.deltaSize;
	}

	@FunctionalInterface
	public interface SlotSink {

		void slot(int slot);

	}

}
