package vn.tuyengiao.copydetection.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.IndexEntry;
import vn.tuyengiao.similarity.Match;
import vn.tuyengiao.similarity.SimilarityConfig;
import vn.tuyengiao.similarity.SimilarityIndex;

/**
 * The one in-memory {@link SimilarityIndex} of this instance, kept in step with the
 * {@code commitment_fingerprint} table that several instances share: built from the table
 * on first use (at start-up), and before every lookup this instance reads the rows whose
 * seq is above the highest it has seen (rows other instances wrote; a row is rewritten
 * with a new seq when its text changes; a row without index data is a tombstone).
 * Sequence numbers are handed out before commit, so a row may become visible after a
 * higher one: missing numbers are remembered as gaps and asked for again for
 * {@link #GAP_TTL_SECONDS} seconds. Rows stored in an earlier format are rebuilt from
 * their shingle sets and rewritten once. Shingle sets for exact verification are read
 * from the table, all candidates in one query.
 */
@Component
public class FingerprintIndex {

	private static final Logger log = LoggerFactory.getLogger(FingerprintIndex.class);

	/**
	 * How long a missing sequence number is still asked for (a transaction still running
	 * in another instance).
	 */
	static final long GAP_TTL_SECONDS = 120;

	/**
	 * At start-up, missing numbers among this many below the highest are treated as gaps.
	 */
	private static final int STARTUP_GAP_WINDOW = 1000;

	private static final int MAX_GAPS = 20_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate separate;

	/** Rows stored in an earlier format, rebuilt and rewritten. */
	private final OutdatedRows outdatedRows;

	private final Clock clock;

	private final SimilarityConfig config = SimilarityConfig.DEFAULT;

	private final SimilarityIndex index = new SimilarityIndex(this.config, 4096);

	private final Object catchUpLock = new Object();

	private volatile boolean loaded;

	private long lastSeq;

	/** Missing sequence numbers below {@link #lastSeq} → when first missed (ms). */
	private final TreeMap<Long, Long> gaps = new TreeMap<>();

	/**
	 * Rows this instance wrote and already put into the index: not applied again when
	 * catch-up reads them.
	 */
	private final Set<Long> ownSeqs = ConcurrentHashMap.newKeySet();

	/**
	 * Commitments whose index state must be read again from the table (a write of ours
	 * that rolled back).
	 */
	private final Set<Long> dirty = ConcurrentHashMap.newKeySet();

	public FingerprintIndex(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separate.setReadOnly(true);
		this.outdatedRows = new OutdatedRows(jdbc, transactions, this.config);
		this.clock = clock;
	}

	/**
	 * Builds the index while the application starts, so the first submission does not
	 * wait for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		catchUp();
	}

	public SimilarityConfig config() {
		return this.config;
	}

	/** Commitments in this instance's index. */
	public int indexedCount() {
		return this.index.size();
	}

	/**
	 * Bytes the in-memory index holds (shingle sets are in the database, not counted).
	 */
	public long indexMemoryBytes() {
		return this.index.memoryBytes();
	}

	// ---- writes of this instance

	/**
	 * A row this instance has just written (in the current transaction) goes into the
	 * index at once; if the transaction rolls back, the commitment is read again from the
	 * table.
	 */
	void written(long commitmentId, long seq, IndexEntry entry) {
		this.ownSeqs.add(seq);
		if (entry == null) {
			this.index.remove(commitmentId);
		}
		else {
			this.index.add(commitmentId, entry);
		}
		afterCompletion(commitmentId, seq);
	}

	private void afterCompletion(long commitmentId, long seq) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					FingerprintIndex.this.ownSeqs.remove(seq);
					FingerprintIndex.this.dirty.add(commitmentId);
				}
			}
		});
	}

	// ---- lookups

	/**
	 * Similar commitments for a fingerprint, verified on the stored shingle sets: the
	 * candidates that pass the index's sketch pre-filter are read in one query.
	 */
	List<Match> query(Fingerprint f, long selfId) {
		long[] candidates = this.index.prefilteredCandidates(f.entry());
		Map<Long, int[]> sets = new HashMap<>();
		List<Long> ids = new ArrayList<>(candidates.length);
		for (long c : candidates) {
			if (c != selfId) {
				ids.add(c);
			}
		}
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.query(
					"select commitment_id, shingle_data from commitment_fingerprint where commitment_id in (:ids) "
							+ "and shingle_data is not null",
					new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 1000))), rs -> {
						sets.put(rs.getLong(1), Fingerprint.shinglesFromBytes(rs.getBytes(2)));
					});
		}
		return this.index.query(f, sets::get, selfId);
	}

	/**
	 * The similar commitments of one already stored commitment, as the index (caught up
	 * first) finds them now, without recording anything.
	 */
	public List<Match> similarTo(long commitmentId) {
		catchUp();
		byte[] shingles = this.jdbc.query("select shingle_data from commitment_fingerprint where commitment_id = :id",
				new MapSqlParameterSource("id", commitmentId), rs -> rs.next() ? rs.getBytes(1) : null);
		byte[] entry = this.jdbc.query("select entry_data from commitment_fingerprint where commitment_id = :id",
				new MapSqlParameterSource("id", commitmentId), rs -> rs.next() ? rs.getBytes(1) : null);
		if (shingles == null || entry == null) {
			return List.of();
		}
		Fingerprint f = new Fingerprint(Fingerprint.shinglesFromBytes(shingles),
				IndexEntry.fromBytes(entry, this.config));
		return query(f, commitmentId);
	}

	// ---- following the table

	/**
	 * Brings the index up to date with the table: built from it the first time;
	 * afterwards the rows written since (by any instance), the gaps still open and the
	 * commitments marked dirty. Reads committed data only.
	 */
	public void catchUp() {
		synchronized (this.catchUpLock) {
			this.separate.executeWithoutResult(status -> {
				if (!this.loaded) {
					load();
				}
				else {
					follow();
				}
			});
		}
	}

	private void load() {
		long started = System.nanoTime();
		List<Long> ids = new ArrayList<>();
		List<IndexEntry> entries = new ArrayList<>();
		List<Long> stale = new ArrayList<>();
		Set<Long> seqsNearTop = new HashSet<>();
		long[] max = { 0 };
		List<long[]> all = new ArrayList<>();
		Map<Long, OutdatedRows.Outdated> outdated = new HashMap<>();
		this.jdbc.query("select commitment_id, seq, entry_data from commitment_fingerprint", rs -> {
			long id = rs.getLong(1);
			long seq = rs.getLong(2);
			byte[] data = rs.getBytes(3);
			max[0] = Math.max(max[0], seq);
			all.add(new long[] { seq });
			if (data == null) {
				return;
			}
			try {
				IndexEntry entry = IndexEntry.fromBytes(data, this.config);
				if (entry.outdated()) {
					outdated.put(id, new OutdatedRows.Outdated(entry, seq));
					return;
				}
				entries.add(entry);
				ids.add(id);
			}
			catch (IllegalArgumentException e) {
				stale.add(id);
			}
		});
		if (!outdated.isEmpty()) {
			Map<Long, IndexEntry> rebuilt = this.outdatedRows.rebuild(outdated);
			rebuilt.forEach((id, entry) -> {
				ids.add(id);
				entries.add(entry);
			});
			log.info("Copy detection: {} stored fingerprints of an earlier format rebuilt from their shingle sets",
					rebuilt.size());
		}
		for (long[] s : all) {
			if (s[0] > max[0] - STARTUP_GAP_WINDOW) {
				seqsNearTop.add(s[0]);
			}
		}
		this.index.addAll(ids.stream().mapToLong(Long::longValue).toArray(), entries.toArray(IndexEntry[]::new));
		this.lastSeq = max[0];
		long nowMs = this.clock.millis();
		for (long s = Math.max(1, max[0] - STARTUP_GAP_WINDOW + 1); s <= max[0]; s++) {
			if (!seqsNearTop.contains(s)) {
				this.gaps.put(s, nowMs);
			}
		}
		this.loaded = true;
		log.info("Copy detection index built from {} stored fingerprints in {} ms ({} bytes){}", ids.size(),
				(System.nanoTime() - started) / 1_000_000, this.index.memoryBytes(), stale.isEmpty() ? "" : "; "
						+ stale.size() + " made with other parameters are left out until their text is checked again");
	}

	private void follow() {
		long nowMs = this.clock.millis();
		this.gaps.values().removeIf(t -> nowMs - t > GAP_TTL_SECONDS * 1000);
		List<Long> openGaps = new ArrayList<>(this.gaps.keySet());
		MapSqlParameterSource p = new MapSqlParameterSource("last", this.lastSeq);
		StringBuilder sql = new StringBuilder(
				"select commitment_id, seq, entry_data from commitment_fingerprint where seq > :last");
		if (!openGaps.isEmpty()) {
			// the newest gaps: a transaction that took longer than that many writes is
			// caught by its TTL only
			List<Long> asked = openGaps.size() > 1000 ? openGaps.subList(openGaps.size() - 1000, openGaps.size())
					: openGaps;
			sql.append(" or seq in (:gaps)");
			p.addValue("gaps", asked);
		}
		Set<Long> dirtyNow = new HashSet<>(this.dirty);
		if (!dirtyNow.isEmpty()) {
			sql.append(" or commitment_id in (:dirty)");
			p.addValue("dirty", dirtyNow);
		}
		sql.append(" order by seq");
		Set<Long> seen = new HashSet<>();
		long[] max = { this.lastSeq };
		Set<Long> present = new HashSet<>();
		Map<Long, OutdatedRows.Outdated> outdated = new HashMap<>();
		this.jdbc.query(sql.toString(), p, rs -> {
			long id = rs.getLong(1);
			long seq = rs.getLong(2);
			byte[] data = rs.getBytes(3);
			seen.add(seq);
			present.add(id);
			max[0] = Math.max(max[0], seq);
			this.gaps.remove(seq);
			if (this.ownSeqs.remove(seq) && !dirtyNow.contains(id)) {
				return;
			}
			apply(id, seq, data, outdated);
		});
		if (!outdated.isEmpty()) {
			Map<Long, IndexEntry> rebuilt = this.outdatedRows.rebuild(outdated);
			for (Long id : outdated.keySet()) {
				IndexEntry entry = rebuilt.get(id);
				if (entry == null) {
					this.index.remove(id);
				}
				else {
					this.index.add(id, entry);
				}
			}
		}
		for (Long id : dirtyNow) {
			if (!present.contains(id)) {
				this.index.remove(id);
			}
		}
		this.dirty.removeAll(dirtyNow);
		for (long s = this.lastSeq + 1; s < max[0]; s++) {
			if (!seen.contains(s)) {
				this.gaps.put(s, nowMs);
			}
		}
		while (this.gaps.size() > MAX_GAPS) {
			this.gaps.pollFirstEntry();
		}
		this.lastSeq = max[0];
		// own rows rewritten by another instance before this one read them: never seen,
		// not waited for
		this.ownSeqs.removeIf(s -> s < this.lastSeq && !this.gaps.containsKey(s));
	}

	/**
	 * Puts a row another instance wrote into the index; one in an earlier format goes to
	 * {@code outdated} instead.
	 */
	private void apply(long id, long seq, byte[] data, Map<Long, OutdatedRows.Outdated> outdated) {
		if (data == null) {
			this.index.remove(id);
			return;
		}
		try {
			IndexEntry entry = IndexEntry.fromBytes(data, this.config);
			if (entry.outdated()) {
				outdated.put(id, new OutdatedRows.Outdated(entry, seq));
				return;
			}
			this.index.add(id, entry);
		}
		catch (IllegalArgumentException e) {
			log.warn(
					"Fingerprint of commitment {} made with other parameters: left out until its text is checked again",
					id);
			this.index.remove(id);
		}
	}

}
