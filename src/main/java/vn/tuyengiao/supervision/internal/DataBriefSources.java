package vn.tuyengiao.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentCompleteness;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.CopyFindings;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.supervision.BriefLine;
import vn.tuyengiao.supervision.BriefSource;
import vn.tuyengiao.text.VnFormat;

/**
 * The brief's lines from data the product holds today, read through the modules' root
 * APIs with the user's scope: study rates, commitments' completeness and copy findings,
 * models coverage. A figure the user may not read at that unit is left out.
 */
@Component
class DataBriefSources implements BriefSource {

	private static final Logger log = LoggerFactory.getLogger(DataBriefSources.class);

	/** Campaigns of each kind in the brief, the latest first. */
	static final int CAMPAIGNS = 2;

	private final StudyService study;

	private final StudyRollup studyRollup;

	private final CommitmentService commitments;

	private final CommitmentCompleteness completeness;

	private final CopyFindings copies;

	private final EmulationRollup models;

	private final Messages messages;

	DataBriefSources(StudyService study, StudyRollup studyRollup, CommitmentService commitments,
			CommitmentCompleteness completeness, CopyFindings copies, EmulationRollup models, Messages messages) {
		this.study = study;
		this.studyRollup = studyRollup;
		this.commitments = commitments;
		this.completeness = completeness;
		this.copies = copies;
		this.models = models;
		this.messages = messages;
	}

	@Override
	public List<BriefLine> linesFor(Scope scope, long unitId, LocalDate asOf) {
		List<BriefLine> lines = new ArrayList<>();
		studyLines(scope, unitId, asOf, lines);
		commitmentLines(scope, unitId, asOf, lines);
		modelLines(scope, unitId, asOf, lines);
		return lines;
	}

	private void studyLines(Scope scope, long unitId, LocalDate asOf, List<BriefLine> lines) {
		String section = this.messages.get("supervision.brief.study");
		List<StudyCampaign> campaigns = this.study.campaigns(scope)
			.stream()
			.filter(c -> !c.getPeriodFrom().isAfter(asOf))
			.limit(CAMPAIGNS)
			.toList();
		for (StudyCampaign c : campaigns) {
			try {
				StudyRollup.Node n = this.studyRollup.rollup(scope, c.getId(), unitId, asOf, 0);
				StudyRollup.MemberFigures f = n.members();
				lines.add(new BriefLine(section, c.getTitle(),
						this.messages.get("supervision.brief.studyRate", f.rateFraction(), f.rate())));
			}
			catch (AppException ex) {
				log.debug("Brief: study campaign {} left out: {}", c.getId(), ex.messageKey());
			}
		}
	}

	private void commitmentLines(Scope scope, long unitId, LocalDate asOf, List<BriefLine> lines) {
		String section = this.messages.get("supervision.brief.commitments");
		List<CommitmentCampaign> campaigns = this.commitments.campaigns(scope)
			.stream()
			.filter(c -> c.year() <= asOf.getYear())
			.limit(CAMPAIGNS)
			.toList();
		for (CommitmentCampaign c : campaigns) {
			try {
				CommitmentCompleteness.Figures f = this.completeness.rollup(scope, c.id(), unitId).figures();
				long copied = this.copies.awaitingDecision(scope, c.id(), unitId);
				lines.add(new BriefLine(section, c.title(), this.messages.get("supervision.brief.commitmentRate",
						f.submittedRatio(), f.submittedRate(), VnFormat.number(f.signed()), VnFormat.number(copied))));
			}
			catch (AppException ex) {
				log.debug("Brief: commitment campaign {} left out: {}", c.id(), ex.messageKey());
			}
		}
	}

	private void modelLines(Scope scope, long unitId, LocalDate asOf, List<BriefLine> lines) {
		try {
			EmulationRollup.Coverage c = this.models.coverage(scope, unitId, asOf.getYear());
			lines.add(new BriefLine(this.messages.get("supervision.brief.models"),
					this.messages.get("supervision.brief.modelsYear", asOf.getYear()),
					this.messages.get("supervision.brief.modelsCoverage", VnFormat.number(c.total().registered()),
							VnFormat.ratio(c.total().unitsCovered(), c.total().unitsRequired()),
							VnFormat.number(c.total().unitsWithout()))));
		}
		catch (AppException ex) {
			log.debug("Brief: models left out: {}", ex.messageKey());
		}
	}

}
