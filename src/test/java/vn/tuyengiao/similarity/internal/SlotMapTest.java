package vn.tuyengiao.similarity.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotMapTest {

	/**
	 * Puts, replacements and removals (with backward shifts through clusters) agree with
	 * a HashMap, through growth; ids are commitment ids as the index sees them: large,
	 * sparse, negative too.
	 */
	@Test
	void agreesWithAHashMap() {
		SplittableRandom r = new SplittableRandom(7);
		long[][] ids = { new long[16] };
		int[] slots = { 0 };
		SlotMap map = new SlotMap(4, slot -> ids[0][slot]);
		Map<Long, Integer> expected = new HashMap<>();
		long[] pool = new long[3000];
		for (int i = 0; i < pool.length; i++) {
			pool[i] = i % 3 == 0 ? r.nextLong() : 1_000_000L + r.nextInt(50_000);
		}
		for (int step = 0; step < 40_000; step++) {
			long id = pool[r.nextInt(pool.length)];
			if (r.nextInt(4) == 0) {
				Integer gone = expected.remove(id);
				assertThat(map.remove(id)).isEqualTo(gone == null ? -1 : gone);
			}
			else {
				int slot = slots[0]++;
				if (slot == ids[0].length) {
					ids[0] = java.util.Arrays.copyOf(ids[0], slot * 2);
				}
				ids[0][slot] = id;
				map.put(id, slot);
				expected.put(id, slot);
			}
			if (step % 997 == 0) {
				for (long x : pool) {
					assertThat(map.get(x)).as("id %d at step %d", x, step).isEqualTo(expected.getOrDefault(x, -1));
				}
			}
		}
		assertThat(map.size()).isEqualTo(expected.size());
		assertThat(map.memoryBytes()).isLessThanOrEqualTo(4L * Integer.highestOneBit(expected.size() * 4) * 2);
	}

}
