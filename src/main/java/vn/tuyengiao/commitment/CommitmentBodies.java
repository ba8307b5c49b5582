package vn.tuyengiao.commitment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Read API for modules that process the stored texts (copy detection): the normalised
 * bodies and who they belong to, and a campaign's guidance template. No scope check:
 * these are reads of the system, never shown to a user as such.
 */
@Service
public class CommitmentBodies {

	/** A stored commitment's normalised text, with its campaign and member. */
	public record Body(long commitmentId, long campaignId, long memberId, String text) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	CommitmentBodies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The campaign's guidance template, empty when the campaign has none or is gone. */
	public Optional<String> guidanceTemplate(long campaignId) {
		return Optional.ofNullable(this.jdbc.query("select guidance_template from commitment_campaign where id = :id",
				new MapSqlParameterSource("id", campaignId), rs -> rs.next() ? rs.getString(1) : null));
	}

	/** The commitments of a campaign, by id. */
	public List<Body> ofCampaign(long campaignId) {
		return this.jdbc.query(
				"select id, campaign_id, member_id, body from commitment where campaign_id = :c order by id",
				new MapSqlParameterSource("c", campaignId),
				(rs, i) -> new Body(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
	}

	/** The member of each of these commitments (at most 1,000) that still exists. */
	public Map<Long, Long> members(Collection<Long> ids) {
		Map<Long, Long> memberOf = new HashMap<>();
		if (ids.isEmpty()) {
			return memberOf;
		}
		this.jdbc.query("select id, member_id from commitment where id in (:ids)",
				new MapSqlParameterSource("ids", ids), rs -> {
					memberOf.put(rs.getLong(1), rs.getLong(2));
				});
		return memberOf;
	}

}
