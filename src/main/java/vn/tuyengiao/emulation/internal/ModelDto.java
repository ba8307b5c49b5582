package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;

import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.RetireReason;

/** A model as the API shows it. */
record ModelDto(long id, long ownerUnitId, Long ownerMemberId, HolderKind holderKind, String title, long groupId,
		Movement movement, MassOrganisation massOrganisation, String situation, String goals, String content,
		String area, String participants, String resources, String timeline, String outputs, boolean sustainable,
		boolean replicable, LocalDate startDate, ModelStatus status, RetireReason retireReason, LocalDate retiredOn,
		Long replicatedFromId, long version) {

	static ModelDto of(EmulationModel m) {
		return new ModelDto(m.getId(), m.getOwnerUnitId(), m.getOwnerMemberId(), m.getHolderKind(), m.getTitle(),
				m.getGroupId(), m.getMovement(), m.getMassOrganisation(), m.getSituation(), m.getGoals(),
				m.getContent(), m.getArea(), m.getParticipants(), m.getResources(), m.getTimeline(), m.getOutputs(),
				m.isSustainable(), m.isReplicable(), m.getStartDate(), m.getStatus(), m.getRetireReason(),
				m.getRetiredOn(), m.getReplicatedFromId(), m.getVersion());
	}

}
