package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyllablesTest {

	/**
	 * "quả", "quý", "Quỹ" are hashed on the fast path although their last letter carries
	 * a tone after a "u" (the shape of old-style "thuỷ"): the hash must be the one of
	 * their canonical form, as if they had taken the slow path.
	 */
	@Test
	void quWordsHashAsTheirCanonicalForm() {
		List<String> prefixes = new ArrayList<>(List.of("", "t", "T", "ng", "NG", "ngh", "a", "x", "zz", "thw"));
		for (char c = 'A'; c <= 'z'; c++) {
			if (Character.isLetter(c)) {
				prefixes.add(String.valueOf(c));
			}
		}
		String finals = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";
		int words = 0;
		for (String p : prefixes) {
			for (String qu : List.of("qu", "Qu", "qU", "QU")) {
				for (int k = 0; k < finals.length(); k++) {
					String word = p + qu + finals.charAt(k);
					if (word.length() > 7) {
						continue;
					}
					Syllables.Tokens tokens = Syllables.tokenize("(" + word + ")");
					assertThat(tokens.size()).isEqualTo(1);
					assertThat(tokens.hashes()[0]).as(word).isEqualTo(Syllables.mix(fnv(Syllables.canonical(word))));
					words++;
				}
			}
		}
		assertThat(words).isGreaterThan(5000);
		// and the old tone placement still takes the slow path: "thuỷ" is "thủy"
		assertThat(Syllables.tokenize("thuỷ").hashes()).containsExactly(Syllables.tokenize("thủy").hashes());
		assertThat(Syllables.tokenize("hoà").hashes()).containsExactly(Syllables.tokenize("hòa").hashes());
	}

	private static long fnv(String s) {
		long h = 0xcbf29ce484222325L;
		for (int k = 0; k < s.length(); k++) {
			h = (h ^ s.charAt(k)) * 0x100000001b3L;
		}
		return h;
	}

}
