package vn.tuyengiao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.VietnameseText;

class VietnameseNamesTest {

	@Test
	void partsAreInCanonicalSpelling() {
		assertThat(VietnameseNames.allParts()).allSatisfy(p -> assertThat(VietnameseText.normalize(p)).isEqualTo(p));
	}

	@Test
	void surnameFrequenciesFollowThePopulation() {
		SplittableRandom rnd = new SplittableRandom(1);
		Map<String, Integer> counts = new HashMap<>();
		int n = 100_000;
		for (int i = 0; i < n; i++) {
			counts.merge(VietnameseNames.surname(rnd), 1, Integer::sum);
		}
		assertThat(counts.get("Nguyễn") / (double) n).isBetween(0.28, 0.34);
		assertThat(counts.get("Trần") / (double) n).isBetween(0.09, 0.13);
		assertThat(counts.get("Lê") / (double) n).isBetween(0.08, 0.11);
	}

	@Test
	void fullNamesRepeatAsInRealCommunes() {
		SplittableRandom rnd = new SplittableRandom(2);
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < 4_000; i++) {
			counts.merge(VietnameseNames.fullName(rnd, i % 5 < 3), 1, Integer::sum);
		}
		assertThat(counts.values().stream().filter(c -> c > 1).count()).isGreaterThan(100);
		assertThat(counts).containsKey("Nguyễn Văn Thắng");
	}

}
