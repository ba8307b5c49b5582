package vn.tuyengiao.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentCompleteness;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.CopyFindings;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.text.VnFormat;

/**
 * Where things stand in the user's part of the tree, for the home page: the current study
 * and commitment campaigns with their rates per child unit, copy findings awaiting a
 * decision, units without a model, and what is overdue. Reads through the modules' root
 * APIs only, each with the user's scope.
 */
@Component
class HomeDashboard {

	private static final Logger log = LoggerFactory.getLogger(HomeDashboard.class);

	/** Campaigns of each kind shown; the rest are one click away. */
	static final int CAMPAIGNS = 3;

	/** Child units listed under a campaign, the lowest rates first. */
	static final int CHILDREN = 8;

	private final OrgUnits org;

	private final StudyService study;

	private final StudyRollup studyRollup;

	private final CommitmentService commitments;

	private final CommitmentCompleteness completeness;

	private final CopyFindings copies;

	private final EmulationRollup models;

	private final Clock clock;

	/** Overdue supervision remedies of the units below the user's (escalated to them). */
	private final SupervisionFindings remedies;

	HomeDashboard(OrgUnits org, StudyService study, StudyRollup studyRollup, CommitmentService commitments,
			CommitmentCompleteness completeness, CopyFindings copies, EmulationRollup models, Clock clock,
			SupervisionFindings remedies) {
		this.remedies = remedies;
		this.org = org;
		this.study = study;
		this.studyRollup = studyRollup;
		this.commitments = commitments;
		this.completeness = completeness;
		this.copies = copies;
		this.models = models;
		this.clock = clock;
	}

	/** A traffic light for a rate: green from 90%, yellow from 75%, red below. */
	enum Light {

		GREEN("success"), YELLOW("warning"), RED("danger"), NONE("secondary");

		private final String css;

		Light(String css) {
			this.css = css;
		}

		public String css() {
			return this.css;
		}

		public String messageKey() {
			return "home.light." + name();
		}

		static Light of(long part, long whole) {
			if (whole <= 0) {
				return NONE;
			}
			double rate = 100.0 * part / whole;
			return rate >= 90 ? GREEN : rate >= 75 ? YELLOW : RED;
		}

	}

	/**
	 * A unit's rate; {@code name} is its unambiguous name among the units listed with it.
	 */
	record UnitRate(OrgUnit unit, String name, String rate, String fraction, Light light, double sortKey) {

		static UnitRate of(OrgUnit unit, String name, long part, long whole) {
			return new UnitRate(unit, name == null ? unit.getName() : name, VnFormat.percent(part, whole),
					VnFormat.ratio(part, whole), Light.of(part, whole), whole == 0 ? 101 : 100.0 * part / whole);
		}

	}

	record StudyTile(long campaignId, String title, OrgUnit root, UnitRate total, List<UnitRate> children,
			int childCount, LocalDate deadline, boolean overdue, long notYetAttended) {
	}

	record CommitmentTile(long campaignId, String title, OrgUnit root, long expected, long submitted, long signed,
			UnitRate submittedRate, String signedRate, List<UnitRate> children, int childCount, long awaitingDecision,
			LocalDate deadline, boolean overdue, long missing) {
	}

	record ModelTile(OrgUnit root, int year, long unitsRequired, long unitsWithout, long toReview) {
	}

	record Dashboard(List<StudyTile> study, List<CommitmentTile> commitments, ModelTile models, LocalDate today,
			long overdueRemedies) {

		public boolean anyOverdue() {
			return this.study.stream().anyMatch(StudyTile::overdue)
					|| this.commitments.stream().anyMatch(CommitmentTile::overdue) || this.overdueRemedies > 0;
		}

		public long awaitingDecision() {
			return this.commitments.stream().mapToLong(CommitmentTile::awaitingDecision).sum();
		}

	}

	Dashboard build(Scope scope) {
		LocalDate today = LocalDate.now(this.clock);
		return new Dashboard(studyTiles(scope, today), commitmentTiles(scope, today), modelTile(scope, today), today,
				this.remedies.overdueCount(scope));
	}

	/**
	 * Campaigns under way today (their period, or until their deadline); when none is,
	 * the latest one, so the page is never empty once there has been a campaign.
	 */
	private List<StudyTile> studyTiles(Scope scope, LocalDate today) {
		List<StudyCampaign> all = this.study.campaigns(scope);
		List<StudyCampaign> current = all.stream()
			.filter(c -> !c.getPeriodFrom().isAfter(today) && !end(c).isBefore(today))
			.limit(CAMPAIGNS)
			.toList();
		if (current.isEmpty()) {
			current = all.stream().filter(c -> !c.getPeriodFrom().isAfter(today)).limit(1).toList();
		}
		List<StudyTile> tiles = new ArrayList<>();
		for (StudyCampaign c : current) {
			try {
				OrgUnit root = this.org.viewRoot(scope, c.getOwnerUnitId(), null);
				StudyRollup.Node node = this.studyRollup.rollup(scope, c.getId(), root.getId(), today);
				Map<Long, String> names = this.org
					.labels(node.children().stream().map(StudyRollup.Node::unit).toList());
				List<UnitRate> children = node.children()
					.stream()
					.map(n -> UnitRate.of(n.unit(), names.get(n.unit().getId()), n.members().attended(),
							n.members().denominator()))
					.sorted(Comparator.comparingDouble(UnitRate::sortKey))
					.toList();
				boolean overdue = c.getDeadline() != null && c.getDeadline().isBefore(today)
						&& node.notYetAttended() > 0;
				tiles.add(new StudyTile(c.getId(), c.getTitle(), root,
						UnitRate.of(root, null, node.members().attended(), node.members().denominator()),
						children.stream().limit(CHILDREN).toList(), children.size(), c.getDeadline(), overdue,
						node.notYetAttended()));
			}
			catch (AppException ex) {
				// A campaign the user may list but not roll up at their unit: left out.
				log.debug("Home page: study campaign {} left out: {}", c.getId(), ex.messageKey());
			}
		}
		return tiles;
	}

	private static LocalDate end(StudyCampaign c) {
		LocalDate end = c.getPeriodTo();
		return c.getDeadline() != null && c.getDeadline().isAfter(end) ? c.getDeadline() : end;
	}

	/** This year's commitment campaigns; when there are none yet, the latest year's. */
	private List<CommitmentTile> commitmentTiles(Scope scope, LocalDate today) {
		List<CommitmentCampaign> all = this.commitments.campaigns(scope);
		int year = all.stream()
			.mapToInt(CommitmentCampaign::year)
			.filter(y -> y <= today.getYear())
			.max()
			.orElse(today.getYear());
		List<CommitmentTile> tiles = new ArrayList<>();
		for (CommitmentCampaign c : all.stream().filter(c -> c.year() == year).limit(CAMPAIGNS).toList()) {
			try {
				OrgUnit root = this.org.viewRoot(scope, c.ownerUnitId(), null);
				CommitmentCompleteness.Node node = this.completeness.rollup(scope, c.id(), root.getId());
				CommitmentCompleteness.Figures f = node.figures();
				Map<Long, String> names = this.org
					.labels(node.children().stream().map(CommitmentCompleteness.Node::unit).toList());
				List<UnitRate> children = node.children()
					.stream()
					.map(n -> UnitRate.of(n.unit(), names.get(n.unit().getId()), n.figures().submitted(),
							n.figures().expected()))
					.sorted(Comparator.comparingDouble(UnitRate::sortKey))
					.toList();
				long open = this.copies.awaitingDecision(scope, c.id(), root.getId());
				boolean overdue = c.deadline() != null && c.deadline().isBefore(today) && f.missing() > 0;
				tiles.add(new CommitmentTile(c.id(), c.title(), root, f.expected(), f.submitted(), f.signed(),
						UnitRate.of(root, null, f.submitted(), f.expected()), f.signedRate(),
						children.stream().limit(CHILDREN).toList(), children.size(), open, c.deadline(), overdue,
						f.missing()));
			}
			catch (AppException ex) {
				log.debug("Home page: commitment campaign {} left out: {}", c.id(), ex.messageKey());
			}
		}
		return tiles;
	}

	private ModelTile modelTile(Scope scope, LocalDate today) {
		try {
			OrgUnit root = this.org.get(scope, this.org.defaultUnit(scope, null));
			EmulationRollup.Coverage coverage = this.models.coverage(scope, root.getId(), today.getYear());
			long review = this.models.review(scope, root.getId(), today).size();
			return new ModelTile(root, today.getYear(), coverage.total().unitsRequired(), coverage.without().size(),
					review);
		}
		catch (AppException ex) {
			log.debug("Home page: models left out: {}", ex.messageKey());
			return null;
		}
	}

}
