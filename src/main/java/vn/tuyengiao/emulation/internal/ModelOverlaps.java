package vn.tuyengiao.emulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelService.Overlap;
import vn.tuyengiao.emulation.ModelSimilarity;
import vn.tuyengiao.emulation.Movement;

/**
 * The overlap check of the register: models in the user's scope whose text is close to a
 * model's (or a registration's before it is saved).
 */
@Component
public class ModelOverlaps {

	/**
	 * Same unit, other movement (Dân vận khéo, a mass organisation's): this much shared
	 * text is worth a look.
	 */
	static final double PARALLEL_THRESHOLD = 0.3;

	/** Another unit's model: this much shared text suggests a copied registration. */
	static final double COPY_THRESHOLD = 0.6;

	private final NamedParameterJdbcTemplate jdbc;

	private final ModelSimilarity similarity;

	ModelOverlaps(NamedParameterJdbcTemplate jdbc, ModelSimilarity similarity) {
		this.jdbc = jdbc;
		this.similarity = similarity;
	}

	/**
	 * Candidates: every model in the user's scope (the same unit's among them), except
	 * the model itself and those linked to it by replication. The same unit's
	 * other-movement models are shown from a lower score than other units' models: those
	 * are the overlaps the seeds complain about.
	 */
	public List<Overlap> find(Scope scope, long ownerUnitId, Movement movement, String text, Long selfId,
			Long replicatedFrom) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix",
				scope.pathPrefix() == null ? "/" : scope.pathPrefix() + "%")
			.addValue("all", scope.pathPrefix() == null)
			.addValue("self", selfId == null ? -1L : selfId)
			.addValue("from", replicatedFrom == null ? -1L : replicatedFrom);
		record Candidate(long id, String title, long unitId, String unitName, Movement movement, MassOrganisation org,
				String text) {
		}
		List<Candidate> candidates = this.jdbc
			.query("""
					select m.id, m.title, u.id, u.name, m.movement, m.mass_organisation, m.content
					from emulation_model m join org_unit u on u.id = m.owner_unit_id
					where (:all = true or u.path like :prefix) and m.id <> :self and m.status <> 'RETIRED'
					  and m.id <> :from and (m.replicated_from_id is null or (m.replicated_from_id <> :self and m.replicated_from_id <> :from))""",
					p,
					(rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							Movement.valueOf(rs.getString(5)),
							rs.getString(6) == null ? null : MassOrganisation.valueOf(rs.getString(6)),
							rs.getString(2) + " " + rs.getString(7)));
		double[] scores = this.similarity.score(text, candidates.stream().map(Candidate::text).toList());
		List<Overlap> found = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			Candidate c = candidates.get(i);
			boolean sameUnit = c.unitId() == ownerUnitId;
			boolean parallel = sameUnit && c.movement() != movement;
			double threshold = parallel ? PARALLEL_THRESHOLD : COPY_THRESHOLD;
			if (scores[i] >= threshold && (parallel || !sameUnit || c.movement() == movement)) {
				found.add(new Overlap(c.id(), c.title(), c.unitId(), c.unitName(), c.movement(), c.org(), scores[i],
						parallel));
			}
		}
		found.sort(Comparator.comparing(Overlap::parallel)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Overlap::score).reversed()));
		return found.size() > 10 ? found.subList(0, 10) : found;
	}

}
