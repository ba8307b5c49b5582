package vn.tuyengiao.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.text.VietnameseText;

/**
 * Reads a unit's report as the level above consolidates it: the sentences of each kind of
 * section (results, strengths, shortcomings, next tasks and recommendations), told by the
 * headings over them ("Mặt được", "Hạn chế", "Kiến nghị" …), and the tables.
 */
public final class SectionReader {

	public enum Section {

		RESULTS, STRENGTHS, SHORTCOMINGS, RECOMMENDATIONS

	}

	public record Sentence(Section section, String text) {
	}

	private static final Pattern SPLIT = Pattern.compile("(?<=[.;!?])\\s+(?=[\\p{Lu}\\d“\"(])");

	private SectionReader() {
	}

	public static List<Sentence> sentences(PartyDocument doc) {
		List<Sentence> out = new ArrayList<>();
		Section current = null;
		for (Block b : doc.body()) {
			if (b instanceof Block.Heading h) {
				Section s = classify(h.text());
				if (s != null || h.level() == 1) {
					current = s;
				}
				continue;
			}
			String text = b instanceof Block.Paragraph p ? p.text() : b instanceof Block.Item i ? i.text() : null;
			if (current == null || text == null || DraftSkeleton.PLACEHOLDERS.contains(text.strip())) {
				continue;
			}
			for (String part : SPLIT.split(text.strip())) {
				String sentence = part.strip();
				if (sentence.length() >= 12 && !sentence.startsWith("Trên đây là")) {
					out.add(new Sentence(current, sentence));
				}
			}
		}
		return out;
	}

	/** The kind of section a heading opens, or null (a heading of another kind). */
	static Section classify(String heading) {
		String h = VietnameseText.fold(heading);
		if (h.contains("han che") || h.contains("ton tai") || h.contains("khuyet diem") || h.contains("yeu kem")) {
			return Section.SHORTCOMINGS;
		}
		if (h.contains("mat duoc") || h.contains("uu diem") || h.contains("danh gia chung")) {
			return Section.STRENGTHS;
		}
		if (h.contains("kien nghi") || h.contains("de xuat") || h.contains("phuong huong") || h.contains("nhiem vu")) {
			return Section.RECOMMENDATIONS;
		}
		if (h.contains("ket qua") || h.contains("trien khai")) {
			return Section.RESULTS;
		}
		return null;
	}

}
