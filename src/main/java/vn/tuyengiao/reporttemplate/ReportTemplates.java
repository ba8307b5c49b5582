package vn.tuyengiao.reporttemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.ReportTemplate.Section;
import vn.tuyengiao.reporttemplate.internal.TemplateDocument;
import vn.tuyengiao.reporttemplate.internal.TemplateStore;
import vn.tuyengiao.text.VietnameseText;

/**
 * Report templates: administrators copy a built-in template and edit its sections;
 * officers draft a report of a unit in their scope for a period, every figure from the
 * modules' {@link SectionSource}s, kept as a register draft ({@link ReportDrafts}) to
 * edit, issue and submit.
 */
@Service
public class ReportTemplates {

	static final int MAX_SECTIONS = 60;

	private final TemplateStore store;

	private final List<SectionSource> sources;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final ReportDrafts drafts;

	private final AuditLog audit;

	private final Clock clock;

	ReportTemplates(TemplateStore store, List<SectionSource> sources, OrgUnits org, DocumentRegister register,
			ReportDrafts drafts, AuditLog audit, Clock clock) {
		this.store = store;
		this.sources = List.copyOf(sources);
		this.org = org;
		this.register = register;
		this.drafts = drafts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The sources registered as beans, by label. */
	public List<SourceInfo> sources() {
		return this.sources.stream()
			.map(s -> new SourceInfo(s.key(), s.label()))
			.sorted(Comparator.comparing(SourceInfo::label))
			.toList();
	}

	private Map<String, SectionSource> sourcesByKey() {
		Map<String, SectionSource> map = new LinkedHashMap<>();
		this.sources.forEach(s -> map.put(s.key(), s));
		return map;
	}

	@Transactional(readOnly = true)
	public List<ReportTemplate> list() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public ReportTemplate get(long id) {
		return this.store.find(id).orElseThrow(() -> AppException.notFound("reporttemplate.notFound", id));
	}

	/**
	 * The template the due inbox drafts a request of this type with: the latest copy an
	 * administrator made for it, else the built-in one; none for a type no template
	 * serves.
	 */
	@Transactional(readOnly = true)
	public Optional<ReportTemplate> forReportType(String reportType) {
		return this.store.all()
			.stream()
			.filter(t -> t.reportTypes().contains(reportType))
			.max(Comparator.comparing((ReportTemplate t) -> !t.builtIn()).thenComparing(ReportTemplate::id));
	}

	/** A copy of a template (built-in or not) that the administrator may edit. */
	@Transactional
	public ReportTemplate copy(Scope scope, long id, String name) {
		requireAdmin(scope);
		ReportTemplate source = get(id);
		String n = name == null || name.isBlank() ? source.name() + " (bản sao)"
				: VietnameseText.normalize(name).strip();
		if (n.length() > 300) {
			throw AppException.invalid("reporttemplate.nameTooLong", 300);
		}
		String base = source.code().replaceFirst("-\\d+$", "");
		String code = base;
		for (int i = 2; this.store.codeExists(code); i++) {
			code = base + "-" + i;
		}
		long newId = this.store.insert(code, n, source.typeCode(), source.subject(), source.reportTypes(), source.id(),
				scope.username(), this.clock.instant(), source.sections());
		this.audit.record("CREATE", "ReportTemplate", newId, null, "Sao chép mẫu báo cáo " + source.name(), n);
		return get(newId);
	}

	/**
	 * What the editor saves: the template's name, subject, the report types it serves,
	 * its sections in order.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ReportTemplateEdit")
	public record Edit(String name, String subject, List<String> reportTypes, List<Section> sections) {
	}

	/**
	 * Saves the template's sections if nobody saved it since {@code version}; built-in
	 * templates are copied, never edited. Every section is checked first; nothing is
	 * saved when one is wrong.
	 */
	@Transactional
	public ReportTemplate update(Scope scope, long id, Long version, Edit edit) {
		requireAdmin(scope);
		ReportTemplate current = get(id);
		if (current.builtIn()) {
			throw AppException.conflict("reporttemplate.builtInLocked", current.name());
		}
		if (version == null || version != current.version()) {
			throw AppException.staleVersion();
		}
		String name = required(edit.name(), "reporttemplate.nameRequired", 300);
		String subject = required(edit.subject(), "reporttemplate.subjectRequired", 500);
		List<Section> sections = checked(edit.sections());
		List<String> types = edit.reportTypes() == null ? List.of()
				: edit.reportTypes()
					.stream()
					.filter(t -> t != null && !t.isBlank())
					.map(String::strip)
					.distinct()
					.toList();
		for (String t : types) {
			if (!t.matches("[A-Z_]{2,30}")) {
				throw AppException.invalid("reporttemplate.badReportType", t);
			}
		}
		if (version == null || !this.store.update(id, version, name, subject, types, sections, scope.username(),
				this.clock.instant())) {
			throw AppException.staleVersion();
		}
		this.audit.record("UPDATE", "ReportTemplate", id, null, "Sửa mẫu báo cáo " + name, sections.size() + " mục");
		return get(id);
	}

	private List<Section> checked(List<Section> given) {
		if (given == null || given.isEmpty()) {
			throw AppException.invalid("reporttemplate.noSections");
		}
		if (given.size() > MAX_SECTIONS) {
			throw AppException.invalid("reporttemplate.tooManySections", MAX_SECTIONS);
		}
		Map<String, SectionSource> known = sourcesByKey();
		List<Section> out = new ArrayList<>();
		int row = 0;
		for (Section s : given) {
			row++;
			if (s == null || s.heading() == null || s.heading().isBlank()) {
				throw AppException.invalid("reporttemplate.headingEmpty", row);
			}
			String heading = VietnameseText.normalize(s.heading()).strip();
			if (heading.length() > 300) {
				throw AppException.invalid("reporttemplate.headingTooLong", row, 300);
			}
			if (s.level() < 1 || s.level() > 3) {
				throw AppException.invalid("reporttemplate.badLevel", row);
			}
			String number = blankToNull(s.number());
			if (number != null && number.length() > 20) {
				throw AppException.invalid("reporttemplate.numberTooLong", row, 20);
			}
			String intro = blankToNull(s.intro());
			if (intro != null && intro.length() > 2000) {
				throw AppException.invalid("reporttemplate.introTooLong", row, 2000);
			}
			Fill fill = s.fill() == null ? Fill.TEXT : s.fill();
			String text = null;
			String key = null;
			if (fill == Fill.SOURCE) {
				key = blankToNull(s.sourceKey());
				if (key == null) {
					throw AppException.invalid("reporttemplate.sourceRequired", row, heading);
				}
				if (!known.containsKey(key)) {
					throw AppException.invalid("reporttemplate.unknownSource", row, key);
				}
			}
			else {
				text = blankToNull(s.text());
				if (text != null && text.length() > 8000) {
					throw AppException.invalid("reporttemplate.textTooLong", row, 8000);
				}
			}
			out.add(new Section(s.level(), number, heading, intro, fill, text, key));
		}
		return out;
	}

	/**
	 * What a report is drafted for: the unit, the period, and optionally the issuing body
	 * (else the unit's numbering body), the subject (else the template's), the
	 * introduction ("Thực hiện Công văn số …"; else "… báo cáo … như sau:") and the
	 * receiving unit's name for "Nơi nhận" (else the parent unit).
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ReportTemplateDraftRequest")
	public record DraftRequest(Long unitId, LocalDate from, LocalDate to, Long bodyId, String subject,
			String introduction, String recipient) {
	}

	/** The report as drafted, not kept (a preview, a test). */
	@Transactional(readOnly = true)
	public PartyDocument document(Scope scope, long templateId, DraftRequest r) {
		ReportTemplate template = get(templateId);
		OrgUnit unit = unit(scope, r);
		return build(scope, template, unit, body(scope, unit, r.bodyId()), r);
	}

	/** Drafts the report and keeps it in the unit's register; returns the draft's id. */
	@Transactional
	public long draft(Scope scope, long templateId, DraftRequest r) {
		ReportTemplate template = get(templateId);
		OrgUnit unit = unit(scope, r);
		scope.requireWrite(unit.getPath());
		IssuingBody body = body(scope, unit, r.bodyId());
		PartyDocument doc = build(scope, template, unit, body, r);
		return this.drafts.createId(scope,
				new ReportDrafts.NewDraft("template",
						"template=" + template.id() + "&unit=" + unit.getId() + "&from=" + r.from() + "&to=" + r.to(),
						body.getId(), template.typeCode(), doc));
	}

	private OrgUnit unit(Scope scope, DraftRequest r) {
		if (r.unitId() == null) {
			throw AppException.invalid("reporttemplate.unitRequired");
		}
		if (r.from() == null || r.to() == null) {
			throw AppException.invalid("reporttemplate.periodRequired");
		}
		if (r.to().isBefore(r.from())) {
			throw AppException.invalid("reporttemplate.periodBackwards");
		}
		return this.org.get(scope, r.unitId());
	}

	private PartyDocument build(Scope scope, ReportTemplate template, OrgUnit unit, IssuingBody body, DraftRequest r) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> values = TemplateDocument.placeholders(body.getName(), r.from(), r.to());
		String subject = r.subject() == null || r.subject().isBlank()
				? TemplateDocument.fill(template.subject(), values) : r.subject().strip();
		PartyDocument.Builder doc = PartyDocument
			.builder(ReportPages.header(body, body.getName(), body.getAbbreviation(), body.getPlace(), today),
					DocumentType.REPORT)
			.subject(subject);
		String lower = subject.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + subject.substring(1);
		doc.draft(r.introduction() == null || r.introduction().isBlank()
				? body.getName() + " báo cáo " + lower + " như sau:" : r.introduction().strip());
		SectionContext context = new SectionContext(scope, unit.getId(), r.from(), r.to());
		TemplateDocument.body(template, context, sourcesByKey(), values).forEach(doc::block);
		doc.paragraph("Trên đây là báo cáo " + lower + " của " + body.getName() + "./.");
		String recipient = r.recipient();
		if ((recipient == null || recipient.isBlank()) && unit.getParentId() != null) {
			recipient = this.org.nameOn(this.org.get(unit.getParentId()), today);
		}
		doc.recipients(ReportPages.recipients(body, recipient == null || recipient.isBlank() ? Recipients.of("Lưu.")
				: Recipients.of(recipient.strip() + " (b/c)", "Lưu.")));
		doc.signature(ReportPages.signature(body, null, null));
		return doc.build();
	}

	private IssuingBody body(Scope scope, OrgUnit unit, Long bodyId) {
		if (bodyId != null) {
			IssuingBody b = this.register.body(scope, bodyId);
			if (!b.getUnitId().equals(unit.getId())) {
				throw AppException.invalid("reporttemplate.bodyOfOtherUnit", b.getName(), this.org.label(unit));
			}
			return b;
		}
		return this.register.bodies(scope)
			.stream()
			.filter(b -> b.getUnitId().equals(unit.getId()) && b.canNumber())
			.findFirst()
			.orElseThrow(() -> AppException.invalid("reporttemplate.noBody", this.org.label(unit)));
	}

	private static void requireAdmin(Scope scope) {
		if (!scope.admin()) {
			throw AppException.forbidden();
		}
	}

	private static String required(String value, String key, int max) {
		if (value == null || value.isBlank()) {
			throw AppException.invalid(key);
		}
		String v = VietnameseText.normalize(value).strip();
		if (v.length() > max) {
			throw AppException.invalid("reporttemplate.tooLong", max);
		}
		return v;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : VietnameseText.normalize(s).strip();
	}

}
