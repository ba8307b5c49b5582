package vn.tuyengiao.copydetection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.commitment.CommitmentBodies;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentSubmitted;
import vn.tuyengiao.commitment.CommitmentTemplateChanged;
import vn.tuyengiao.similarity.AllPairs;
import vn.tuyengiao.similarity.ExactAllPairs;
import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.Match;
import vn.tuyengiao.similarity.Overlap;
import vn.tuyengiao.similarity.Syllables;

/**
 * The check: every commitment entered or changed is fingerprinted (minus its campaign's
 * guidance template and the form's section headings), stored in
 * {@code commitment_fingerprint} with a new sequence number, put into the
 * {@link FingerprintIndex} of this instance, looked up there — across all campaigns,
 * years and units — and the pairs found are recorded as {@code copy_finding}s, replacing
 * those the commitment was part of. The submission listener is synchronous, so all this
 * happens within the submitting transaction: the findings are there when the page comes
 * back, and a rollback takes them away with the text. A changed guidance template
 * re-checks the whole campaign as a background cluster job.
 */
@Component
public class CopyCheck {

	private static final Logger log = LoggerFactory.getLogger(CopyCheck.class);

	/** Findings kept per check, best first. */
	static final int MAX_FINDINGS = 30;

	private final NamedParameterJdbcTemplate jdbc;

	private final FingerprintIndex index;

	private final SentenceTable sentences;

	private final CommitmentBodies bodies;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	private final CampaignRechecks rechecks;

	private final Map<Long, CampaignFingerprinter> fingerprinters = new ConcurrentHashMap<>();

	private record CampaignFingerprinter(String template, Fingerprinter fingerprinter) {
	}

	CopyCheck(NamedParameterJdbcTemplate jdbc, FingerprintIndex index, SentenceTable sentences, CommitmentBodies bodies,
			PlatformTransactionManager transactions, Clock clock, CampaignRechecks rechecks) {
		this.rechecks = rechecks;
		this.jdbc = jdbc;
		this.index = index;
		this.sentences = sentences;
		this.bodies = bodies;
		this.transactions = transactions;
		this.clock = clock;
	}

	// ---- events

	@EventListener
	void onSubmitted(CommitmentSubmitted e) {
		check(e.commitmentId(), e.campaignId(), e.memberId(), e.text());
	}

	/**
	 * A changed guidance template changes every fingerprint of the campaign: the re-check
	 * is a durable cluster job ({@link CampaignRechecks}), stored in this transaction,
	 * run once by whichever instance takes it, again after a crash.
	 */
	@EventListener
	void onTemplateChanged(CommitmentTemplateChanged e) {
		this.rechecks.schedule(e.campaignId());
	}

	/**
	 * Fingerprints and checks every commitment of the campaign again, then compares the
	 * campaign's texts as a batch. Runs in the caller's transaction.
	 */
	void recheckCampaign(long campaignId) {
		List<CommitmentBodies.Body> rows = this.bodies.ofCampaign(campaignId);
		Fingerprint[] fingerprints = new Fingerprint[rows.size()];
		for (int i = 0; i < fingerprints.length; i++) {
			CommitmentBodies.Body r = rows.get(i);
			fingerprints[i] = check(r.commitmentId(), campaignId, r.memberId(), r.text());
		}
		// The index finds a pair with high probability; within the campaign the batch is
		// compared again by the method its size calls for (AllPairs: exact below
		// EXACT_BELOW texts), and a pair the index missed is recorded too.
		AllPairs.Result all = AllPairs.find(fingerprints, this.index.config(), null);
		int added = 0;
		if (all.method() == AllPairs.Method.EXACT) {
			for (ExactAllPairs.Pair p : all.pairs()) {
				added += recordIfMissing(rows.get(p.b()), rows.get(p.a()), p.overlap());
			}
		}
		log.info(
				"Campaign {}: guidance template changed, {} commitments fingerprinted and checked again; "
						+ "within the campaign {} method: {} pairs, {} not found by the index added",
				campaignId, rows.size(), all.method(), all.pairs().size(), added);
	}

	/**
	 * Records the pair (checked {@code b}, other {@code a}) unless a finding of the two
	 * exists in either direction; {@code o} is a's overlap with b.
	 */
	private int recordIfMissing(CommitmentBodies.Body b, CommitmentBodies.Body a, Overlap o) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", b.commitmentId()).addValue("o", a.commitmentId());
		Integer n = this.jdbc
			.queryForObject("select count(*) from copy_finding where (commitment_id = :c and other_id = :o)"
					+ " or (commitment_id = :o and other_id = :c)", p, Integer.class);
		if (n != null && n > 0) {
			return 0;
		}
		this.jdbc.update(
				"""
						insert into copy_finding (commitment_id, other_id, jaccard, containment, other_containment, same_member, status,
						  found_at) values (:c, :o, :j, :ca, :cb, :same, 'OPEN', :at)""",
				p.addValue("j", o.jaccard())
					.addValue("ca", o.containmentBInA())
					.addValue("cb", o.containmentAInB())
					.addValue("same", a.memberId() == b.memberId())
					.addValue("at", now()));
		return 1;
	}

	// ---- the check on submission

	/**
	 * Fingerprints the commitment's text, stores it, indexes it and records the similar
	 * commitments found. Must run in the transaction that wrote the text.
	 */
	Fingerprint check(long commitmentId, long campaignId, long memberId, String text) {
		this.index.catchUp();
		Syllables.Tokens tokens = Syllables.tokenize(text);
		Fingerprint f = fingerprinter(campaignId).fingerprint(tokens);
		long seq = nextSeq();
		MapSqlParameterSource p = new MapSqlParameterSource("id", commitmentId).addValue("seq", seq)
			.addValue("e", f.entry().toBytes(this.index.config()))
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
		this.sentences.write(commitmentId, tokens);
		this.index.written(commitmentId, seq, f.entry());
		recordFindings(commitmentId, memberId, this.index.query(f, commitmentId));
		return f;
	}

	private void recordFindings(long commitmentId, long memberId, List<Match> matches) {
		MapSqlParameterSource id = new MapSqlParameterSource("id", commitmentId);
		this.jdbc.update("delete from copy_finding where commitment_id = :id or other_id = :id", id);
		if (matches.isEmpty()) {
			return;
		}
		List<Match> kept = matches.size() > MAX_FINDINGS ? matches.subList(0, MAX_FINDINGS) : matches;
		Map<Long, Long> memberOf = this.bodies.members(kept.stream().map(Match::id).toList());
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
	 * The campaign's fingerprinter: its guidance template and the form's section headings
	 * are not copying.
	 */
	public Fingerprinter fingerprinter(long campaignId) {
		String t = this.bodies.guidanceTemplate(campaignId).orElse("");
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
		Fingerprinter fp = new Fingerprinter(this.index.config(), templates);
		this.fingerprinters.put(campaignId, new CampaignFingerprinter(t, fp));
		return fp;
	}

	/**
	 * Takes a commitment out of copy detection everywhere: a tombstone row that every
	 * instance applies.
	 */
	public void remove(long commitmentId) {
		long seq = nextSeq();
		MapSqlParameterSource p = new MapSqlParameterSource("id", commitmentId).addValue("seq", seq)
			.addValue("at", now());
		this.jdbc.update("update commitment_fingerprint set seq = :seq, entry_data = null, shingle_data = null, "
				+ "fingerprinted_at = :at where commitment_id = :id", p);
		this.sentences.delete(commitmentId);
		this.jdbc.update("delete from copy_finding where commitment_id = :id or other_id = :id", p);
		this.index.written(commitmentId, seq, null);
	}

	/**
	 * Stored fingerprints of the commitments that have none yet (written before copy
	 * detection existed).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void backfill() {
		// One anti-join at start-up, not a query per thousand commitments: on a
		// national table almost every commitment has its row already.
		List<CommitmentBodies.Body> missing = this.jdbc.query("""
				select c.id, c.campaign_id, c.member_id, c.body from commitment c
				where not exists (select 1 from commitment_fingerprint f where f.commitment_id = c.id) order by c.id""",
				(rs, i) -> new CommitmentBodies.Body(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
		if (missing.isEmpty()) {
			return;
		}
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		for (CommitmentBodies.Body r : missing) {
			tx.executeWithoutResult(s -> check(r.commitmentId(), r.campaignId(), r.memberId(), r.text()));
		}
		log.info("Copy detection: {} commitments written before it existed fingerprinted and checked", missing.size());
	}

	private long nextSeq() {
		return this.jdbc.queryForObject("select nextval('commitment_fingerprint_seq')", new MapSqlParameterSource(),
				Long.class);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

}
