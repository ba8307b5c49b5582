package vn.tuyengiao.similarity.internal;

import java.util.Arrays;

/** Open-addressing long → int map (linear probing, backward-shift deletion): 12 bytes a slot, load ≤ 0.75. */
public final class LongIntMap {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys;

	private int[] values;

	private int size;

	public LongIntMap(int expected) {
		int cap = Integer.highestOneBit(Math.max(16, (int) (expected / 0.75) + 1) * 2 - 1);
		this.keys = new long[cap];
		Arrays.fill(this.keys, EMPTY);
		this.values = new int[cap];
	}

	public int size() {
		return this.size;
	}

	public long memoryBytes() {
		return this.keys.length * 12L;
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & (this.keys.length - 1);
	}

	/** The value, or -1. */
	public int get(long key) {
		check(key);
		int mask = this.keys.length - 1;
		for (int i = slot(key);; i = (i + 1) & mask) {
			long k = this.keys[i];
			if (k == EMPTY) {
				return -1;
			}
			if (k == key) {
				return this.values[i];
			}
		}
	}

	public void put(long key, int value) {
		check(key);
		if ((this.size + 1) * 4L > this.keys.length * 3L) {
			grow();
		}
		int mask = this.keys.length - 1;
		for (int i = slot(key);; i = (i + 1) & mask) {
			long k = this.keys[i];
			if (k == EMPTY) {
				this.keys[i] = key;
				this.values[i] = value;
				this.size++;
				return;
			}
			if (k == key) {
				this.values[i] = value;
				return;
			}
		}
	}

	/** Removes the key; returns its value or -1. */
	public int remove(long key) {
		check(key);
		int mask = this.keys.length - 1;
		int i = slot(key);
		while (true) {
			long k = this.keys[i];
			if (k == EMPTY) {
				return -1;
			}
			if (k == key) {
				break;
			}
			i = (i + 1) & mask;
		}
		int removed = this.values[i];
		// backward shift: move later entries of the cluster into the hole when their home allows it
		int hole = i;
		int j = i;
		while (true) {
			j = (j + 1) & mask;
			long k = this.keys[j];
			if (k == EMPTY) {
				break;
			}
			int home = slot(k);
			boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
			if (movable) {
				this.keys[hole] = k;
				this.values[hole] = this.values[j];
				hole = j;
			}
		}
		this.keys[hole] = EMPTY;
		this.size--;
		return removed;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		Arrays.fill(this.keys, EMPTY);
		this.values = new int[oldKeys.length * 2];
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	private static void check(long key) {
		if (key == EMPTY) {
			throw new IllegalArgumentException("id " + key + " is reserved");
		}
	}

}
