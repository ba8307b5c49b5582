package vn.tuyengiao.similarity;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ShingleStore} in a map: for the batch command, benchmarks and tests.
 * Thread-safe.
 */
public final class InMemoryShingleStore implements ShingleStore {

	private final ConcurrentHashMap<Long, int[]> sets = new ConcurrentHashMap<>();

	public void put(long id, int[] shingles) {
		this.sets.put(id, shingles);
	}

	public void remove(long id) {
		this.sets.remove(id);
	}

	@Override
	public int[] shingles(long id) {
		return this.sets.get(id);
	}

	public int size() {
		return this.sets.size();
	}

}
