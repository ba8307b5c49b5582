package vn.tuyengiao.press;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.ReportDrafts;

/**
 * Delivery complaints: a unit records that a title arrives less often than it should
 * (expected and actual issues per week or month, since when, the post office), a letter
 * to the post office is drafted into the register, and the complaint moves from open to
 * letter sent to resolved.
 */
@Service
public class DeliveryComplaints {

	private final DeliveryComplaintRepository complaints;

	private final DeliveryComplaintQueries queries;

	private final PressCatalogue catalogue;

	private final ComplaintLetter letters;

	private final ReportDrafts drafts;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final Messages messages;

	DeliveryComplaints(DeliveryComplaintRepository complaints, DeliveryComplaintQueries queries,
			PressCatalogue catalogue, ComplaintLetter letters, ReportDrafts drafts, OrgUnits org, AuditLog audit,
			Clock clock, Messages messages) {
		this.messages = messages;
		this.complaints = complaints;
		this.queries = queries;
		this.catalogue = catalogue;
		this.letters = letters;
		this.drafts = drafts;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A complaint as entered; {@code issuesExpected} left empty takes the title's own
	 * frequency, {@code actualMax} left empty equals {@code actualMin}.
	 */
	public record ComplaintForm(Long titleId, Integer issuesExpected, Integer actualMin, Integer actualMax,
			LocalDate periodFrom, LocalDate periodTo, String postOffice, String note) {
	}

	/** The complaints of units under {@code rootId}, newest first. */
	@Transactional(readOnly = true)
	public List<DeliveryComplaint> list(Scope scope, long rootId, ComplaintStatus status) {
		OrgUnit root = this.org.get(scope, rootId);
		return this.queries.findByUnitPathStartingWithOrderByPeriodFromDescIdDesc(root.getPath())
			.stream()
			.filter(c -> status == null || c.getStatus() == status)
			.toList();
	}

	@Transactional(readOnly = true)
	public DeliveryComplaint get(Scope scope, long id) {
		DeliveryComplaint c = find(id);
		scope.requireRead(c.getUnitPath());
		return c;
	}

	@Transactional
	public DeliveryComplaint record(Scope scope, long unitId, ComplaintForm f) {
		OrgUnit unit = this.org.get(scope, unitId);
		scope.requireWrite(unit.getPath());
		PressInvalid.Problems p = new PressInvalid.Problems();
		PressTitle title = f.titleId() == null ? null : this.catalogue.titlesById().get(f.titleId());
		if (title == null) {
			p.add("title", "press.needed");
		}
		int expected = f.issuesExpected() != null ? f.issuesExpected() : title == null ? 0 : title.getIssuesExpected();
		if (expected < 1 || expected > 31) {
			p.add("issuesExpected", "press.between", 1, 31);
		}
		if (f.actualMin() == null || f.actualMin() < 0) {
			p.add("actualMin", "press.needed");
		}
		else {
			int max = f.actualMax() == null ? f.actualMin() : f.actualMax();
			if (max < f.actualMin()) {
				p.add("actualMax", "press.actualRange");
			}
			else if (expected >= 1 && max >= expected) {
				p.add("actualMax", "press.notAShortfall", expected);
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		if (f.periodFrom() == null) {
			p.add("periodFrom", "press.needed");
		}
		else if (f.periodFrom().isAfter(today)) {
			p.add("periodFrom", "press.notFuture");
		}
		else if (f.periodTo() != null && f.periodTo().isBefore(f.periodFrom())) {
			p.add("periodTo", "press.afterStart");
		}
		if (f.postOffice() == null || f.postOffice().isBlank()) {
			p.add("postOffice", "press.needed");
		}
		p.check();
		ComplaintForm filled = new ComplaintForm(f.titleId(), expected, f.actualMin(), f.actualMax(), f.periodFrom(),
				f.periodTo(), f.postOffice(), f.note());
		DeliveryComplaint c = this.complaints.saveAndFlush(new DeliveryComplaint(unit.getId(), unit.getPath(), filled,
				title.getFrequencyUnit(), today, scope.username()));
		this.audit.record("CREATE", "DeliveryComplaint", c.getId(), unit.getPath(),
				"Phản ánh phát hành chậm " + title.getName(),
				c.actualText() + " số/" + c.getFrequencyUnit().word() + " thay vì " + expected);
		return c;
	}

	/** Moves the complaint (letter sent, resolved, or open again). */
	@Transactional
	public DeliveryComplaint move(Scope scope, long id, ComplaintStatus to, Long version) {
		DeliveryComplaint c = writable(scope, id, version);
		if (to == null) {
			throw PressInvalid.of("status", "press.needed");
		}
		c.move(to);
		this.complaints.saveAndFlush(c);
		this.audit.record("UPDATE", "DeliveryComplaint", c.getId(), c.getUnitPath(),
				"Phản ánh phát hành: " + this.messages.get(to.messageKey()), null);
		return c;
	}

	/**
	 * Drafts the letter to the post office into the register of the chosen issuing body;
	 * returns the draft's id (its page is {@code /register/drafts/{id}}).
	 */
	@Transactional
	public long draftLetter(Scope scope, long id, Long bodyId, Long version) {
		DeliveryComplaint c = writable(scope, id, version);
		if (bodyId == null) {
			throw PressInvalid.of("body", "press.needed");
		}
		var doc = this.letters.build(scope, c, bodyId);
		long draft = this.drafts.createId(scope, new ReportDrafts.NewDraft("press-complaint", "complaint=" + c.getId(),
				bodyId, ComplaintLetter.TYPE, doc));
		c.letterDrafted(draft);
		this.complaints.saveAndFlush(c);
		this.audit.record("UPDATE", "DeliveryComplaint", c.getId(), c.getUnitPath(),
				"Soạn công văn gửi " + c.getPostOffice(), null);
		return draft;
	}

	private DeliveryComplaint writable(Scope scope, long id, Long version) {
		DeliveryComplaint c = find(id);
		scope.requireWrite(c.getUnitPath());
		if (version == null || version != c.getVersion()) {
			throw AppException.staleVersion();
		}
		return c;
	}

	private DeliveryComplaint find(long id) {
		return this.complaints.findById(id).orElseThrow(() -> AppException.notFound("press.complaintNotFound", id));
	}

}
