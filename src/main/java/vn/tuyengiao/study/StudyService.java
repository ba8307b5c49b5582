package vn.tuyengiao.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.internal.StudyCampaignRepository;
import vn.tuyengiao.study.internal.StudySessionRepository;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * Campaigns and their classes: each change checked against the campaign and the user's
 * scope. Attendance is {@link StudyAttendance}; the roll-up is {@link StudyRollup}.
 */
@Service
public class StudyService {

	private final StudyCampaignRepository campaigns;

	private final StudySessionRepository sessions;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	StudyService(StudyCampaignRepository campaigns, StudySessionRepository sessions, OrgUnits org, AuditLog audit,
			Clock clock) {
		this.clock = clock;
		this.campaigns = campaigns;
		this.sessions = sessions;
		this.org = org;
		this.audit = audit;
	}

	public record NewCampaign(long ownerUnitId, String title, DocumentKind kind, String basisPlan, LocalDate from,
			LocalDate to, LocalDate deadline, Set<Audience> audiences, boolean essayRequired) {
	}

	public record NewSession(long campaignId, long organiserUnitId, String title, SessionFormat format,
			Long hostSessionId, LocalDate heldOn, String place, String presenters, Set<Audience> audiences,
			boolean makeUp) {
	}

	// ---- campaigns

	@Transactional
	public StudyCampaign createCampaign(Scope scope, NewCampaign c) {
		OrgUnit owner = this.org.get(c.ownerUnitId());
		scope.requireManageUnits(owner.getPath());
		if (c.title() == null || c.title().isBlank()) {
			throw AppException.invalid("study.titleRequired");
		}
		if (c.from() == null || c.to() == null || c.to().isBefore(c.from())) {
			throw AppException.invalid("study.periodInvalid");
		}
		if (c.deadline() != null && (c.deadline().isBefore(c.from()) || c.deadline().isAfter(c.to()))) {
			throw AppException.invalid("study.deadlineOutsidePeriod");
		}
		if (c.audiences() == null || c.audiences().isEmpty()) {
			throw AppException.invalid("study.audiencesRequired");
		}
		StudyCampaign campaign = this.campaigns
			.save(new StudyCampaign(owner.getId(), VietnameseText.normalize(c.title()),
					c.kind() == null ? DocumentKind.OTHER : c.kind(), VietnameseText.normalize(c.basisPlan()), c.from(),
					c.to(), c.deadline(), c.audiences(), c.essayRequired(), Instant.now(this.clock)));
		this.audit.record("CREATE", "StudyCampaign", campaign.getId(), owner.getPath(),
				"Tạo đợt học tập " + campaign.getTitle(), owner.getName());
		return campaign;
	}

	@Transactional(readOnly = true)
	public StudyCampaign campaign(Scope scope, long id) {
		StudyCampaign c = this.campaigns.findById(id)
			.orElseThrow(() -> AppException.notFound("study.campaignNotFound", id));
		if (!visible(scope, this.org.get(c.getOwnerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return c;
	}

	/**
	 * Campaigns the user takes part in: run by their unit, by a unit above it, or by a
	 * unit below it.
	 */
	@Transactional(readOnly = true)
	public List<StudyCampaign> campaigns(Scope scope) {
		List<StudyCampaign> visible = new ArrayList<>();
		for (StudyCampaign c : this.campaigns.findAllByOrderByPeriodFromDesc()) {
			if (visible(scope, this.org.get(c.getOwnerUnitId()).getPath())) {
				visible.add(c);
			}
		}
		return visible;
	}

	/**
	 * Units below the owner carry a campaign out and units above it follow it: both see
	 * it.
	 */
	private static boolean visible(Scope scope, String ownerPath) {
		return scope.contains(ownerPath) || scope.pathPrefix().startsWith(ownerPath);
	}

	// ---- classes

	@Transactional
	public StudySession createSession(Scope scope, NewSession s) {
		StudyCampaign campaign = campaign(scope, s.campaignId());
		OrgUnit organiser = this.org.get(s.organiserUnitId());
		scope.requireWrite(organiser.getPath());
		OrgUnit owner = this.org.get(campaign.getOwnerUnitId());
		if (!organiser.getPath().startsWith(owner.getPath())) {
			throw AppException.invalid("study.organiserOutsideCampaign", organiser.getName(), owner.getName());
		}
		if (s.heldOn() == null || !campaign.covers(s.heldOn())) {
			throw AppException.invalid("study.sessionOutsidePeriod", s.heldOn(), campaign.getPeriodFrom(),
					campaign.getPeriodTo());
		}
		if (s.audiences() == null || s.audiences().isEmpty()) {
			throw AppException.invalid("study.audiencesRequired");
		}
		if (!campaign.getAudiences().containsAll(s.audiences())) {
			throw AppException.invalid("study.audienceNotInCampaign");
		}
		SessionFormat format = s.format() == null ? SessionFormat.IN_PERSON : s.format();
		if (s.hostSessionId() != null) {
			StudySession host = session(scope, s.hostSessionId());
			if (!host.getCampaignId().equals(campaign.getId())) {
				throw AppException.invalid("study.hostOtherCampaign");
			}
		}
		String title = s.title() == null || s.title().isBlank() ? campaign.getTitle() : s.title();
		StudySession session = this.sessions
			.save(new StudySession(campaign.getId(), organiser.getId(), VietnameseText.normalize(title), format,
					s.hostSessionId(), s.heldOn(), VietnameseText.normalize(s.place()),
					VietnameseText.normalize(s.presenters()), s.audiences(), s.makeUp(), Instant.now(this.clock)));
		this.audit.record("CREATE", "StudySession", session.getId(), organiser.getPath(),
				"Thêm lớp " + session.getTitle() + " ngày " + VnFormat.shortDate(s.heldOn()), organiser.getName());
		return session;
	}

	@Transactional(readOnly = true)
	public StudySession session(Scope scope, long id) {
		StudySession s = this.sessions.findById(id)
			.orElseThrow(() -> AppException.notFound("study.sessionNotFound", id));
		campaign(scope, s.getCampaignId());
		if (!classVisible(scope, s)) {
			throw AppException.forbidden();
		}
		return s;
	}

	/**
	 * The campaign's classes this user may open: those organised by a unit of their
	 * subtree or by a unit above them (its members attend the province's conference or
	 * the district's class). A sibling commune's class is that commune's business — its
	 * roll and attendance — and is neither listed nor opened (a stated rule, issue 18;
	 * {@code ClassVisibilityTest}).
	 */
	@Transactional(readOnly = true)
	public List<StudySession> sessions(Scope scope, long campaignId) {
		campaign(scope, campaignId);
		List<StudySession> all = this.sessions.findByCampaignIdOrderByHeldOnAscIdAsc(campaignId);
		if (scope.pathPrefix() == null) {
			return all;
		}
		// The organisers in one query, not one per class.
		Map<Long, OrgUnit> organisers = this.org
			.getAll(all.stream().map(StudySession::getOrganiserUnitId).collect(Collectors.toSet()));
		return all.stream().filter(s -> visible(scope, organisers.get(s.getOrganiserUnitId()).getPath())).toList();
	}

	private boolean classVisible(Scope scope, StudySession s) {
		return scope.pathPrefix() == null || visible(scope, this.org.get(s.getOrganiserUnitId()).getPath());
	}

}
