package vn.tuyengiao.similarity;

/**
 * Where verification reads a candidate's shingle set (sorted distinct hashes, as
 * {@link Fingerprint#shingles()}): kept in memory by the batch command, read from the
 * database by the application (stored there as {@link Fingerprint#shingleBytes()}).
 * Returns null for an id it does not know.
 */
@FunctionalInterface
public interface ShingleStore {

	int[] shingles(long id);

}
