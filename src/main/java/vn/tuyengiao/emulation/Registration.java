package vn.tuyengiao.emulation;

import java.time.LocalDate;

/**
 * The registration form of a model, as officials fill it in: owner (a unit, or one of its
 * members for an individual model), title, group, movement, the form's sections, start
 * date. {@code replicatedFromId} names the model this one copies, when a unit registers
 * its own run of another unit's model.
 */
public record Registration(long ownerUnitId, Long ownerMemberId, String title, Long groupId, Movement movement,
		MassOrganisation massOrganisation, String situation, String goals, String content, String area,
		String participants, String resources, String timeline, String outputs, boolean sustainable, boolean replicable,
		LocalDate startDate, Long replicatedFromId) {

	/** The same form with another owner (a copying unit registering its own run). */
	public Registration withOwner(long unitId, Long replicatedFrom) {
		return new Registration(unitId, null, this.title, this.groupId, this.movement, this.massOrganisation,
				this.situation, this.goals, this.content, this.area, this.participants, this.resources, this.timeline,
				this.outputs, this.sustainable, this.replicable, this.startDate, replicatedFrom);
	}

}
