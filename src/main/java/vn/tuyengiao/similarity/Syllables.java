package vn.tuyengiao.similarity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import vn.tuyengiao.text.VietnameseText;

/**
 * Splits Vietnamese text into syllables, normalised so that the same word always gives
 * the same token: Unicode NFC (NFD input from phones and Macs), one tone-mark placement
 * ("hoà" = "hòa", via {@link VietnameseText#normalize}), lower case, punctuation dropped.
 * Each token keeps its character offsets in the ORIGINAL text, so passages found on
 * tokens can be highlighted in the text as the member wrote it. Legacy TCVN3/VNI text
 * must be converted first ({@link vn.tuyengiao.text.LegacyVietnamese}); offsets then
 * refer to the converted text.
 * <p>
 * Tokens are 64-bit hashes of the normalised syllable; the common case (precomposed
 * letters, new tone placement) is hashed straight from the characters without building
 * strings.
 */
public final class Syllables {

	private static final String OLD_TONE_FINALS = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

	private Syllables() {
	}

	/**
	 * Lower-case form of each word character below {@link #TABLE}, 0 for a non-word
	 * character.
	 */
	private static final char[] LOWER = new char[Scratch.TABLE];

	/**
	 * Characters below {@link Scratch#TABLE} that may carry an old-style tone mark at the
	 * end of a syllable.
	 */
	private static final boolean[] OLD_TONE_FINAL = new boolean[Scratch.TABLE];

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	static {
		for (char c = 0; c < Scratch.TABLE; c++) {
			if (isWordChar(c)) {
				LOWER[c] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
				if (LOWER[c] == 0) {
					throw new IllegalStateException("word character lower-cases to 0: " + (int) c);
				}
			}
		}
		for (int k = 0; k < OLD_TONE_FINALS.length(); k++) {
			OLD_TONE_FINAL[OLD_TONE_FINALS.charAt(k)] = true;
		}
	}

	/** The tokens of a text with their offsets and sentence numbers. */
	public static Tokens tokenize(String text) {
		Scratch s = SCRATCH.get();
		int count = scan(text, s);
		return new Tokens(text, Arrays.copyOf(s.hashes, count), Arrays.copyOf(s.starts, count),
				Arrays.copyOf(s.ends, count), Arrays.copyOf(s.sentences, count));
	}

	/** This thread's reusable buffers. */
	static Scratch scratch() {
		return SCRATCH.get();
	}

	/**
	 * Tokenises {@code text} into the scratch buffers (hashes, starts, ends, sentences)
	 * and returns the token count. Characters are read from one bulk copy and classified
	 * by table; only words with combining marks or an old-style tone placement go through
	 * {@link #canonical}.
	 */
	static int scan(String text, Scratch s) {
		int n = text.length();
		char[] chars = s.chars(n);
		text.getChars(0, n, chars, 0);
		s.ensureTokens(n / 2 + 16);
		long[] hashes = s.hashes;
		int[] starts = s.starts;
		int[] ends = s.ends;
		int[] sentences = s.sentences;
		char[] lowerTable = LOWER;
		int count = 0;
		int sentence = 0;
		boolean sentenceOpen = false;
		int i = 0;
		while (i < n) {
			char c = chars[i];
			char lower = c < Scratch.TABLE ? lowerTable[c] : (isWordChar(c) ? Character.toLowerCase(c) : 0);
			if (lower == 0) {
				if (sentenceOpen && c < 128 && SENTENCE_END[c]) {
					sentence++;
					sentenceOpen = false;
				}
				i++;
				continue;
			}
			int start = i;
			long h = 0xcbf29ce484222325L;
			boolean slow = false;
			char prev = 0;
			while (true) {
				// a combining mark (U+0300–U+036F): unsigned compare, no branch
				slow |= (char) (c - 0x0300) <= 0x6F;
				h = (h ^ lower) * 0x100000001b3L;
				prev = c;
				i++;
				if (i == n) {
					break;
				}
				c = chars[i];
				lower = c < Scratch.TABLE ? lowerTable[c] : (isWordChar(c) ? Character.toLowerCase(c) : 0);
				if (lower == 0) {
					break;
				}
			}
			int end = i;
			if (!slow && end - start >= 2 && end - start <= 7 && prev < Scratch.TABLE && OLD_TONE_FINAL[prev]) {
				char before = Character.toLowerCase(chars[end - 2]);
				slow = before == 'o' || (before == 'u' && !isQuWord(chars, start, end));
			}
			if (slow) {
				h = hashString(canonical(text.substring(start, end)));
			}
			if (count == hashes.length) {
				s.growTokens(count * 2);
				hashes = s.hashes;
				starts = s.starts;
				ends = s.ends;
				sentences = s.sentences;
			}
			hashes[count] = mix(h);
			starts[count] = start;
			ends[count] = end;
			sentences[count] = sentence;
			sentenceOpen = true;
			count++;
		}
		return count;
	}

	/**
	 * "quả", "quý", "Quỹ": ASCII letters, then "qu" and a toned vowel. {@link #canonical}
	 * leaves such a word as it is but for lower case (NFC cannot change it, and "qu" +
	 * vowel is not an "oa"/"oe"/"uy" syllable whose tone could move), so it is hashed on
	 * the fast path; these are most of the words that would otherwise take the slow one.
	 */
	private static boolean isQuWord(char[] chars, int start, int end) {
		if (end - start < 3 || (chars[end - 3] | 0x20) != 'q') {
			return false;
		}
		for (int k = start; k < end - 3; k++) {
			char c = (char) (chars[k] | 0x20);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The normalised form of one word, as the tokens are hashed: NFC, one tone placement,
	 * lower case.
	 */
	public static String canonical(String word) {
		String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
		return VietnameseText.normalize(nfc).toLowerCase(Locale.ROOT);
	}

	private static long hashString(String s) {
		long h = 0xcbf29ce484222325L;
		for (int k = 0; k < s.length(); k++) {
			h = (h ^ s.charAt(k)) * 0x100000001b3L;
		}
		return h;
	}

	static boolean isWordChar(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c) || (c >= 0x0300 && c <= 0x036F);
	}

	private static boolean isSentenceEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r';
	}

	/** {@link #isSentenceEnd} for ASCII (every sentence end is ASCII). */
	private static final boolean[] SENTENCE_END = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			SENTENCE_END[c] = isSentenceEnd(c);
		}
	}

	/** The 64-bit finaliser of MurmurHash3: spreads FNV's weak low bits. */
	static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	/**
	 * Per-thread buffers for tokenising and fingerprinting, grown as needed and reused.
	 */
	static final class Scratch {

		static final int TABLE = 0x2000;

		private char[] chars = new char[4096];

		long[] hashes = new long[1024];

		int[] starts = new int[1024];

		int[] ends = new int[1024];

		int[] sentences = new int[1024];

		int[] ints = new int[1024];

		int[] ints2 = new int[1024];

		final int[] counts = new int[256];

		/** Sentence keys of one text, before sorting. */
		int[] keys = new int[64];

		char[] chars(int n) {
			if (this.chars.length < n) {
				this.chars = new char[Math.max(n, this.chars.length * 2)];
			}
			return this.chars;
		}

		void ensureTokens(int n) {
			if (this.hashes.length < n) {
				growTokens(n);
			}
		}

		void growTokens(int n) {
			this.hashes = Arrays.copyOf(this.hashes, n);
			this.starts = Arrays.copyOf(this.starts, n);
			this.ends = Arrays.copyOf(this.ends, n);
			this.sentences = Arrays.copyOf(this.sentences, n);
		}

		/** Two int buffers of at least {@code n}. */
		void ensureInts(int n) {
			if (this.ints.length < n) {
				this.ints = new int[Math.max(n, this.ints.length * 2)];
				this.ints2 = new int[this.ints.length];
			}
		}

	}

	/**
	 * Syllable tokens of one text: hash, start and end offset (exclusive) in the text,
	 * sentence number.
	 */
	public record Tokens(String text, long[] hashes, int[] starts, int[] ends, int[] sentences) {

		public int size() {
			return this.hashes.length;
		}

	}

}
