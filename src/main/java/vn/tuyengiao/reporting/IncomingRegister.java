package vn.tuyengiao.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.reporting.internal.FileTypes;
import vn.tuyengiao.reporting.internal.ObligationPlanner;
import vn.tuyengiao.reporting.internal.ReportingStore;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * The incoming register (sổ văn bản đến) of a unit, and the report requests an incoming
 * document carries: registering one creates an obligation for every unit that must answer
 * ({@link ObligationPlanner}). Everything is checked before anything is written.
 */
@Service
public class IncomingRegister {

	/** Largest attached file, in MB. */
	public static final int FILE_MAX_MB = 20;

	private final ReportingStore store;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final Messages messages;

	private final StudyService study;

	IncomingRegister(ReportingStore store, OrgUnits org, AuditLog audit, Clock clock, Messages messages,
			StudyService study) {
		this.messages = messages;
		this.study = study;
		this.store = store;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public record IncomingForm(Long unitId, String number, LocalDate issuedOn, LocalDate receivedOn, Long issuerUnitId,
			String issuerName, String subject) {
	}

	/** An attached file as uploaded: its name and bytes (empty or null: none). */
	public record Upload(String fileName, byte[] content) {

		boolean present() {
			return this.content != null && this.content.length > 0;
		}

	}

	public record RequestForm(Long receivingUnitId, Long respondingRootId, List<OrgUnitKind> kinds, ReportType type,
			String title, LocalDate periodFrom, LocalDate periodTo, LocalDate deadline, Long campaignId) {
	}

	/**
	 * Registers an incoming document, with its file and, when it asks for reports, the
	 * request and its obligations; all checked first, nothing written on a refusal.
	 */
	@Transactional
	public Incoming register(Scope scope, IncomingForm f, Upload file, RequestForm request) {
		if (f.unitId() == null) {
			throw required("reporting.incoming.unit");
		}
		OrgUnit unit = this.org.get(scope, f.unitId());
		scope.requireWrite(unit.getPath());
		String number = text(f.number(), "reporting.incoming.number", 100);
		String subject = text(f.subject(), "reporting.incoming.subject", 1000);
		if (f.issuedOn() == null) {
			throw required("reporting.incoming.issuedOn");
		}
		LocalDate received = f.receivedOn() == null ? LocalDate.now(this.clock) : f.receivedOn();
		if (received.isBefore(f.issuedOn())) {
			throw AppException.invalid("reporting.incoming.receivedBeforeIssued", VnFormat.shortDate(received),
					VnFormat.shortDate(f.issuedOn()));
		}
		String issuer;
		if (f.issuerUnitId() != null) {
			issuer = this.org.labelOf(this.org.get(f.issuerUnitId()).getId());
		}
		else {
			issuer = text(f.issuerName(), "reporting.incoming.issuer", 300);
		}
		String fileName = null;
		String type = null;
		byte[] content = null;
		if (file != null && file.present()) {
			fileName = baseName(file.fileName());
			type = checkedType(fileName, file.content());
			content = file.content();
		}
		Plan plan = request == null ? null : plan(scope, request);
		Instant now = this.clock.instant();
		long id = this.store.insertIncoming(new ReportingStore.NewIncoming(unit.getId(), unit.getPath(), number,
				f.issuedOn(), received, f.issuerUnitId(), issuer, subject, fileName, type, content), scope.username(),
				now);
		this.audit.record("CREATE", "IncomingDocument", id, unit.getPath(), "Vào sổ văn bản đến số " + number, subject);
		if (plan != null) {
			write(scope, id, null, plan, now);
		}
		return this.store.incoming(id).orElseThrow();
	}

	/** Adds a report request to a registered incoming document. */
	@Transactional
	public ReportRequest addRequest(Scope scope, long incomingId, RequestForm request) {
		Incoming doc = get(scope, incomingId);
		scope.requireWrite(this.org.get(doc.unitId()).getPath());
		return write(scope, incomingId, null, plan(scope, request), this.clock.instant());
	}

	/** The request as planned and checked, not yet written. */
	record Plan(RequestForm form, OrgUnit receiving, OrgUnit root, String title, List<OrgUnit> owners) {
	}

	Plan plan(Scope scope, RequestForm r) {
		if (r.receivingUnitId() == null) {
			throw required("reporting.request.receiving");
		}
		if (r.respondingRootId() == null) {
			throw required("reporting.request.root");
		}
		if (r.type() == null) {
			throw required("reporting.request.type");
		}
		if (r.periodFrom() == null || r.periodTo() == null) {
			throw required("reporting.request.period");
		}
		if (r.deadline() == null) {
			throw required("reporting.request.deadline");
		}
		if (r.periodTo().isBefore(r.periodFrom())) {
			throw AppException.invalid("reporting.request.periodOrder", VnFormat.shortDate(r.periodFrom()),
					VnFormat.shortDate(r.periodTo()));
		}
		String title = text(r.title(), "reporting.request.title", 500);
		if (r.campaignId() != null) {
			// A campaign the user cannot see is refused like one that does not exist.
			this.study.campaign(scope, r.campaignId());
		}
		OrgUnit receiving = this.org.get(scope, r.receivingUnitId());
		scope.requireWrite(receiving.getPath());
		OrgUnit root = this.org.get(scope, r.respondingRootId());
		if (!root.getPath().startsWith(receiving.getPath())) {
			throw AppException.invalid("reporting.request.rootOutside", this.org.label(root),
					this.org.label(receiving));
		}
		List<OrgUnit> owners = ObligationPlanner.plan(this.org.subtree(root.getPath()), root, receiving, r.kinds(),
				r.periodFrom(), r.periodTo(), r.deadline(), this.org::get);
		if (owners.isEmpty()) {
			throw AppException.invalid("reporting.request.noUnits", this.org.label(root));
		}
		return new Plan(r, receiving, root, title, owners);
	}

	ReportRequest write(Scope scope, Long incomingId, Long ruleId, Plan p, Instant now) {
		RequestForm r = p.form();
		long id = this.store.insertRequest(incomingId, ruleId, p.receiving().getId(), p.receiving().getPath(),
				p.root().getId(), r.kinds(), r.type(), p.title(), r.periodFrom(), r.periodTo(), r.deadline(),
				r.campaignId(), scope.username(), now);
		this.store.insertObligations(id, p.receiving().getId(), p.receiving().getPath(), r.deadline(),
				p.owners().stream().map(u -> new ReportingStore.NewObligation(u.getId(), u.getPath())).toList());
		this.audit.record("CREATE", "ReportRequest", id, p.receiving().getPath(),
				"Yêu cầu báo cáo: " + p.title() + " (" + p.owners().size() + " đơn vị)",
				"Hạn " + VnFormat.shortDate(r.deadline()));
		return this.store.request(id).orElseThrow();
	}

	/** True when no incoming document was ever registered (the demo loads only then). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.store.countIncoming() == 0;
	}

	@Transactional(readOnly = true)
	public Incoming get(Scope scope, long id) {
		String path = this.store.incomingPath(id);
		if (path == null || !scope.contains(path)) {
			throw AppException.notFound("reporting.incoming.notFound", id);
		}
		return this.store.incoming(id).orElseThrow();
	}

	/** The incoming register of the unit and the units below it, newest first. */
	@Transactional(readOnly = true)
	public List<Incoming> list(Scope scope, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		return this.store.incomingUnder(unit.getPath(), 300);
	}

	@Transactional(readOnly = true)
	public List<ReportRequest> requests(Scope scope, long incomingId) {
		get(scope, incomingId);
		return this.store.requestsOfIncoming(incomingId);
	}

	@Transactional(readOnly = true)
	public ReportingStore.StoredFile file(Scope scope, long incomingId) {
		get(scope, incomingId);
		return this.store.incomingFile(incomingId)
			.orElseThrow(() -> AppException.notFound("reporting.incoming.noFile", incomingId));
	}

	private static String checkedType(String name, byte[] content) {
		if (content.length > FILE_MAX_MB * 1024L * 1024L) {
			throw AppException.invalid("reporting.file.tooLarge", name, FILE_MAX_MB);
		}
		if (FileTypes.isPdf(content)) {
			return MediaType.APPLICATION_PDF_VALUE;
		}
		if (FileTypes.isDocx(content)) {
			return Downloads.DOCX.toString();
		}
		throw AppException.invalid("reporting.file.badType", name);
	}

	private static String baseName(String name) {
		if (name == null || name.isBlank()) {
			return "van-ban-den";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		return base.isEmpty() ? "van-ban-den" : base.length() > 300 ? base.substring(base.length() - 300) : base;
	}

	private AppException required(String fieldKey) {
		return AppException.invalid("reporting.field.required", this.messages.get(fieldKey));
	}

	/** A required text field, normalised; the message names the field. */
	String text(String value, String fieldKey, int max) {
		String v = value == null ? "" : VietnameseText.normalize(value).strip();
		if (v.isEmpty()) {
			throw required(fieldKey);
		}
		if (v.length() > max) {
			throw AppException.invalid("reporting.field.tooLong", this.messages.get(fieldKey), max);
		}
		return v;
	}

}
