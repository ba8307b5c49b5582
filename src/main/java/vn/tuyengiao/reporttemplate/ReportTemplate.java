package vn.tuyengiao.reporttemplate;

import java.time.Instant;
import java.util.List;

/**
 * A report as data: its subject and sections in order. Built-in templates (seeds 003 and
 * 004) are copied, not edited, so an upgrade can still correct them.
 *
 * @param reportTypes names of {@code reporting.ReportType} the due inbox drafts with this
 * template ("PRELIMINARY_REVIEW", "YEARLY"); kept as names so this module does not depend
 * on the reporting cycle
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ReportTemplate")
public record ReportTemplate(long id, String code, String name, String typeCode, String subject,
		List<String> reportTypes, boolean builtIn, Long copiedFromId, String updatedBy, Instant updatedAt, long version,
		List<Section> sections) {

	/** What fills a section: fixed text, or one module's data. */
	public enum Fill {

		TEXT, SOURCE

	}

	/**
	 * One section: heading (level 1 to 3, number such as "1-", "a)", "*"), an optional
	 * opening sentence, then the fixed text (one paragraph per line; "- ", "+ ", "1. "
	 * lines are items; empty: the heading alone) or the body drafted by the source.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ReportTemplateSection")
	public record Section(int level, String number, String heading, String intro, Fill fill, String text,
			String sourceKey) {
	}

}
