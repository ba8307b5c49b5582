package vn.tuyengiao.study.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyReport;
import vn.tuyengiao.study.StudyService;

/**
 * What the study pages send, bound from the request parameters by constructor. A value
 * the page always sends but the request lacks is refused as a bad request.
 */
final class StudyForms {

	private StudyForms() {
	}

	/**
	 * The new campaign form; the owner is picked (its id), or a unit code from older
	 * clients.
	 */
	record CampaignForm(Long ownerId, String ownerCode, String title, DocumentKind documentKind, String basisPlan,
			@DateTimeFormat(iso = ISO.DATE) LocalDate periodFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate periodTo,
			@DateTimeFormat(iso = ISO.DATE) LocalDate deadline, Set<Audience> audiences) {

		StudyService.NewCampaign toNew(long ownerUnitId) {
			return new StudyService.NewCampaign(ownerUnitId, this.title, this.documentKind, this.basisPlan,
					this.periodFrom, this.periodTo, this.deadline, audiencesOrNone(this.audiences), false);
		}

	}

	/** The new class form; the organiser is picked (its id), or a unit code. */
	record SessionForm(Long organiserId, String organiserCode, String title, SessionFormat format, Long hostSessionId,
			@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String place, String presenters, Set<Audience> audiences,
			Boolean makeUp) {

		StudyService.NewSession toNew(long campaignId, long organiserUnitId) {
			return new StudyService.NewSession(campaignId, organiserUnitId, this.title, this.format, this.hostSessionId,
					this.heldOn, this.place, this.presenters, audiencesOrNone(this.audiences),
					Boolean.TRUE.equals(this.makeUp));
		}

	}

	/** A unit's population of a non-member audience (the rate's denominator). */
	record PopulationForm(Long unitId, String unitCode, Audience audience, Integer population) {

		int count() {
			return required(this.population);
		}

	}

	/** A class's headcount of a non-member audience for one unit. */
	record HeadcountForm(Long unitId, String unitCode, Audience audience, Integer attended) {

		int count() {
			return required(this.attended);
		}

	}

	/**
	 * The report's choices, the same on the preview, the numbering and the downloads:
	 * unit, date, issuing body, number and signer.
	 */
	record ReportParams(Long unit, @DateTimeFormat(iso = ISO.DATE) LocalDate asOf, Long body, String signerTitle,
			String signerName) {

		ReportParams withUnit(long unitId) {
			return new ReportParams(unitId, this.asOf, this.body, this.signerTitle, this.signerName);
		}

		StudyReport.Request toRequest(long campaignId) {
			return new StudyReport.Request(campaignId, required(this.unit), this.asOf, this.body, this.signerTitle,
					this.signerName);
		}

	}

	private static Set<Audience> audiencesOrNone(Set<Audience> audiences) {
		return audiences == null ? EnumSet.noneOf(Audience.class) : audiences;
	}

	/** A value the form always sends; without it the request is malformed. */
	static <T> T required(T value) {
		if (value == null) {
			throw AppException.invalid("error.badRequest");
		}
		return value;
	}

}
