package vn.tuyengiao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.IssuingBody.Authority;
import vn.tuyengiao.register.IssuingBody.Kind;
import vn.tuyengiao.register.internal.CommitteeTerm;
import vn.tuyengiao.register.internal.DocumentTypeEntry;
import vn.tuyengiao.text.VietnameseText;

/**
 * The register as its users set it up: issuing bodies (what their documents print),
 * committee terms and document types. Officers and administrators of the body's unit (and
 * above) manage them; every change is audited and refused when someone else saved the
 * same record in between.
 */
@Service
public class RegisterSetup {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * The party's 16 types (Hướng dẫn 36-HD/VPTW): renamed perhaps, never deactivated.
	 */
	static final java.util.Set<String> PARTY_TYPES = java.util.Set.of("NQ", "QĐ", "CT", "KL", "QC", "HD", "TB", "TT",
			"BC", "KH", "CTr", "ĐA", "PA", "TTr", "CV", "BB");

	private final IssuingBodyRepository bodies;

	private final CommitteeTermRepository terms;

	private final DocumentTypeRepository types;

	private final JdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	RegisterSetup(IssuingBodyRepository bodies, CommitteeTermRepository terms, DocumentTypeRepository types,
			JdbcTemplate jdbc, OrgUnits org, AuditLog audit) {
		this.bodies = bodies;
		this.terms = terms;
		this.types = types;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
	}

	/**
	 * What a body prints. {@code recipients} is one recipient a line; a line starting
	 * with "Lưu" is the filing line, at most one, written last.
	 */
	public record BodyForm(long unitId, String name, String abbreviation, Kind kind, String superiorName, String place,
			Authority signerAuthority, String signerTitle, String signerName, String recipients, Long version) {
	}

	public record TermForm(long unitId, String name, LocalDate validFrom, LocalDate validTo, Long version) {
	}

	@Transactional
	public IssuingBody createBody(Scope scope, BodyForm form) {
		OrgUnit unit = this.org.get(form.unitId());
		scope.requireManageUnits(unit.getPath());
		IssuingBody body = new IssuingBody(unit.getId());
		apply(body, form);
		body = this.bodies.save(body);
		for (CommitteeTerm term : this.terms.findByUnitIdOrderByValidFromDesc(unit.getId())) {
			openCounters(body.getId(), term.getId());
		}
		this.audit.record("CREATE", "IssuingBody", body.getId(), unit.getPath(),
				"Thêm cơ quan ban hành " + body.getName(), body.getAbbreviation());
		return body;
	}

	@Transactional
	public IssuingBody updateBody(Scope scope, long bodyId, BodyForm form) {
		IssuingBody body = this.bodies.findById(bodyId)
			.orElseThrow(() -> AppException.notFound("register.bodyNotFound", bodyId));
		String unitPath = this.org.get(body.getUnitId()).getPath();
		scope.requireManageUnits(unitPath);
		if (form.version() == null || form.version() != body.getVersion()) {
			throw AppException.staleVersion();
		}
		String before = body.getName() + " (" + body.getAbbreviation() + ")";
		apply(body, form);
		this.bodies.saveAndFlush(body);
		this.audit.record("UPDATE", "IssuingBody", body.getId(), unitPath, "Sửa cơ quan ban hành " + body.getName(),
				before);
		return body;
	}

	private void apply(IssuingBody body, BodyForm f) {
		String name = clean(f.name());
		String place = clean(f.place());
		if (name == null || place == null || f.kind() == null) {
			throw AppException.invalid("register.bodyFieldsRequired");
		}
		String abbreviation = clean(f.abbreviation());
		if (abbreviation != null && !abbreviation.matches("[\\p{L}0-9]{1,30}")) {
			throw AppException.invalid("register.abbreviationFormat", abbreviation);
		}
		if (abbreviation != null && this.bodies.findByUnitIdIn(List.of(body.getUnitId()))
			.stream()
			.anyMatch(b -> !b.getId().equals(body.getId()) && abbreviation.equals(b.getAbbreviation()))) {
			throw AppException.invalid("register.abbreviationTaken", abbreviation);
		}
		String superior = upper(f.superiorName());
		if (f.kind() == Kind.DEPARTMENT && superior == null) {
			throw AppException.invalid("register.superiorRequired", name);
		}
		Authority authority = f.signerAuthority() == null ? Authority.NONE : f.signerAuthority();
		String title = upper(f.signerTitle());
		checkSigner(f.kind(), authority, title);
		List<String> recipients = new ArrayList<>();
		String filing = null;
		if (f.recipients() != null) {
			for (String raw : f.recipients().split("\\R")) {
				String line = clean(raw.replaceFirst("^\\s*[-–+]\\s*", ""));
				if (line == null) {
					continue;
				}
				if (line.startsWith("Lưu")) {
					if (filing != null) {
						throw AppException.invalid("register.filingOnce");
					}
					filing = line;
				}
				else if (filing != null) {
					throw AppException.invalid("register.filingLast", line);
				}
				else {
					recipients.add(line);
				}
			}
		}
		body.update(name, abbreviation, f.kind(), f.kind() == Kind.COMMITTEE ? null : superior, place, authority, title,
				clean(f.signerName()), recipients, filing);
	}

	/**
	 * A committee signs on behalf of its standing committee (T/M BAN THƯỜNG VỤ, BÍ THƯ or
	 * PHÓ BÍ THƯ) or by its order (T/L), never as "TRƯỞNG BAN"; a department is signed by
	 * its head in their own right, K/T the head by a deputy, or T/L, never "T/M BAN
	 * THƯỜNG VỤ" or as "BÍ THƯ".
	 */
	static void checkSigner(Kind kind, Authority authority, String title) {
		if (title == null) {
			return;
		}
		boolean secretary = title.contains("BÍ THƯ");
		if (kind == Kind.COMMITTEE) {
			if (title.contains(IssuingBody.HEAD)) {
				throw AppException.invalid("register.committeeHeadTitle", title);
			}
			if (authority != Authority.TM && authority != Authority.TL) {
				throw AppException.invalid("register.committeeAuthority");
			}
			if (authority == Authority.TM && !secretary) {
				throw AppException.invalid("register.committeeSecretary", title);
			}
			return;
		}
		if (authority == Authority.TM) {
			throw AppException.invalid("register.departmentOnBehalf");
		}
		if (secretary) {
			throw AppException.invalid("register.departmentSecretary", title);
		}
		if (authority == Authority.KT && !title.startsWith("PHÓ")) {
			throw AppException.invalid("register.deputyTitle", title);
		}
		if (authority == Authority.NONE && title.startsWith("PHÓ")) {
			throw AppException.invalid("register.deputyNeedsKt", title);
		}
	}

	@Transactional
	public CommitteeTerm createTerm(Scope scope, TermForm form) {
		OrgUnit unit = this.org.get(form.unitId());
		scope.requireManageUnits(unit.getPath());
		String name = checkTerm(form, null);
		CommitteeTerm term = this.terms.save(new CommitteeTerm(unit.getId(), name, form.validFrom(), form.validTo()));
		for (IssuingBody body : this.bodies.findByUnitIdIn(List.of(unit.getId()))) {
			openCounters(body.getId(), term.getId());
		}
		this.audit.record("CREATE", "CommitteeTerm", term.getId(), unit.getPath(),
				"Thêm nhiệm kỳ " + term.getName() + " của " + unit.getName(), null);
		return term;
	}

	@Transactional
	public CommitteeTerm updateTerm(Scope scope, long termId, TermForm form) {
		CommitteeTerm term = this.terms.findById(termId)
			.orElseThrow(() -> AppException.notFound("register.termNotFound", termId));
		OrgUnit unit = this.org.get(term.getUnitId());
		scope.requireManageUnits(unit.getPath());
		if (form.version() == null || form.version() != term.getVersion()) {
			throw AppException.staleVersion();
		}
		String name = checkTerm(new TermForm(term.getUnitId(), form.name(), form.validFrom(), form.validTo(), null),
				term.getId());
		String before = term.getName();
		term.update(name, form.validFrom(), form.validTo());
		this.terms.saveAndFlush(term);
		this.audit.record("UPDATE", "CommitteeTerm", term.getId(), unit.getPath(),
				"Sửa nhiệm kỳ " + term.getName() + " của " + unit.getName(), before);
		return term;
	}

	private String checkTerm(TermForm form, Long self) {
		String name = clean(form.name());
		if (name == null || form.validFrom() == null) {
			throw AppException.invalid("register.termFieldsRequired");
		}
		if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
			throw AppException.invalid("register.termDates");
		}
		for (CommitteeTerm other : this.terms.findByUnitIdOrderByValidFromDesc(form.unitId())) {
			if (other.getId().equals(self)) {
				continue;
			}
			if (other.getName().equalsIgnoreCase(name)) {
				throw AppException.invalid("register.termNameTaken", name);
			}
			if (other.overlaps(form.validFrom(), form.validTo())) {
				throw AppException.invalid("register.termOverlap", other.getName());
			}
		}
		return name;
	}

	/** The terms of the units in the user's scope, latest first. */
	@Transactional(readOnly = true)
	public List<CommitteeTerm> terms(Scope scope) {
		return this.terms.findAll()
			.stream()
			.filter(t -> scope.contains(this.org.get(t.getUnitId()).getPath()))
			.sorted(java.util.Comparator.comparing(CommitteeTerm::getUnitId)
				.thenComparing(CommitteeTerm::getValidFrom, java.util.Comparator.reverseOrder()))
			.toList();
	}

	@Transactional(readOnly = true)
	public CommitteeTerm term(Scope scope, long termId) {
		CommitteeTerm term = this.terms.findById(termId)
			.orElseThrow(() -> AppException.notFound("register.termNotFound", termId));
		scope.requireRead(this.org.get(term.getUnitId()).getPath());
		return term;
	}

	@Transactional(readOnly = true)
	public DocumentTypeEntry type(String code) {
		return this.types.findById(code == null ? "" : code.strip())
			.orElseThrow(() -> AppException.notFound("register.typeNotFound", code));
	}

	/** Every document type, the deactivated ones too, by name. */
	@Transactional(readOnly = true)
	public List<DocumentTypeEntry> types() {
		return this.types.findAllByOrderByNameAsc();
	}

	/**
	 * A new type: its code is the abbreviation in the numbers ("KH"), one word of
	 * letters; counters open for every body and term.
	 */
	@Transactional
	public DocumentTypeEntry addType(Scope scope, String code, String name) {
		requireOfficer(scope);
		String c = clean(code);
		String n = clean(name);
		if (c == null || n == null) {
			throw AppException.invalid("register.typeFieldsRequired");
		}
		if (!c.matches("[\\p{L}]{1,10}")) {
			throw AppException.invalid("register.typeCodeFormat", c);
		}
		if (this.types.existsById(c)) {
			throw AppException.invalid("register.typeCodeTaken", c);
		}
		DocumentTypeEntry type = this.types.saveAndFlush(new DocumentTypeEntry(c, n));
		this.jdbc.update(
				"insert into document_counter (issuing_body_id, term_id, type_code, last_number) "
						+ "select b.id, t.id, ?, 0 from issuing_body b join committee_term t on t.unit_id = b.unit_id",
				c);
		this.audit.record("CREATE", "DocumentType", null, "Thêm loại văn bản " + c + " – " + n, null);
		return type;
	}

	/** Renames or (de)activates a type; its code stays, as numbers already use it. */
	@Transactional
	public DocumentTypeEntry changeType(Scope scope, String code, String name, boolean active, Long version) {
		requireOfficer(scope);
		DocumentTypeEntry type = this.types.findById(code == null ? "" : code.strip())
			.orElseThrow(() -> AppException.notFound("register.typeNotFound", code));
		if (version == null || version != type.getVersion()) {
			throw AppException.staleVersion();
		}
		String n = clean(name);
		if (n == null) {
			throw AppException.invalid("register.typeFieldsRequired");
		}
		if (!active && PARTY_TYPES.contains(type.getCode())) {
			throw AppException.invalid("register.partyTypeStays", type.getCode());
		}
		String before = type.getName() + (type.isActive() ? "" : " (ngừng dùng)");
		type.change(n, active);
		this.types.saveAndFlush(type);
		this.audit.record("UPDATE", "DocumentType", null,
				"Sửa loại văn bản " + type.getCode() + " – " + n + (active ? "" : " (ngừng dùng)"), before);
		return type;
	}

	/**
	 * Document types are shared by the whole tree: administrators and the officers of a
	 * top unit (a province) edit them.
	 */
	private void requireOfficer(Scope scope) {
		if (!scope.canWrite()) {
			throw AppException.readOnly();
		}
		if (!scope.canManageUnits()) {
			throw new AppException(403, "error.cannotManageUnits");
		}
		if (!scope.admin() && (scope.rootUnitId() == null || this.org.get(scope.rootUnitId()).getParentId() != null)) {
			throw new AppException(403, "register.typesTopOnly");
		}
	}

	private void openCounters(long bodyId, long termId) {
		this.jdbc.update("insert into document_counter (issuing_body_id, term_id, type_code, last_number) "
				+ "select ?, ?, code, 0 from document_type", bodyId, termId);
	}

	private static String clean(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		return VietnameseText.normalize(s).strip();
	}

	private static String upper(String s) {
		String c = clean(s);
		return c == null ? null : c.toUpperCase(VI);
	}

}
