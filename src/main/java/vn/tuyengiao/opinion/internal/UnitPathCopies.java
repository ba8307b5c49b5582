package vn.tuyengiao.opinion.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitPathsChanged;

/**
 * A subtree moved: the unit path copies on topics, collaborators, items and hot topics
 * follow, in the transaction that moved it.
 */
@Component
class UnitPathCopies {

	private final NamedParameterJdbcTemplate jdbc;

	UnitPathCopies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		for (String table : new String[] { "opinion_topic", "opinion_collaborator", "opinion_item",
				"opinion_hot_topic" }) {
			this.jdbc.update(moved.rewriteSql(table, "unit_path"), moved.parameters());
		}
	}

}
