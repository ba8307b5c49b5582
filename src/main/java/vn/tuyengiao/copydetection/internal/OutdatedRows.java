package vn.tuyengiao.copydetection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.IndexEntry;
import vn.tuyengiao.similarity.SimilarityConfig;

/**
 * Rows of {@code commitment_fingerprint} stored in an earlier format, met by the
 * {@link FingerprintIndex} while loading or following the table: rebuilt from their
 * shingle sets and rewritten once.
 */
final class OutdatedRows {

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * A transaction of its own that may write: rewriting stored rows to the current
	 * format.
	 */
	private final TransactionTemplate writable;

	private final SimilarityConfig config;

	OutdatedRows(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, SimilarityConfig config) {
		this.jdbc = jdbc;
		this.writable = new TransactionTemplate(transactions);
		this.writable.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.config = config;
	}

	/** An entry read in an earlier format, with the seq of its row. */
	record Outdated(IndexEntry entry, long seq) {
	}

	/**
	 * Entries stored in an earlier format ({@link IndexEntry#outdated()}: band keys from
	 * another signature, no {@link vn.tuyengiao.similarity.Sketch}) rebuilt from their
	 * stored shingle sets, keeping their sentence keys, all shingle sets read in batches
	 * of 1,000. The rows are rewritten in a transaction of their own — unless another
	 * instance has rewritten one since (its seq changed) — so the work is done once. A
	 * commitment whose row has no shingle set is left out of the answer.
	 */
	Map<Long, IndexEntry> rebuild(Map<Long, Outdated> outdated) {
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

}
