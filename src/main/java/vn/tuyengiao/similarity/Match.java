package vn.tuyengiao.similarity;

/**
 * A document found similar to a query: its id and the exact overlap, with the query as A
 * and this document as B. Ids let the caller tell a member's own earlier commitment from
 * someone else's.
 */
public record Match(long id, Overlap overlap) {

	public double jaccard() {
		return this.overlap.jaccard();
	}

	public double maxContainment() {
		return this.overlap.maxContainment();
	}

}
