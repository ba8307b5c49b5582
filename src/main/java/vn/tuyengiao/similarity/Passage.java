package vn.tuyengiao.similarity;

/**
 * A passage found in both texts, as character offsets (start inclusive, end exclusive)
 * into each original text, for highlighting side by side; {@code syllables} is the
 * matched length on side A.
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, int syllables) {
}
