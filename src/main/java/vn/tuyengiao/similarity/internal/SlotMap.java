package vn.tuyengiao.similarity.internal;

import java.util.function.IntToLongFunction;

/**
 * Open-addressing map from document ids (longs) to slots (non-negative ints) that stores
 * only the slots: an entry's id is read back through {@code idOfSlot} (the index's own id
 * array), so the map costs 4 bytes a table entry (linear probing, load ≤ 0.75,
 * backward-shift deletion) instead of 12. Not thread-safe by itself.
 */
public final class SlotMap {

	private final IntToLongFunction idOfSlot;

	/** slot + 1 per table entry; 0 is empty. */
	private int[] table;

	private int size;

	public SlotMap(int expected, IntToLongFunction idOfSlot) {
		this.idOfSlot = idOfSlot;
		this.table = new int[Integer.highestOneBit(Math.max(16, (int) (expected / 0.75) + 1) * 2 - 1)];
	}

	public int size() {
		return this.size;
	}

	public long memoryBytes() {
		return this.table.length * 4L;
	}

	private static int home(long id, int mask) {
		long h = id * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	/** The slot of {@code id}, or -1. */
	public int get(long id) {
		int mask = this.table.length - 1;
		for (int i = home(id, mask);; i = (i + 1) & mask) {
			int e = this.table[i];
			if (e == 0) {
				return -1;
			}
			if (this.idOfSlot.applyAsLong(e - 1) == id) {
				return e - 1;
			}
		}
	}

	/**
	 * Maps {@code id} to {@code slot}, whose id ({@code idOfSlot}) must already be
	 * {@code id}; replaces an earlier slot of the same id.
	 */
	public void put(long id, int slot) {
		if ((this.size + 1) * 4L > this.table.length * 3L) {
			grow();
		}
		int mask = this.table.length - 1;
		for (int i = home(id, mask);; i = (i + 1) & mask) {
			int e = this.table[i];
			if (e == 0) {
				this.table[i] = slot + 1;
				this.size++;
				return;
			}
			if (this.idOfSlot.applyAsLong(e - 1) == id) {
				this.table[i] = slot + 1;
				return;
			}
		}
	}

	/** Removes {@code id}; returns its slot or -1. */
	public int remove(long id) {
		int mask = this.table.length - 1;
		int i = home(id, mask);
		while (true) {
			int e = this.table[i];
			if (e == 0) {
				return -1;
			}
			if (this.idOfSlot.applyAsLong(e - 1) == id) {
				break;
			}
			i = (i + 1) & mask;
		}
		int removed = this.table[i] - 1;
		// backward shift: move later entries of the cluster into the hole when their home
		// allows it
		int hole = i;
		int j = i;
		while (true) {
			j = (j + 1) & mask;
			int e = this.table[j];
			if (e == 0) {
				break;
			}
			int home = home(this.idOfSlot.applyAsLong(e - 1), mask);
			boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
			if (movable) {
				this.table[hole] = e;
				hole = j;
			}
		}
		this.table[hole] = 0;
		this.size--;
		return removed;
	}

	private void grow() {
		int[] old = this.table;
		this.table = new int[old.length * 2];
		this.size = 0;
		for (int e : old) {
			if (e != 0) {
				put(this.idOfSlot.applyAsLong(e - 1), e - 1);
			}
		}
	}

}
