package vn.tuyengiao.copydetection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.similarity.Syllables;

/**
 * The {@code commitment_sentence} table: the distinct sentences of every commitment (a
 * hash and the number of syllables), written with its fingerprint, so that how many other
 * commitments carry a sentence is one query.
 */
@Component
public class SentenceTable {

	/** Sentences shorter than this are not kept. */
	static final int MIN_SENTENCE_SYLLABLES = 6;

	private final NamedParameterJdbcTemplate jdbc;

	SentenceTable(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the commitment's sentences with those of its (new) text. */
	void write(long commitmentId, Syllables.Tokens tokens) {
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

	/** Takes the commitment's sentences out. */
	void delete(long commitmentId) {
		this.jdbc.update("delete from commitment_sentence where commitment_id = :id",
				new MapSqlParameterSource("id", commitmentId));
	}

	/**
	 * For each of the sentence hashes, how many commitments other than
	 * {@code commitmentId} carry it (hashes no other carries are left out).
	 */
	Map<Integer, Integer> carriers(List<Integer> hashes, long commitmentId) {
		Map<Integer, Integer> carriers = new HashMap<>();
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
		return carriers;
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

}
