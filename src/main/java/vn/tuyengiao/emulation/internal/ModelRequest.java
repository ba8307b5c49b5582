package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.Registration;

/**
 * A model's registration as sent: the register page's form (bound from its fields) and
 * the API's JSON body for registering and editing ({@code version} for an edit).
 */
record ModelRequest(Long ownerUnitId, Long ownerMemberId, String title, Long groupId, Movement movement,
		MassOrganisation massOrganisation, String situation, String goals, String content, String area,
		String participants, String resources, String timeline, String outputs, Boolean sustainable, Boolean replicable,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, Long version) {

	Registration registration() {
		if (this.ownerUnitId == null && this.ownerMemberId == null) {
			throw AppException.invalid("emulation.ownerRequired");
		}
		return new Registration(this.ownerUnitId == null ? 0 : this.ownerUnitId, this.ownerMemberId, this.title,
				this.groupId, this.movement, this.massOrganisation, this.situation, this.goals, this.content, this.area,
				this.participants, this.resources, this.timeline, this.outputs, Boolean.TRUE.equals(this.sustainable),
				Boolean.TRUE.equals(this.replicable), this.startDate, null);
	}

}
