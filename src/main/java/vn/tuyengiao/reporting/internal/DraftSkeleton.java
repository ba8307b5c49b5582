package vn.tuyengiao.reporting.internal;

import java.time.LocalDate;
import java.util.Set;

import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.reporting.Incoming;

/**
 * The empty report a unit drafts for a request that no report page fills from data: the
 * introduction citing the request, the sections the level above consolidates (results,
 * strengths, shortcomings, next tasks, recommendations), each with a line to replace.
 */
public final class DraftSkeleton {

	/** What each section holds until the officer writes it; consolidation skips it. */
	public static final String PLACEHOLDER = "……………………………………………………";

	public static final Set<String> PLACEHOLDERS = Set.of(PLACEHOLDER);

	private DraftSkeleton() {
	}

	public static PartyDocument build(IssuingBody body, String title, Incoming incoming, String receivingName,
			LocalDate date) {
		return build(body, title, incoming, receivingName, date, java.util.List.of());
	}

	/**
	 * The report with its sections written (results, strengths, shortcomings, tasks,
	 * recommendations, in order); a section not given keeps its placeholder.
	 */
	public static PartyDocument build(IssuingBody body, String title, Incoming incoming, String receivingName,
			LocalDate date, java.util.List<String> sections) {
		java.util.Iterator<String> written = sections.iterator();
		java.util.function.Supplier<String> next = () -> written.hasNext() ? written.next() : PLACEHOLDER;
		PartyDocument.Builder doc = PartyDocument
			.builder(ReportPages.header(body, body.getName(), body.getAbbreviation(), body.getPlace(), date),
					DocumentType.REPORT)
			.subject(title);
		doc.draft(introduction(body.getName(), title, incoming));
		doc.heading("1.", "Kết quả thực hiện");
		doc.draft(next.get());
		doc.heading("2.", "Nhận xét");
		doc.heading(2, "*", "Mặt được:");
		doc.draft(next.get());
		doc.heading(2, "*", "Hạn chế:");
		doc.draft(next.get());
		doc.heading("3.", "Phương hướng nhiệm vụ trong thời gian tới");
		doc.draft(next.get());
		doc.heading("4.", "Kiến nghị, đề xuất");
		doc.draft(next.get());
		doc.paragraph("Trên đây là báo cáo " + title + " của " + body.getName() + "./.");
		doc.recipients(ReportPages.recipients(body, Recipients.of(receivingName + " (b/c)", "Lãnh đạo Ban")));
		doc.signature(ReportPages.signature(body, null, null));
		return doc.build();
	}

	/**
	 * "Thực hiện Công văn số 124-CV/BTGHU, ngày 23/02/2017 của Ban Tuyên giáo Huyện uỷ
	 * Giồng Trôm về việc …, Ban … báo cáo kết quả như sau:".
	 */
	public static String introduction(String issuer, String title, Incoming incoming) {
		if (incoming == null) {
			return issuer + " báo cáo " + title + " như sau:";
		}
		return "Thực hiện " + kindOf(incoming.number()) + " số " + incoming.number() + ", ngày "
				+ vn.tuyengiao.text.VnFormat.shortDate(incoming.issuedOn()) + " của " + incoming.issuerName()
				+ " về việc " + incoming.subject().replaceFirst("(?i)^(v/v|về việc)\\s*", "") + ", " + issuer
				+ " báo cáo kết quả như sau:";
	}

	/** "124-CV/BTGHU" → "Công văn"; the kind of document from its type code. */
	static String kindOf(String number) {
		String code = number.replaceFirst("^[^-]*-", "").replaceFirst("/.*$", "").toUpperCase(java.util.Locale.ROOT);
		return switch (code) {
			case "CV" -> "Công văn";
			case "KH" -> "Kế hoạch";
			case "HD" -> "Hướng dẫn";
			case "TB" -> "Thông báo";
			case "CT" -> "Chỉ thị";
			case "QĐ", "QD" -> "Quyết định";
			default -> "Văn bản";
		};
	}

}
