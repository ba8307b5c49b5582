package vn.tuyengiao.similarity.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {

	/**
	 * Small and directory (6-byte, coarse 5-byte) forms give the same postings as a plain
	 * map, through adds, removals and merges; a coarse map answers for all keys that
	 * share the top 24 bits.
	 */
	@Test
	void allFormsAgreeWithAMap() {
		for (boolean coarse : new boolean[] { false, true }) {
			for (int compactFrom : new int[] { Integer.MAX_VALUE, 1, 500 }) {
				agreeWithAMap(compactFrom, coarse);
			}
		}
	}

	private void agreeWithAMap(int compactFrom, boolean coarse) {
		{
			SplittableRandom r = new SplittableRandom(compactFrom);
			Postings p = new Postings(compactFrom, coarse);
			Map<Integer, TreeSet<Integer>> expected = new HashMap<>();
			BitSet dead = new BitSet();
			List<Integer> keys = new ArrayList<>();
			// keys that share their top or low 16 bits, negative keys, and random ones
			for (int i = 0; i < 200; i++) {
				keys.add(r.nextInt());
			}
			keys.addAll(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x12340000, 0x12340001, 0x00001234,
					0x43211234, 0x12345600, 0x123456FF, 0x12345700));
			p.beginBulk(100);
			int slot = 0;
			for (; slot < 3000; slot++) {
				int key = keys.get(r.nextInt(keys.size()));
				p.add(key, slot, s -> !dead.get(s));
				expected.computeIfAbsent(coarse ? key & 0xFFFFFF00 : key, k -> new TreeSet<>()).add(slot);
			}
			p.endBulk(s -> !dead.get(s));
			for (; slot < 30_000; slot++) {
				int key = keys.get(r.nextInt(keys.size()));
				p.add(key, slot, s -> !dead.get(s));
				expected.computeIfAbsent(coarse ? key & 0xFFFFFF00 : key, k -> new TreeSet<>()).add(slot);
				if (r.nextInt(10) == 0) {
					int gone = r.nextInt(slot + 1);
					dead.set(gone);
					expected.values().forEach(v -> v.remove(gone));
				}
			}
			p.merge(s -> !dead.get(s));
			for (int key : keys) {
				TreeSet<Integer> got = new TreeSet<>();
				p.forEach(key, Integer.MAX_VALUE - 1, got::add);
				assertThat(got).as("key %d, compactFrom %d, coarse %s", key, compactFrom, coarse)
					.isEqualTo(expected.getOrDefault(coarse ? key & 0xFFFFFF00 : key, new TreeSet<>()));
				assertThat(p.count(key, 3)).isEqualTo(Math.min(4, got.size()));
			}
			assertThat(p.forEach(0x7777_7777, 10, s -> {
			})).isZero();
		}
	}

	@Test
	void directoryFormTakesSixBytesAPosting() {
		Postings p = new Postings(1000, false);
		p.beginBulk(100_000);
		for (int i = 0; i < 100_000; i++) {
			p.add(i * 0x9E3779B1, i, s -> true);
		}
		p.endBulk(s -> true);
		assertThat(p.memoryBytes()).isLessThan(100_000L * 6 + (65_537 * 4) + 64 * 8 + 1);
	}

}
