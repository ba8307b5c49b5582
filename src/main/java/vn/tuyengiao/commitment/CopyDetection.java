package vn.tuyengiao.commitment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.IndexEntry;
import vn.tuyengiao.similarity.Match;
import vn.tuyengiao.similarity.SimilarityConfig;
import vn.tuyengiao.similarity.SimilarityIndex;
import vn.tuyengiao.similarity.Syllables;

/**
 * Copy detection wired to the commitments: every commitment entered or changed is
 * fingerprinted (minus its campaign's guidance template and the form's section headings),
 * stored in {@code commitment_fingerprint} with a new sequence number, put into the one
 * in-memory {@link SimilarityIndex} of this instance, looked up there — across all
 * campaigns, years and units — and the pairs found are recorded as {@code copy_finding}s,
 * replacing those the commitment was part of. All within the submitting transaction: the
 * findings are there when the page comes back.
 * <p>
 * Several instances share one database: the index is built from the table on first use
 * (at start-up), and before every lookup this instance reads the rows whose seq is above
 * the highest it has seen (rows other instances wrote; a row is rewritten with a new seq
 * when its text changes; a row without index data is a tombstone). Sequence numbers are
 * handed out before commit, so a row may become visible after a higher one: missing
 * numbers are remembered as gaps and asked for again for {@link #GAP_TTL_SECONDS}
 * seconds. Shingle sets for exact verification are read from the table, all candidates in
 * one query. Also the {@link BoilerplateEstimate} of the content checks: the share of the
 * text in sentences that {@link #BOILERPLATE_MIN_OTHERS} or more other commitments carry
 * too.
 */
@Service
public class CopyDetection implements BoilerplateEstimate {

	private static final Logger log = LoggerFactory.getLogger(CopyDetection.class);

	/** A sentence carried by this many other commitments is boilerplate. */
	public static final int BOILERPLATE_MIN_OTHERS = 5;

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

	/** Findings kept per check, best first. */
	static final int MAX_FINDINGS = 30;

	private static final int MIN_SENTENCE_SYLLABLES = 6;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate separate;

	/**
	 * A transaction of its own that may write: rewriting stored rows to the current
	 * format.
	 */
	private final TransactionTemplate writable;

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

	private final Map<Long, CampaignFingerprinter> fingerprinters = new ConcurrentHashMap<>();

	private record CampaignFingerprinter(String template, Fingerprinter fingerprinter) {
	}

	CopyDetection(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separate.setReadOnly(true);
		this.writable = new TransactionTemplate(transactions);
		this.writable.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	// ---- events

	@EventListener
	void onSubmitted(CommitmentSubmitted e) {
		check(e.commitmentId(), e.campaignId(), e.memberId(), e.text());
	}

	@EventListener
	void onTemplateChanged(CommitmentTemplateChanged e) {
		List<Object[]> rows = this.jdbc.query(
				"select id, member_id, body from commitment where campaign_id = :c order by id",
				new MapSqlParameterSource("c", e.campaignId()),
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) });
		for (Object[] r : rows) {
			check((Long) r[0], e.campaignId(), (Long) r[1], (String) r[2]);
		}
		log.info("Campaign {}: guidance template changed, {} commitments fingerprinted and checked again",
				e.campaignId(), rows.size());
	}

	/**
	 * Builds the index while the application starts, so the first submission does not
	 * wait for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		catchUp();
	}

	// ---- the check on submission

	/**
	 * Fingerprints the commitment's text, stores it, indexes it and records the similar
	 * commitments found. Must run in the transaction that wrote the text.
	 */
	void check(long commitmentId, long campaignId, long memberId, String text) {
		catchUp();
		Syllables.Tokens tokens = Syllables.tokenize(text);
		Fingerprint f = fingerprinter(campaignId).fingerprint(tokens);
		long seq = this.jdbc.queryForObject("select nextval('commitment_fingerprint_seq')", new MapSqlParameterSource(),
				Long.class);
		MapSqlParameterSource p = new MapSqlParameterSource("id", commitmentId).addValue("seq", seq)
			.addValue("e", f.entry().toBytes(this.config))
			.addValue("s", f.shingleBytes())
			.addValue("at", now());
		int n = this.jdbc.update("update commitment_fingerprint set seq = :seq, entry_data = :e, shingle_data = :s, "
				+ "fingerprinted_at = :at where commitment_id = :id", p);
		if (n == 0) {
			this.jdbc.update(
					"insert into commitment_fingerprint (commitment_id, seq, entry_data, shingle_data, fingerprinted_at) "
							+ "values (:id, :seq, :e, :s, :at)",
					p);
		}
		writeSentences(commitmentId, tokens);
		this.ownSeqs.add(seq);
		this.index.add(commitmentId, f.entry());
		afterCompletion(commitmentId, seq);
		recordFindings(commitmentId, memberId, query(f, commitmentId));
	}

	/**
	 * If the transaction rolls back, the index entry put in early is read again from the
	 * table.
	 */
	private void afterCompletion(long commitmentId, long seq) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					CopyDetection.this.ownSeqs.remove(seq);
					CopyDetection.this.dirty.add(commitmentId);
				}
			}
		});
	}

	private void recordFindings(long commitmentId, long memberId, List<Match> matches) {
		MapSqlParameterSource id = new MapSqlParameterSource("id", commitmentId);
		this.jdbc.update("delete from copy_finding where commitment_id = :id or other_id = :id", id);
		if (matches.isEmpty()) {
			return;
		}
		List<Match> kept = matches.size() > MAX_FINDINGS ? matches.subList(0, MAX_FINDINGS) : matches;
		Map<Long, Long> memberOf = new HashMap<>();
		this.jdbc.query("select id, member_id from commitment where id in (:ids)",
				new MapSqlParameterSource("ids", kept.stream().map(Match::id).toList()), rs -> {
					memberOf.put(rs.getLong(1), rs.getLong(2));
				});
		Timestamp now = now();
		List<MapSqlParameterSource> batch = new ArrayList<>();
		for (Match m : kept) {
			Long otherMember = memberOf.get(m.id());
			if (otherMember == null) {
				continue;
			}
			batch.add(new MapSqlParameterSource("c", commitmentId).addValue("o", m.id())
				.addValue("j", m.jaccard())
				.addValue("ca", m.overlap().containmentAInB())
				.addValue("cb", m.overlap().containmentBInA())
				.addValue("same", otherMember == memberId)
				.addValue("at", now));
		}
		this.jdbc.batchUpdate(
				"""
						insert into copy_finding (commitment_id, other_id, jaccard, containment, other_containment, same_member, status,
						  found_at) values (:c, :o, :j, :ca, :cb, :same, 'OPEN', :at)""",
				batch.toArray(MapSqlParameterSource[]::new));
	}

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

	public SimilarityConfig config() {
		return this.config;
	}

	/**
	 * The campaign's fingerprinter: its guidance template and the form's section headings
	 * are not copying.
	 */
	Fingerprinter fingerprinter(long campaignId) {
		String template = this.jdbc.query("select guidance_template from commitment_campaign where id = :id",
				new MapSqlParameterSource("id", campaignId), rs -> rs.next() ? rs.getString(1) : null);
		String t = template == null ? "" : template;
		CampaignFingerprinter cached = this.fingerprinters.get(campaignId);
		if (cached != null && cached.template().equals(t)) {
			return cached.fingerprinter();
		}
		List<String> templates = new ArrayList<>();
		if (!t.isBlank()) {
			templates.add(t);
		}
		int i = 1;
		for (CommitmentSection s : CommitmentSection.values()) {
			templates.add(i++ + ". " + s.heading());
		}
		Fingerprinter fp = new Fingerprinter(this.config, templates);
		this.fingerprinters.put(campaignId, new CampaignFingerprinter(t, fp));
		return fp;
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
		Map<Long, Outdated> outdated = new HashMap<>();
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
					outdated.put(id, new Outdated(entry, seq));
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
			Map<Long, IndexEntry> rebuilt = rebuild(outdated);
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
		Map<Long, Outdated> outdated = new HashMap<>();
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
			Map<Long, IndexEntry> rebuilt = rebuild(outdated);
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
	private void apply(long id, long seq, byte[] data, Map<Long, Outdated> outdated) {
		if (data == null) {
			this.index.remove(id);
			return;
		}
		try {
			IndexEntry entry = IndexEntry.fromBytes(data, this.config);
			if (entry.outdated()) {
				outdated.put(id, new Outdated(entry, seq));
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

	/** An entry read in an earlier format, with the seq of its row. */
	private record Outdated(IndexEntry entry, long seq) {
	}

	/**
	 * Entries stored in an earlier format ({@link IndexEntry#outdated()}: band keys from
	 * another signature, no {@link vn.tuyengiao.similarity.Sketch}) rebuilt from their
	 * stored shingle sets, keeping their sentence keys, all shingle sets read in batches
	 * of 1,000. The rows are rewritten in a transaction of their own — unless another
	 * instance has rewritten one since (its seq changed) — so the work is done once. A
	 * commitment whose row has no shingle set is left out of the answer.
	 */
	private Map<Long, IndexEntry> rebuild(Map<Long, Outdated> outdated) {
		List<Long> wanted = new ArrayList<>(outdated.keySet());
		Map<Long, IndexEntry> out = new HashMap<>();
		for (int from = 0; from < wanted.size(); from += 1000) {
			this.jdbc.query(
					"select commitment_id, shingle_data from commitment_fingerprint where commitment_id in (:ids) "
							+ "and shingle_data is not null",
					new MapSqlParameterSource("ids", wanted.subList(from, Math.min(wanted.size(), from + 1000))),
					rs -> {
						long id = rs.getLong(1);
						out.put(id,
								outdated.get(id)
									.entry()
									.rebuilt(this.config, Fingerprint.shinglesFromBytes(rs.getBytes(2))));
					});
		}
		List<MapSqlParameterSource> rewrites = new ArrayList<>();
		out.forEach(
				(id, entry) -> rewrites.add(new MapSqlParameterSource("id", id).addValue("seq", outdated.get(id).seq())
					.addValue("e", entry.toBytes(this.config))));
		if (!rewrites.isEmpty()) {
			this.writable.executeWithoutResult(status -> this.jdbc.batchUpdate(
					"update commitment_fingerprint set entry_data = :e where commitment_id = :id and seq = :seq",
					rewrites.toArray(MapSqlParameterSource[]::new)));
		}
		return out;
	}

	/**
	 * Takes a commitment out of copy detection everywhere: a tombstone row that every
	 * instance applies.
	 */
	void remove(long commitmentId) {
		long seq = this.jdbc.queryForObject("select nextval('commitment_fingerprint_seq')", new MapSqlParameterSource(),
				Long.class);
		MapSqlParameterSource p = new MapSqlParameterSource("id", commitmentId).addValue("seq", seq)
			.addValue("at", now());
		this.jdbc.update("update commitment_fingerprint set seq = :seq, entry_data = null, shingle_data = null, "
				+ "fingerprinted_at = :at where commitment_id = :id", p);
		this.jdbc.update("delete from commitment_sentence where commitment_id = :id", p);
		this.jdbc.update("delete from copy_finding where commitment_id = :id or other_id = :id", p);
		this.ownSeqs.add(seq);
		this.index.remove(commitmentId);
		afterCompletion(commitmentId, seq);
	}

	/**
	 * Stored fingerprints of the commitments that have none yet (written before copy
	 * detection existed).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		List<Object[]> rows = this.jdbc.query("""
				select c.id, c.campaign_id, c.member_id, c.body from commitment c
				where not exists (select 1 from commitment_fingerprint f where f.commitment_id = c.id) order by c.id""",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4) });
		if (rows.isEmpty()) {
			return;
		}
		TransactionTemplate tx = new TransactionTemplate(Objects.requireNonNull(this.separate.getTransactionManager()));
		for (Object[] r : rows) {
			tx.executeWithoutResult(s -> check((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3]));
		}
		log.info("Copy detection: {} commitments written before it existed fingerprinted and checked", rows.size());
	}

	// ---- boilerplate

	private void writeSentences(long commitmentId, Syllables.Tokens tokens) {
		MapSqlParameterSource id = new MapSqlParameterSource("id", commitmentId);
		this.jdbc.update("delete from commitment_sentence where commitment_id = :id", id);
		Map<Integer, Integer> sentences = sentences(tokens);
		if (sentences.isEmpty()) {
			return;
		}
		List<MapSqlParameterSource> batch = new ArrayList<>();
		for (Map.Entry<Integer, Integer> e : sentences.entrySet()) {
			batch.add(new MapSqlParameterSource("id", commitmentId).addValue("h", e.getKey())
				.addValue("n", e.getValue()));
		}
		this.jdbc.batchUpdate(
				"insert into commitment_sentence (commitment_id, sentence_hash, syllables) values (:id, :h, :n)",
				batch.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Distinct sentences of {@value #MIN_SENTENCE_SYLLABLES} syllables or more: hash →
	 * syllables.
	 */
	static Map<Integer, Integer> sentences(Syllables.Tokens tokens) {
		long[] h = tokens.hashes();
		int[] sid = tokens.sentences();
		Map<Integer, Integer> out = new LinkedHashMap<>();
		int i = 0;
		while (i < h.length) {
			int j = i;
			long acc = 0x84222325CBF29CE4L;
			while (j < h.length && sid[j] == sid[i]) {
				acc = (acc ^ h[j]) * 0x100000001b3L;
				j++;
			}
			if (j - i >= MIN_SENTENCE_SYLLABLES) {
				acc ^= acc >>> 33;
				acc *= 0xff51afd7ed558ccdL;
				acc ^= acc >>> 33;
				out.merge((int) acc, j - i, Integer::sum);
			}
			i = j;
		}
		return out;
	}

	@Override
	public OptionalDouble boilerplateShare(long campaignId, long commitmentId, String text) {
		Syllables.Tokens tokens = Syllables.tokenize(text);
		if (tokens.size() == 0) {
			return OptionalDouble.of(0);
		}
		Map<Integer, Integer> sentences = sentences(tokens);
		if (sentences.isEmpty()) {
			return OptionalDouble.of(0);
		}
		Map<Integer, Integer> carriers = new HashMap<>();
		List<Integer> hashes = new ArrayList<>(sentences.keySet());
		for (int from = 0; from < hashes.size(); from += 1000) {
			this.jdbc.query(
					"""
							select sentence_hash, count(*) from commitment_sentence where sentence_hash in (:h) and commitment_id <> :id
							group by sentence_hash""",
					new MapSqlParameterSource("h", hashes.subList(from, Math.min(hashes.size(), from + 1000)))
						.addValue("id", commitmentId),
					rs -> {
						carriers.put(rs.getInt(1), rs.getInt(2));
					});
		}
		long common = 0;
		for (Map.Entry<Integer, Integer> e : sentences.entrySet()) {
			if (carriers.getOrDefault(e.getKey(), 0) >= BOILERPLATE_MIN_OTHERS) {
				common += e.getValue();
			}
		}
		return OptionalDouble.of(Math.min(1.0, (double) common / tokens.size()));
	}

	// ---- helpers

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

}
