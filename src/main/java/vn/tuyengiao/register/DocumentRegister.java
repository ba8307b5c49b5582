package vn.tuyengiao.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.internal.CommitteeTerm;
import vn.tuyengiao.register.internal.OutgoingDocument;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * The outgoing-document register (sổ đăng ký văn bản đi). Numbers run from 01 per issuing
 * body, per document type, per committee term, and are never issued twice: each
 * allocation increments one counter row, whose row lock serialises concurrent requests on
 * H2 and PostgreSQL alike.
 */
@Service
public class DocumentRegister {

	private final IssuingBodyRepository bodies;

	private final CommitteeTermRepository terms;

	private final OutgoingDocumentRepository documents;

	private final JdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final RegisterSetup setup;

	DocumentRegister(IssuingBodyRepository bodies, CommitteeTermRepository terms, OutgoingDocumentRepository documents,
			JdbcTemplate jdbc, OrgUnits org, AuditLog audit, Clock clock, RegisterSetup setup) {
		this.clock = clock;
		this.setup = setup;
		this.bodies = bodies;
		this.terms = terms;
		this.documents = documents;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
	}

	/** Document types in use (code → name), by name. */
	@Transactional(readOnly = true)
	public Map<String, String> documentTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		this.jdbc.query("select code, name from document_type where active order by name", rs -> {
			types.put(rs.getString(1), rs.getString(2));
		});
		return types;
	}

	/**
	 * A department of a committee with the head as default signer; the full set-up is
	 * {@link RegisterSetup#createBody}.
	 */
	public IssuingBody createBody(Scope scope, long unitId, String name, String abbreviation, String superiorName,
			String place) {
		return this.setup.createBody(scope, new RegisterSetup.BodyForm(unitId, name, abbreviation,
				superiorName == null || superiorName.isBlank() ? IssuingBody.Kind.COMMITTEE
						: IssuingBody.Kind.DEPARTMENT,
				superiorName, place,
				superiorName == null || superiorName.isBlank() ? IssuingBody.Authority.TM : IssuingBody.Authority.NONE,
				null, null, null, null));
	}

	public CommitteeTerm createTerm(Scope scope, long unitId, String name, LocalDate from, LocalDate to) {
		return this.setup.createTerm(scope, new RegisterSetup.TermForm(unitId, name, from, to, null));
	}

	/**
	 * Takes the next number for a document of this type issued by this body on this date:
	 * the term is the one of the body's committee that covers the date.
	 */
	@Transactional
	public IssuedNumber issue(Scope scope, long bodyId, String typeCode, String subject, LocalDate issuedOn) {
		IssuingBody body = body(scope, bodyId);
		scope.requireWrite(this.org.get(body.getUnitId()).getPath());
		if (!body.canNumber()) {
			throw AppException.invalid("register.noAbbreviation", body.getName());
		}
		if (!documentTypes().containsKey(typeCode)) {
			throw AppException.invalid("register.unknownType", typeCode);
		}
		if (subject == null || subject.isBlank()) {
			throw AppException.invalid("register.subjectRequired");
		}
		LocalDate date = issuedOn == null ? LocalDate.now(this.clock) : issuedOn;
		CommitteeTerm term = this.terms.findByUnitIdOrderByValidFromDesc(body.getUnitId())
			.stream()
			.filter(t -> t.covers(date))
			.findFirst()
			.orElseThrow(() -> AppException.invalid("register.noTerm", body.getName(), VnFormat.shortDate(date)));
		int updated = this.jdbc.update(
				"update document_counter set last_number = last_number + 1 "
						+ "where issuing_body_id = ? and term_id = ? and type_code = ?",
				bodyId, term.getId(), typeCode);
		if (updated != 1) {
			throw new IllegalStateException(
					"no counter for body " + bodyId + ", term " + term.getId() + ", type " + typeCode);
		}
		Integer number = this.jdbc.queryForObject(
				"select last_number from document_counter "
						+ "where issuing_body_id = ? and term_id = ? and type_code = ?",
				Integer.class, bodyId, term.getId(), typeCode);
		OutgoingDocument doc = this.documents.save(new OutgoingDocument(bodyId, term.getId(), typeCode, number,
				VietnameseText.normalize(subject), date, scope.username(), this.clock.instant()));
		IssuedNumber issued = new IssuedNumber(doc, body, term);
		this.audit.record("ISSUE", "OutgoingDocument", doc.getId(), this.org.get(body.getUnitId()).getPath(),
				"Lấy số " + issued.reference(), doc.getSubject());
		return issued;
	}

	/** A number as printed: "Số 03-BC/BTG" (two digits at least, no colon). */
	public record IssuedNumber(OutgoingDocument document, IssuingBody body, CommitteeTerm term) {

		public String formatted() {
			return format(this.document.getNumber(), this.document.getTypeCode(), this.body.getAbbreviation());
		}

		/** "03-BC/BTG", without the leading "Số" of the number line. */
		public String reference() {
			return new vn.tuyengiao.report.DocumentNumber(this.document.getNumber(), this.document.getTypeCode(),
					this.body.getAbbreviation())
				.reference();
		}

	}

	public static String format(int number, String typeCode, String issuerAbbreviation) {
		return vn.tuyengiao.report.DocumentNumber.format(number, typeCode, issuerAbbreviation);
	}

	@Transactional(readOnly = true)
	public IssuingBody body(Scope scope, long bodyId) {
		IssuingBody body = this.bodies.findById(bodyId)
			.orElseThrow(() -> AppException.notFound("register.bodyNotFound", bodyId));
		scope.requireRead(this.org.get(body.getUnitId()).getPath());
		return body;
	}

	/**
	 * The bodies of the user's scope: those of the units on the way down to it and below
	 * it.
	 */
	@Transactional(readOnly = true)
	public List<IssuingBody> bodies(Scope scope) {
		return this.bodies.findAll()
			.stream()
			.filter(b -> scope.contains(this.org.get(b.getUnitId()).getPath()))
			.toList();
	}

	/**
	 * The bodies of one unit in the user's scope, read by the unit rather than by
	 * filtering every body ({@link #bodies}).
	 */
	@Transactional(readOnly = true)
	public List<IssuingBody> bodiesOf(Scope scope, long unitId) {
		scope.requireRead(this.org.get(unitId).getPath());
		return this.bodies.findByUnitIdIn(List.of(unitId))
			.stream()
			.sorted(java.util.Comparator.comparing(IssuingBody::getId))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<CommitteeTerm> terms(Scope scope, long unitId) {
		this.org.get(scope, unitId);
		return this.terms.findByUnitIdOrderByValidFromDesc(unitId);
	}

	@Transactional(readOnly = true)
	public List<OutgoingDocument> recent(Scope scope, long bodyId) {
		body(scope, bodyId);
		return this.documents.findTop100ByIssuingBodyIdOrderByIdDesc(bodyId);
	}

}
