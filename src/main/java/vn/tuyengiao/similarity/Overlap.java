package vn.tuyengiao.similarity;

/**
 * Exact overlap of two shingle sets A and B: |A ∩ B|, Jaccard |A ∩ B| / |A ∪ B|, and
 * containment of each in the other (|A ∩ B| / |A|, |A ∩ B| / |B|).
 */
public record Overlap(int sizeA, int sizeB, int shared) {

	public double jaccard() {
		int union = this.sizeA + this.sizeB - this.shared;
		return union == 0 ? 0 : (double) this.shared / union;
	}

	/** Share of A found in B. */
	public double containmentAInB() {
		return this.sizeA == 0 ? 0 : (double) this.shared / this.sizeA;
	}

	/** Share of B found in A. */
	public double containmentBInA() {
		return this.sizeB == 0 ? 0 : (double) this.shared / this.sizeB;
	}

	public double maxContainment() {
		return Math.max(containmentAInB(), containmentBInA());
	}

	/** Overlap of two sorted arrays of distinct shingle hashes. */
	public static Overlap of(int[] a, int[] b) {
		return new Overlap(a.length, b.length, intersectionSize(a, b));
	}

	/**
	 * |A ∩ B| when it is at least {@code needed}, else −1 as soon as the elements left
	 * cannot reach it (the merge of a pair that cannot qualify usually stops halfway).
	 */
	static int intersectionAtLeast(int[] a, int[] b, int needed) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (shared + Math.min(a.length - i, b.length - j) < needed) {
				return -1;
			}
			int x = a[i];
			int y = b[j];
			if (x == y) {
				shared++;
				i++;
				j++;
			}
			else if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared >= needed ? shared : -1;
	}

	static int intersectionSize(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			int x = a[i];
			int y = b[j];
			if (x == y) {
				shared++;
				i++;
				j++;
			}
			else if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared;
	}

}
