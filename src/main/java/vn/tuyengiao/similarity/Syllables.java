package vn.tuyengiao.similarity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import vn.tuyengiao.text.VietnameseText;

/**
 * Splits Vietnamese text into syllables, normalised so that the same word always gives the same token: Unicode NFC
 * (NFD input from phones and Macs), one tone-mark placement ("hoà" = "hòa", via {@link VietnameseText#normalize}),
 * lower case, punctuation dropped. Each token keeps its character offsets in the ORIGINAL text, so passages found on
 * tokens can be highlighted in the text as the member wrote it. Legacy TCVN3/VNI text must be converted first
 * ({@link vn.tuyengiao.text.LegacyVietnamese}); offsets then refer to the converted text.
 * <p>
 * Tokens are 64-bit hashes of the normalised syllable; the common case (precomposed letters, new tone placement) is
 * hashed straight from the characters without building strings.
 */
public final class Syllables {

	private static final String OLD_TONE_FINALS = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

	private Syllables() {
	}

	/** The tokens of a text with their offsets and sentence numbers. */
	public static Tokens tokenize(String text) {
		int n = text.length();
		int cap = Math.max(16, n / 4);
		long[] hashes = new long[cap];
		int[] starts = new int[cap];
		int[] ends = new int[cap];
		int[] sentences = new int[cap];
		int count = 0;
		int sentence = 0;
		boolean sentenceOpen = false;
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (!isWordChar(c)) {
				if (sentenceOpen && isSentenceEnd(c)) {
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
			while (i < n) {
				c = text.charAt(i);
				if (!isWordChar(c)) {
					break;
				}
				if (c >= 0x0300 && c <= 0x036F) {
					slow = true;
				}
				char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
				h = (h ^ lower) * 0x100000001b3L;
				prev = c;
				i++;
			}
			int end = i;
			if (!slow && end - start >= 2 && end - start <= 7 && OLD_TONE_FINALS.indexOf(prev) >= 0) {
				char before = Character.toLowerCase(text.charAt(end - 2));
				slow = before == 'o' || before == 'u';
			}
			if (slow) {
				h = hashString(canonical(text.substring(start, end)));
			}
			if (count == hashes.length) {
				int grown = count * 2;
				hashes = Arrays.copyOf(hashes, grown);
				starts = Arrays.copyOf(starts, grown);
				ends = Arrays.copyOf(ends, grown);
				sentences = Arrays.copyOf(sentences, grown);
			}
			hashes[count] = mix(h);
			starts[count] = start;
			ends[count] = end;
			sentences[count] = sentence;
			sentenceOpen = true;
			count++;
		}
		return new Tokens(text, Arrays.copyOf(hashes, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
				Arrays.copyOf(sentences, count));
	}

	/** The normalised form of one word, as the tokens are hashed: NFC, one tone placement, lower case. */
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

	/** The 64-bit finaliser of MurmurHash3: spreads FNV's weak low bits. */
	static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	/** Syllable tokens of one text: hash, start and end offset (exclusive) in the text, sentence number. */
	public record Tokens(String text, long[] hashes, int[] starts, int[] ends, int[] sentences) {

		public int size() {
			return this.hashes.length;
		}

	}

}
