package vn.tuyengiao.reporttemplate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.ReportTemplate;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * The body of a report drafted from a template: each section's heading, its opening
 * sentence, then its fixed text or what its source drafts from data. A source that is no
 * longer there (its module removed) or that fails leaves a visible paragraph saying which
 * data is missing, never an error: the officer writes that part by hand.
 */
public final class TemplateDocument {

	private static final Logger log = LoggerFactory.getLogger(TemplateDocument.class);

	/** What a section with nothing to say holds until the officer writes it. */
	public static final String PLACEHOLDER = "……………………………………………………";

	private static final Pattern ITEM = Pattern.compile("^([-+*]|\\d{1,2}[.)]|[a-zđ]\\))\\s+(.+)$");

	private TemplateDocument() {
	}

	/** The values of {donvi}, {nam}, {namsau}, {tungay}, {denngay}. */
	public static Map<String, String> placeholders(String unitName, LocalDate from, LocalDate to) {
		return Map.of("{donvi}", unitName, "{nam}", String.valueOf(to.getYear()), "{namsau}",
				String.valueOf(to.getYear() + 1), "{tungay}", VnFormat.shortDate(from), "{denngay}",
				VnFormat.shortDate(to));
	}

	public static String fill(String text, Map<String, String> values) {
		if (text == null) {
			return null;
		}
		String out = text;
		for (Map.Entry<String, String> e : values.entrySet()) {
			out = out.replace(e.getKey(), e.getValue());
		}
		return out;
	}

	public static List<Block> body(ReportTemplate template, SectionContext context, Map<String, SectionSource> sources,
			Map<String, String> values) {
		List<Block> body = new ArrayList<>();
		for (ReportTemplate.Section s : template.sections()) {
			body.add(new Block.Heading(s.level(), fill(s.number(), values), fill(s.heading(), values)));
			if (s.intro() != null && !s.intro().isBlank()) {
				body.add(new Block.Paragraph(fill(s.intro(), values), true));
			}
			if (s.fill() == Fill.TEXT) {
				body.addAll(fixedText(fill(s.text(), values)));
			}
			else {
				body.addAll(fromSource(s, context, sources));
			}
		}
		return body;
	}

	/** One paragraph per line; "- ", "+ ", "1. ", "a) " lines are items. */
	static List<Block> fixedText(String text) {
		List<Block> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		for (String line : text.split("\\R")) {
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			Matcher m = ITEM.matcher(l);
			out.add(m.matches() ? new Block.Item(m.group(1), m.group(2), true) : new Block.Paragraph(l, true));
		}
		return out;
	}

	private static List<Block> fromSource(ReportTemplate.Section s, SectionContext context,
			Map<String, SectionSource> sources) {
		SectionSource source = sources.get(s.sourceKey());
		if (source == null) {
			return List.of(new Block.Paragraph("[Chưa có dữ liệu cho phần này: nguồn số liệu “" + s.sourceKey()
					+ "” không còn trong hệ thống. Đề nghị đồng chí tự viết nội dung phần này.]", true));
		}
		try {
			List<Block> blocks = source.draft(context);
			return blocks == null || blocks.isEmpty() ? List.of(new Block.Paragraph(PLACEHOLDER, true)) : blocks;
		}
		catch (AppException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Section source {} failed for unit {}", s.sourceKey(), context.unitId(), ex);
			return List.of(new Block.Paragraph("[Chưa lấy được số liệu “" + source.label()
					+ "”: đã có lỗi khi đọc dữ liệu. Đề nghị đồng chí kiểm tra lại số liệu và tự viết phần này.]",
					true));
		}
	}

}
