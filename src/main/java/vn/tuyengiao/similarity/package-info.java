/**
 * Copy detection for commitments, in plain Java (no Spring, no database types):
 * Vietnamese normalisation into syllables, 3-syllable shingles, densified one-permutation
 * MinHash ({@link vn.tuyengiao.similarity.Sketch}) with LSH banding and a 56-byte
 * pre-filter sketch, a sampled-sentence index for texts that copy part of a longer one,
 * exact verification by Jaccard and containment, passage alignment for the side-by-side
 * view, an incremental thread-safe index whose per-document data serialises to compact
 * byte arrays, the exact all-pairs method used as ground truth, and the
 * {@code similarity} batch command.
 */
package vn.tuyengiao.similarity;
