package vn.tuyengiao.opinion;

import java.time.LocalDate;
import java.util.List;

/**
 * The public opinion of a unit's subtree over a period, for periodic reports and
 * dashboards: how many items, which way they lean, how many units and collaborators
 * reported; the topics ranked by items (hot ones flagged); the branches below the unit.
 *
 * @param reportingUnits units at which at least one item was recorded
 * @param collaborators collaborators serving at the period's end
 * @param topics topics with items, most items first
 * @param branches the unit's own line, then one per unit directly below it (with its
 * subtree)
 */
public record OpinionSummary(long unitId, LocalDate from, LocalDate to, long items, long agree, long oppose,
		long hesitant, long highIntensity, long reportingUnits, long collaborators, List<TopicFigures> topics,
		List<BranchFigures> branches, HotRule rule) {

	/** The items that worry: opposing or hesitant. */
	public long concern() {
		return this.oppose + this.hesitant;
	}

	public List<TopicFigures> hot() {
		return this.topics.stream().filter(TopicFigures::hot).toList();
	}

	/**
	 * One topic's figures.
	 *
	 * @param unitIds the units it was recorded at, for naming them
	 * @param widest the widest spread among its items
	 */
	public record TopicFigures(long topicId, String topic, OpinionField field, long items, long agree, long oppose,
			long hesitant, long highIntensity, Spread widest, List<Long> unitIds, boolean hot) {

		public long units() {
			return this.unitIds.size();
		}

		public long concern() {
			return this.oppose + this.hesitant;
		}

	}

	/** One branch below the unit (or the unit's own items). */
	public record BranchFigures(long unitId, long items, long agree, long oppose, long hesitant, long collaborators) {

	}

	/**
	 * When a topic counts as hot: at least {@code minItems} items, opposing or hesitant
	 * at least {@code concernPercent}% of them, and reported at {@code minUnits} units or
	 * more or felt strongly (a high-intensity item).
	 */
	public record HotRule(int minItems, int minUnits, int concernPercent) {

		public boolean hot(long items, long units, long concern, long high) {
			return items >= this.minItems && concern * 100 >= (long) this.concernPercent * items
					&& (units >= this.minUnits || high > 0);
		}

	}

}
