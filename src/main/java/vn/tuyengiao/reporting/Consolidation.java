package vn.tuyengiao.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.reporting.internal.DraftSkeleton;
import vn.tuyengiao.reporttemplate.ReportTemplates;
import vn.tuyengiao.reporting.internal.FigureSums;
import vn.tuyengiao.reporting.internal.ReportingStore;
import vn.tuyengiao.reporting.internal.SectionReader;
import vn.tuyengiao.reporting.internal.SectionReader.Section;
import vn.tuyengiao.reporting.internal.SentenceClusters;
import vn.tuyengiao.text.VnFormat;

/**
 * Drafting, both ways through the register ({@link ReportDrafts}): a unit's report for an
 * obligation (a study campaign's report page fills it from data; a request type with a
 * report template is drafted from data by {@link ReportTemplates}; otherwise the empty
 * report of {@link DraftSkeleton}), and the receiving level's consolidated report from
 * the accepted reports below: figures summed with the formula shown, and the sentences of
 * each section with the unit that wrote them, near-identical ones grouped.
 */
@Service
public class Consolidation {

	private final ReportingStore store;

	private final ReportingCycle cycle;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final ReportDrafts drafts;

	private final Clock clock;

	private final ReportTemplates templates;

	Consolidation(ReportingStore store, ReportingCycle cycle, OrgUnits org, DocumentRegister register,
			ReportDrafts drafts, Clock clock, ReportTemplates templates) {
		this.templates = templates;
		this.store = store;
		this.cycle = cycle;
		this.org = org;
		this.register = register;
		this.drafts = drafts;
		this.clock = clock;
	}

	/**
	 * Where the unit drafts its report: a study campaign's report page ({@code link}), or
	 * a draft in its register ({@code draftId}), made now when there is none.
	 */
	public record Start(Long draftId, String link) {
	}

	@Transactional
	public Start start(Scope scope, long obligationId, Long bodyId) {
		Obligation o = this.cycle.obligation(scope, obligationId);
		OrgUnit unit = this.org.get(o.unitId());
		scope.requireWrite(unit.getPath());
		if (o.isLocked()) {
			throw AppException.conflict("reporting.locked", o.reference());
		}
		if (o.status() == ObligationStatus.DUE && o.draftId() != null
				|| o.status() == ObligationStatus.RETURNED && o.draftId() != null) {
			return new Start(o.draftId(), null);
		}
		if (o.campaignId() != null) {
			return new Start(null,
					"/study/campaigns/" + o.campaignId() + "/report?unit=" + o.unitId() + "&asOf=" + o.periodTo());
		}
		IssuingBody body = body(scope, unit, bodyId);
		ReportRequest r = this.store.request(o.requestId()).orElseThrow();
		Incoming incoming = r.incomingId() == null ? null : this.store.incoming(r.incomingId()).orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		String receiving = this.org.nameOn(this.org.get(o.receivingUnitId()), today);
		// A sơ kết, tổng kết or yearly report with a template is drafted from data; any
		// other request gets the empty skeleton.
		var template = this.templates.forReportType(o.type().name());
		long draft;
		if (template.isPresent()) {
			draft = this.templates.draft(scope, template.get().id(),
					new ReportTemplates.DraftRequest(o.unitId(), r.periodFrom(), r.periodTo(), body.getId(), r.title(),
							DraftSkeleton.introduction(body.getName(), r.title(), incoming), receiving));
		}
		else {
			PartyDocument doc = DraftSkeleton.build(body, r.title(), incoming, receiving, today);
			draft = this.drafts.createId(scope,
					new ReportDrafts.NewDraft("reporting", "obligation=" + o.id(), body.getId(), "BC", doc));
		}
		this.cycle.workingDraft(scope, o.id(), draft);
		return new Start(draft, null);
	}

	/**
	 * Drafts the unit's report with its sections written (results, strengths,
	 * shortcomings, tasks, recommendations) and issues it at once, for data loaded rather
	 * than typed (the demo, measurements); returns the draft's id, ready to submit.
	 */
	@Transactional
	public long writeAndIssue(Scope scope, long obligationId, List<String> sections, boolean renderNow) {
		Obligation o = this.cycle.obligation(scope, obligationId);
		OrgUnit unit = this.org.get(o.unitId());
		scope.requireWrite(unit.getPath());
		IssuingBody body = body(scope, unit, null);
		ReportRequest r = this.store.request(o.requestId()).orElseThrow();
		Incoming incoming = r.incomingId() == null ? null : this.store.incoming(r.incomingId()).orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		PartyDocument doc = DraftSkeleton.build(body, r.title(), incoming,
				this.org.nameOn(this.org.get(o.receivingUnitId()), today), today, sections);
		long draft = this.drafts.createId(scope,
				new ReportDrafts.NewDraft("reporting", "obligation=" + o.id(), body.getId(), "BC", doc));
		this.drafts.issue(scope, draft, 0L, renderNow);
		return draft;
	}

	/**
	 * The consolidated report of a request, kept as a draft of the receiving unit's body
	 * for the officer to edit; returns the draft's id.
	 */
	@Transactional
	public long draft(Scope scope, long requestId, Long bodyId) {
		ReportingCycle.RequestView view = this.cycle.request(scope, requestId);
		OrgUnit receiving = this.org.get(view.request().receivingUnitId());
		scope.requireWrite(receiving.getPath());
		IssuingBody body = body(scope, receiving, bodyId);
		PartyDocument doc = build(scope, view, body);
		return this.drafts.createId(scope,
				new ReportDrafts.NewDraft("reporting", "request=" + requestId, body.getId(), "BC", doc));
	}

	/** The consolidated report as a document (not kept). */
	@Transactional(readOnly = true)
	public PartyDocument build(Scope scope, long requestId, Long bodyId) {
		ReportingCycle.RequestView view = this.cycle.request(scope, requestId);
		OrgUnit receiving = this.org.get(view.request().receivingUnitId());
		return build(scope, view, body(scope, receiving, bodyId));
	}

	PartyDocument build(Scope scope, ReportingCycle.RequestView view, IssuingBody body) {
		List<Obligation> accepted = view.obligations()
			.stream()
			.filter(o -> o.status() == ObligationStatus.ACCEPTED)
			.toList();
		if (accepted.isEmpty()) {
			throw AppException.invalid("reporting.nothingAccepted");
		}
		Map<Long, String> labels = this.org.labelsOf(accepted.stream().map(Obligation::unitId).toList());
		List<List<Block.Table>> tables = new ArrayList<>();
		Map<Section, List<SentenceClusters.Source>> sentences = new EnumMap<>(Section.class);
		// Every accepted report in one read, not one draft (with its revisions, files and
		// body) per unit.
		Map<Long, PartyDocument> documents = this.drafts.documents(scope,
				accepted.stream().map(Obligation::submittedDraftId).toList());
		for (Obligation o : accepted) {
			PartyDocument doc = documents.get(o.submittedDraftId());
			if (doc == null) {
				continue;
			}
			tables.add(doc.body().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList());
			for (SectionReader.Sentence s : SectionReader.sentences(doc)) {
				sentences.computeIfAbsent(s.section(), k -> new ArrayList<>())
					.add(new SentenceClusters.Source(o.unitId(), s.text()));
			}
		}
		ReportRequest r = view.request();
		LocalDate today = LocalDate.now(this.clock);
		PartyDocument.Builder doc = PartyDocument
			.builder(ReportPages.header(body, body.getName(), body.getAbbreviation(), body.getPlace(), today),
					DocumentType.REPORT)
			.subject(r.title());
		doc.draft(body.getName() + " tổng hợp báo cáo " + r.title() + " của các đơn vị: đã nhận "
				+ view.total().completeness() + " báo cáo, " + view.total().timeliness() + " đúng hạn; tiếp nhận "
				+ VnFormat.count(accepted.size()) + " báo cáo để tổng hợp, như sau:");
		doc.heading("1.", "Kết quả thực hiện");
		List<FigureSums.Figure> figures = FigureSums.sum(tables);
		if (!figures.isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (FigureSums.Figure f : figures) {
				rows.add(List.of(f.table(), f.column(), f.formula(), VnFormat.number(f.total())));
			}
			doc.table("Số liệu tổng hợp từ báo cáo của " + VnFormat.count(accepted.size()) + " đơn vị",
					List.of("Bảng", "Chỉ tiêu", "Cách tính", "Tổng số"), rows);
		}
		section(doc, sentences.get(Section.RESULTS), labels, "Nhiều đơn vị cùng báo cáo");
		doc.heading("2.", "Nhận xét");
		doc.heading(2, "*", "Mặt được:");
		section(doc, sentences.get(Section.STRENGTHS), labels, "Nhiều đơn vị cùng nêu");
		doc.heading(2, "*", "Hạn chế:");
		section(doc, sentences.get(Section.SHORTCOMINGS), labels, "Nhiều đơn vị cùng nêu hạn chế");
		doc.heading("3.", "Phương hướng nhiệm vụ, kiến nghị, đề xuất");
		section(doc, sentences.get(Section.RECOMMENDATIONS), labels, "Nhiều đơn vị cùng kiến nghị");
		doc.paragraph("Trên đây là báo cáo tổng hợp " + r.title() + " của " + body.getName() + "./.");
		doc.recipients(ReportPages.recipients(body, Recipients.of("Thường trực (b/c)", "Lãnh đạo Ban")));
		doc.signature(ReportPages.signature(body, null, null));
		return doc.build();
	}

	/**
	 * One item per group of near-identical sentences: a sentence written by one unit
	 * keeps its unit; one written by several says so and names them.
	 */
	private static void section(PartyDocument.Builder doc, List<SentenceClusters.Source> sources,
			Map<Long, String> labels, String many) {
		if (sources == null || sources.isEmpty()) {
			doc.draft(DraftSkeleton.PLACEHOLDER);
			return;
		}
		for (SentenceClusters.Cluster c : SentenceClusters.cluster(sources)) {
			String text = c.text().replaceAll("[.;]+$", "");
			List<String> names = c.unitIds().stream().map(id -> labels.getOrDefault(id, "")).toList();
			if (c.unitIds().size() == 1) {
				doc.block(new Block.Item("-", text + " (" + names.get(0) + ").", true));
			}
			else {
				doc.block(new Block.Item("-", many + ": " + text + " (" + VnFormat.count(names.size()) + " đơn vị: "
						+ String.join(", ", names) + ").", true));
			}
		}
	}

	private IssuingBody body(Scope scope, OrgUnit unit, Long bodyId) {
		if (bodyId != null) {
			IssuingBody b = this.register.body(scope, bodyId);
			if (!b.getUnitId().equals(unit.getId())) {
				throw AppException.invalid("reporting.bodyOfOtherUnit", b.getName(), this.org.label(unit));
			}
			return b;
		}
		return this.register.bodiesOf(scope, unit.getId())
			.stream()
			.filter(IssuingBody::canNumber)
			.findFirst()
			.orElseThrow(() -> AppException.invalid("reporting.noBody", this.org.label(unit)));
	}

	/** Units' labels for a list of obligations (a helper for pages). */
	public Map<Long, String> labels(List<Obligation> obligations) {
		return new LinkedHashMap<>(this.org.labelsOf(obligations.stream().map(Obligation::unitId).toList()));
	}

}
