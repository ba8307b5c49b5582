package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.similarity.Syllables.Tokens;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fingerprints are stored: every commitment's {@link IndexEntry} row and shingle set in
 * the database was made by the fingerprinting code as it was when the text was submitted,
 * and later texts are compared against them. So a change that makes fingerprinting faster
 * must not change one bit of its output. The {@code *_OUTPUTS} constants (shingle sets,
 * sentence keys, tokens, legacy detection and conversion) were computed with the code
 * before the speed-ups (commit 01cb72a); if one of them fails, the output changed and
 * stored rows would no longer match new ones. The {@code *_SIGNATURES} constants (band
 * keys and sketches) pin the index-entry format of version 3 ({@link Sketch}, computed
 * when it replaced SuperMinHash): stored entries of older versions are rebuilt from their
 * shingle sets, so changing these means a new entry version and that rebuild.
 * <p>
 * The inputs are generated commitments (Unicode, NFD, old tone placement, TCVN3, VNI) and
 * random strings mixing Vietnamese words with characters from ranges that exercise NFC
 * (combining marks, Hangul, compatibility characters, surrogates, Latin-1 legacy codes).
 * The checksum of the inputs is pinned first, so a change to the generator is told apart
 * from a change to fingerprinting.
 */
class FingerprintGoldenTest {

	private static final long GENERATED_INPUTS = 0x56493D044CC6F6C2L;

	private static final long GENERATED_OUTPUTS = 0x00D872D05D5D6D8FL;

	private static final long GENERATED_SIGNATURES = 0x1D8F512A7952651DL;

	private static final long RANDOM_INPUTS = 0x24CC8CA49E05728DL;

	// outputs and signatures changed in issue 16: TCVN3 capitals with tones at their VN1
	// codes are decoded (generated texts unchanged)
	private static final long RANDOM_OUTPUTS = 0x0766053AC49487DEL;

	private static final long RANDOM_SIGNATURES = 0x015DCFFFCF98DD55L;

	/** Band keys and sketches, apart from the rest. */
	private final Checksum signatures = new Checksum();

	private final Fingerprinter withTemplate = new Fingerprinter(SimilarityConfig.DEFAULT,
			List.of(CommitmentGenerator.TEMPLATE));

	private final Fingerprinter plain = new Fingerprinter(SimilarityConfig.DEFAULT.withBanding(16, 4));

	@Test
	void generatedCommitmentsFingerprintAsBefore() {
		CommitmentGenerator g = new CommitmentGenerator(20261205, 0.5);
		Checksum in = new Checksum();
		Checksum out = new Checksum();
		for (int i = 0; i < 400; i++) {
			String text = g.next().text();
			in.add(text);
			fingerprintAll(text, out);
		}
		assertThat(hex(in.value())).as("generator output (not fingerprinting) changed")
			.isEqualTo(hex(GENERATED_INPUTS));
		assertThat(hex(out.value())).isEqualTo(hex(GENERATED_OUTPUTS));
		assertThat(hex(this.signatures.value())).isEqualTo(hex(GENERATED_SIGNATURES));
	}

	@Test
	void randomTextsFingerprintAsBefore() {
		Checksum in = new Checksum();
		Checksum out = new Checksum();
		for (String text : randomTexts(3000)) {
			in.add(text);
			fingerprintAll(text, out);
			for (Encoding e : Encoding.values()) {
				out.add(LegacyVietnamese.toUnicode(text, e));
			}
			out.add(LegacyVietnamese.toUnicode(text, Encoding.TCVN3, true));
		}
		assertThat(hex(in.value())).as("random inputs changed").isEqualTo(hex(RANDOM_INPUTS));
		assertThat(hex(out.value())).isEqualTo(hex(RANDOM_OUTPUTS));
		assertThat(hex(this.signatures.value())).isEqualTo(hex(RANDOM_SIGNATURES));
	}

	/** Everything the batch and the app derive from one submitted text. */
	private void fingerprintAll(String text, Checksum out) {
		Encoding encoding = LegacyVietnamese.detect(text);
		out.add(encoding.ordinal());
		String unicode = LegacyVietnamese.toUnicode(text, encoding);
		out.add(unicode);
		add(this.withTemplate.fingerprint(unicode), out);
		add(this.plain.fingerprint(unicode), out);
		// the raw text too: NFD and legacy codes reach the tokeniser's slow path
		add(this.withTemplate.fingerprint(text), out);
		Tokens tokens = Syllables.tokenize(unicode);
		add(tokens, out);
		add(this.withTemplate.fingerprint(tokens), out);
		add(Syllables.tokenize(text), out);
	}

	private static void add(Tokens tokens, Checksum out) {
		out.add(tokens.hashes());
		out.add(tokens.starts());
		out.add(tokens.ends());
		out.add(tokens.sentences());
	}

	private void add(Fingerprint f, Checksum out) {
		out.add(f.shingles());
		out.add(f.entry().shingleCount());
		out.add(f.entry().sentenceKeys());
		this.signatures.add(f.entry().bandKeys());
		this.signatures.add(f.entry().sketch());
	}

	/**
	 * Vietnamese words (precomposed, decomposed, old tone placement, upper case) mixed
	 * with single characters from ranges where NFC does or might do something, and with
	 * the separators the tokeniser cares about.
	 */
	static List<String> randomTexts(int count) {
		String[] words = { "Đảng", "viên", "hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "NGƯỜI", "ưu", "tiên", "Quý",
				"quý", "giữ", "gìn", "phẩm", "chất", "đạo", "đức", "ấp", "Vĩnh", "Lợi", "2024", "x", "ỹ", "Ỹ", "oà",
				"uý", "OÀ", "a\u0300", "o\u0302\u0301", "u\u031B\u0323", "e\u0301\u0302", "A\u030A",
				"\u1100\u1161\u11A8", "\uAC00\u11A8", "ﬁ", "Å", "Ω", "K", "ǅ", "§¶ng", "vi\u00AAn", "Ñaûng", "vieân",
				"naêm", "\u0344", "\u0958", "\u2126", "\uD834\uDD5E", "\uD835\uDC00", "\u0F73", "\u1E9B\u0323",
				"\u0DDA", "\u3099", "\u304B\u3099", "\u0345", "\u05B0\u05B1", "\u0915\u093C", "\u1EA0\u0306",
				"\u01B0\u0300", "\u00E2\u0309" };
		int[][] ranges = { { 0x20, 0x7F }, { 0xA0, 0xFF }, { 0x100, 0x24F }, { 0x2B0, 0x36F }, { 0x370, 0x3FF },
				{ 0x400, 0x4FF }, { 0x590, 0x5FF }, { 0x900, 0x97F }, { 0xE00, 0xE7F }, { 0x1100, 0x11FF },
				{ 0x1AB0, 0x1AFF }, { 0x1D00, 0x1DFF }, { 0x1E00, 0x1EFF }, { 0x1F00, 0x1FFF }, { 0x2000, 0x20FF },
				{ 0x2100, 0x218F }, { 0x3000, 0x30FF }, { 0xAC00, 0xAC40 }, { 0xD800, 0xDFFF }, { 0xF900, 0xFAFF },
				{ 0xFB00, 0xFB4F }, { 0xFE20, 0xFE2F }, { 0xFF00, 0xFFEF } };
		String[] separators = { " ", " ", " ", ", ", ". ", "\n", "; ", "? ", "—", "\u00A0", "\u2026", "\r\n", "" };
		SplittableRandom rnd = new SplittableRandom(42);
		List<String> out = new ArrayList<>(count);
		for (int t = 0; t < count; t++) {
			StringBuilder sb = new StringBuilder();
			int parts = rnd.nextInt(60);
			for (int p = 0; p < parts; p++) {
				int kind = rnd.nextInt(10);
				if (kind < 6) {
					sb.append(words[rnd.nextInt(words.length)]);
				}
				else if (kind < 9) {
					int[] r = ranges[rnd.nextInt(ranges.length)];
					sb.append((char) (r[0] + rnd.nextInt(r[1] - r[0] + 1)));
				}
				else {
					sb.appendCodePoint(0x10000 + rnd.nextInt(0x20000));
				}
				sb.append(separators[rnd.nextInt(separators.length)]);
			}
			out.add(sb.toString());
		}
		return out;
	}

	private static String hex(long v) {
		return String.format("0x%016XL", v);
	}

	/** 64-bit FNV-1a over ints, finished with a MurmurHash3 mix. */
	static final class Checksum {

		private long h = 0xcbf29ce484222325L;

		void add(int v) {
			this.h = (this.h ^ v) * 0x100000001b3L;
		}

		void add(long v) {
			add((int) v);
			add((int) (v >>> 32));
		}

		void add(int[] a) {
			add(a.length);
			for (int v : a) {
				add(v);
			}
		}

		void add(long[] a) {
			add(a.length);
			for (long v : a) {
				add(v);
			}
		}

		void add(String s) {
			add(s.length());
			for (int i = 0; i < s.length(); i++) {
				add(s.charAt(i));
			}
		}

		long value() {
			return Syllables.mix(this.h);
		}

	}

}
