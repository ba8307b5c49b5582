package vn.tuyengiao.reporttemplate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.ReportTemplate.Section;
import vn.tuyengiao.reporttemplate.ReportTemplates;

/**
 * The editor's form: the template's fields and one numbered group of fields per section
 * ({@code heading-0}, {@code level-0} …), read from the request's parameters (a list of
 * values would be split at commas when there is one section), and the button pressed:
 * {@code op} = "save", "add", "up-3", "down-3", "remove-3".
 */
record SectionsForm(Long version, ReportTemplates.Edit edit, String op) {

	static SectionsForm read(Map<String, String> p, List<String> reportTypes) {
		int count = parse(p.get("count"), 0);
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Fill fill = "SOURCE".equals(p.get("fill-" + i)) ? Fill.SOURCE : Fill.TEXT;
			sections.add(new Section(parse(p.get("level-" + i), 1), p.get("number-" + i), p.get("heading-" + i),
					p.get("intro-" + i), fill, fill == Fill.TEXT ? p.get("text-" + i) : null,
					fill == Fill.SOURCE ? p.get("source-" + i) : null));
		}
		Long version;
		try {
			version = Long.valueOf(p.getOrDefault("version", ""));
		}
		catch (NumberFormatException e) {
			throw AppException.staleVersion();
		}
		return new SectionsForm(version,
				new ReportTemplates.Edit(p.get("name"), p.get("subject"), reportTypes, sections),
				p.getOrDefault("op", "save"));
	}

	/**
	 * The sections after the button's move, addition (a level-1 section with the heading
	 * given) or removal.
	 */
	ReportTemplates.Edit applied(String newHeading) {
		List<Section> s = new ArrayList<>(this.edit.sections());
		String[] parts = this.op.split("-");
		int i = parts.length == 2 ? parse(parts[1], -1) : -1;
		switch (parts[0]) {
			case "add" -> s.add(new Section(1, null, newHeading, null, Fill.TEXT, null, null));
			case "up" -> {
				if (i > 0 && i < s.size()) {
					s.add(i - 1, s.remove(i));
				}
			}
			case "down" -> {
				if (i >= 0 && i < s.size() - 1) {
					s.add(i + 1, s.remove(i));
				}
			}
			case "remove" -> {
				if (i >= 0 && i < s.size()) {
					s.remove(i);
				}
			}
			default -> {
			}
		}
		return new ReportTemplates.Edit(this.edit.name(), this.edit.subject(), this.edit.reportTypes(), s);
	}

	private static int parse(String s, int fallback) {
		try {
			return s == null ? fallback : Integer.parseInt(s.strip());
		}
		catch (NumberFormatException e) {
			return fallback;
		}
	}

}
