/**
 * Copy detection for commitments, in plain Java (no Spring, no database types):
 * Vietnamese normalisation into syllables, 3-syllable shingles, densified one-permutation
 * MinHash ({@link vn.tuyengiao.similarity.Sketch}) with LSH banding and a 56-byte
 * pre-filter sketch, a sampled-sentence index for texts that copy part of a longer one,
 * exact verification by Jaccard and containment, passage alignment for the side-by-side
 * view, an incremental thread-safe index whose per-document data serialises to compact
 * byte arrays, the exact all-pairs method used as ground truth, the choice between exact
 * and index all-pairs by batch size ({@link vn.tuyengiao.similarity.AllPairs}), and the
 * {@code similarity} batch command.
 * <p>
 * What a finding means does not depend on the method or the thresholds' history: a pair
 * is a finding when its exact figures pass the thresholds (compared in integers,
 * {@link vn.tuyengiao.similarity.SimilarityConfig#accepts}); the exact method reports
 * every such pair; the index's sketch pre-filter is judged at the lowest Jaccard that
 * passes either threshold, so it drops such a pair only with the probability stated at
 * {@link vn.tuyengiao.similarity.SimilarityIndex} ({@code minAgreeing}).
 */
package vn.tuyengiao.similarity;
