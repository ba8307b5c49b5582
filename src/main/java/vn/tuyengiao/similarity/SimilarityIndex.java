package vn.tuyengiao.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import vn.tuyengiao.similarity.internal.LongIntMap;
import vn.tuyengiao.similarity.internal.Postings;

/**
 * The in-memory copy-detection index: documents by long id, each reduced to its {@link IndexEntry} (band keys and
 * sampled sentence keys, about 8 bytes a key in sorted posting arrays). Shingle sets are NOT held here: verification
 * reads them from a {@link ShingleStore}. Add, remove and replace are incremental; queries run concurrently under a
 * read lock. To survive restarts, store {@link IndexEntry#toBytes} with each document and {@link #add} them back (in
 * bulk with {@link #addAll}); to follow other instances, add or remove the rows they wrote since the last catch-up —
 * both operations are idempotent.
 */
public final class SimilarityIndex {

	private final SimilarityConfig config;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Postings[] bands;

	private final Postings sentences = new Postings();

	private final LongIntMap slotOfId;

	private long[] ids;

	private int[] sizes;

	private final BitSet dead = new BitSet();

	private int slots;

	private int live;

	public SimilarityIndex(SimilarityConfig config) {
		this(config, 1024);
	}

	public SimilarityIndex(SimilarityConfig config, int expectedDocuments) {
		this.config = config;
		this.bands = new Postings[config.bands()];
		for (int b = 0; b < this.bands.length; b++) {
			this.bands[b] = new Postings();
		}
		this.slotOfId = new LongIntMap(expectedDocuments);
		this.ids = new long[Math.max(16, expectedDocuments)];
		this.sizes = new int[this.ids.length];
	}

	public SimilarityConfig config() {
		return this.config;
	}

	/** Adds or replaces the document {@code id}. */
	public void add(long id, IndexEntry entry) {
		this.lock.writeLock().lock();
		try {
			insert(id, entry, false);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/** Adds or replaces many documents at once (start-up rebuild, batch): one sort instead of per-key inserts. */
	public void addAll(long[] ids, IndexEntry[] entries) {
		this.lock.writeLock().lock();
		try {
			for (Postings p : this.bands) {
				p.beginBulk(ids.length);
			}
			this.sentences.beginBulk(ids.length * 8);
			for (int i = 0; i < ids.length; i++) {
				insert(ids[i], entries[i], true);
			}
			for (Postings p : this.bands) {
				p.endBulk(this::alive);
			}
			this.sentences.endBulk(this::alive);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void insert(long id, IndexEntry entry, boolean bulk) {
		if (entry.bandKeys().length != this.bands.length) {
			throw new IllegalArgumentException("entry has " + entry.bandKeys().length + " bands, index " + this.bands.length);
		}
		int old = this.slotOfId.get(id);
		if (old >= 0) {
			this.dead.set(old);
			this.live--;
		}
		int slot = this.slots++;
		if (slot == this.ids.length) {
			this.ids = Arrays.copyOf(this.ids, slot + (slot >> 1));
			this.sizes = Arrays.copyOf(this.sizes, this.ids.length);
		}
		this.ids[slot] = id;
		this.sizes[slot] = entry.shingleCount();
		this.slotOfId.put(id, slot);
		this.live++;
		if (entry.shingleCount() > 0) {
			for (int b = 0; b < this.bands.length; b++) {
				this.bands[b].add(entry.bandKeys()[b], slot, this::alive);
			}
		}
		for (int k : entry.sentenceKeys()) {
			this.sentences.add(k, slot, this::alive);
		}
	}

	/** Removes the document; false when it was not there. */
	public boolean remove(long id) {
		this.lock.writeLock().lock();
		try {
			int slot = this.slotOfId.remove(id);
			if (slot < 0) {
				return false;
			}
			this.dead.set(slot);
			this.live--;
			return true;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	public boolean contains(long id) {
		this.lock.readLock().lock();
		try {
			return this.slotOfId.get(id) >= 0;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	public int size() {
		return this.live;
	}

	private boolean alive(int slot) {
		return slot < this.slots && !this.dead.get(slot);
	}

	/** Ids of the candidates for {@code entry} (band or sampled-sentence collisions), without verification. */
	public long[] candidates(IndexEntry entry) {
		this.lock.readLock().lock();
		try {
			int[] slots = candidateSlots(entry);
			long[] out = new long[slots.length];
			for (int i = 0; i < slots.length; i++) {
				out[i] = this.ids[slots[i]];
			}
			return out;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private int[] candidateSlots(IndexEntry entry) {
		int[] n = { 0 };
		int[][] holder = { new int[64] };
		Postings.SlotSink growing = slot -> {
			if (!this.dead.get(slot)) {
				if (n[0] == holder[0].length) {
					holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
				}
				holder[0][n[0]++] = slot;
			}
		};
		if (entry.shingleCount() > 0) {
			for (int b = 0; b < this.bands.length; b++) {
				this.bands[b].forEach(entry.bandKeys()[b], Integer.MAX_VALUE - 1, growing);
			}
		}
		int cap = this.config.maxSentencePostings();
		for (int k : entry.sentenceKeys()) {
			if (this.sentences.count(k, cap) <= cap) {
				this.sentences.forEach(k, cap, growing);
			}
		}
		int[] all = holder[0];
		Arrays.sort(all, 0, n[0]);
		int k = 0;
		for (int i = 0; i < n[0]; i++) {
			if (k == 0 || all[i] != all[k - 1]) {
				all[k++] = all[i];
			}
		}
		return Arrays.copyOf(all, k);
	}

	/**
	 * Documents similar to {@code query} by the config's thresholds, verified exactly on shingle sets from
	 * {@code store}; {@code selfId} (the query's own id, if indexed) is left out. Best first.
	 */
	public List<Match> query(Fingerprint query, ShingleStore store, long selfId) {
		long[] ids;
		int[] sizes;
		this.lock.readLock().lock();
		try {
			int[] slots = candidateSlots(query.entry());
			ids = new long[slots.length];
			sizes = new int[slots.length];
			for (int i = 0; i < slots.length; i++) {
				ids[i] = this.ids[slots[i]];
				sizes[i] = this.sizes[slots[i]];
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		List<Match> out = new ArrayList<>();
		int qa = query.size();
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == selfId) {
				continue;
			}
			// size filter: no shared count can reach either threshold
			int b = sizes[i];
			int best = Math.min(qa, b);
			if (best == 0 || !this.config.accepts(new Overlap(qa, b, best))) {
				continue;
			}
			int[] other = store.shingles(ids[i]);
			if (other == null) {
				continue;
			}
			Overlap o = Overlap.of(query.shingles(), other);
			if (this.config.accepts(o)) {
				out.add(new Match(ids[i], o));
			}
		}
		out.sort(Comparator.comparingDouble(Match::maxContainment).reversed().thenComparingLong(Match::id));
		return out;
	}

	/**
	 * Bytes the index holds, counted from its arrays' capacities: band and sentence postings (8 bytes each), the
	 * id → slot map, ids, sizes and the dead-slot bit set. JVM object headers (a few hundred bytes in all) are not
	 * counted; shingle sets are in the {@link ShingleStore}, not here.
	 */
	public long memoryBytes() {
		this.lock.readLock().lock();
		try {
			long bytes = this.sentences.memoryBytes() + this.slotOfId.memoryBytes() + this.ids.length * 12L
					+ this.dead.size() / 8;
			for (Postings p : this.bands) {
				bytes += p.memoryBytes();
			}
			return bytes;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Compacts all postings now (also happens as deltas fill up): drops postings of removed documents. */
	public void compact() {
		this.lock.writeLock().lock();
		try {
			for (Postings p : this.bands) {
				p.merge(this::alive);
			}
			this.sentences.merge(this::alive);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
