package vn.tuyengiao.study.internal;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.PlaceNames;
import vn.tuyengiao.report.Wording;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * The set phrases of the campaign report that depend on a unit's level or a campaign's
 * title: "Toàn Đảng bộ huyện", "cấp xã", "học tập Chuyên đề năm …".
 */
public final class ReportWording {

	private ReportWording() {
	}

	/**
	 * "học tập Chuyên đề năm 2020 …", without doubling it when the title already starts
	 * "Học tập …".
	 */
	public static String studied(StudyCampaign campaign) {
		String title = campaign.getTitle();
		if (VietnameseText.fold(title).startsWith("hoc tap")) {
			return Wording.clause(Wording.inSentence(title));
		}
		return "học tập " + Wording.clause(Wording.inSentence(title));
	}

	public static String exclusions(StudyRollup.MemberFigures f) {
		List<String> parts = new ArrayList<>();
		if (f.exempt() > 0) {
			parts.add(VnFormat.number(f.exempt()) + " đảng viên miễn sinh hoạt, miễn công tác");
		}
		if (f.away() > 0) {
			parts.add(VnFormat.number(f.away()) + " đảng viên xin đi làm ăn xa");
		}
		return parts.isEmpty() ? "" : " (trừ " + String.join(" và ", parts) + ")";
	}

	/**
	 * The id of the ancestor's child on the path down to the descendant: paths are
	 * "/1/5/23/".
	 */
	public static long childIdOnTheWay(OrgUnit ancestor, OrgUnit descendant) {
		String rest = descendant.getPath().substring(ancestor.getPath().length());
		return Long.parseLong(rest.substring(0, rest.indexOf('/')));
	}

	public static String level(OrgUnit unit) {
		return switch (unit.getKind()) {
			case CENTRAL_COMMITTEE -> "cấp Trung ương";
			case PROVINCIAL_COMMITTEE -> "cấp tỉnh";
			case DISTRICT_COMMITTEE -> "cấp huyện";
			case COMMUNE_COMMITTEE -> "cấp xã";
			default -> "cấp " + unit.getName();
		};
	}

	/**
	 * "toàn Đảng bộ huyện", "Đảng bộ xã" … as written inside a sentence; capitalise it
	 * where a sentence starts ({@link Wording#capitalise}).
	 */
	public static String collective(OrgUnit unit) {
		return switch (unit.getKind()) {
			case CENTRAL_COMMITTEE -> "toàn Đảng";
			case PROVINCIAL_COMMITTEE -> "toàn Đảng bộ tỉnh";
			case DISTRICT_COMMITTEE -> "toàn Đảng bộ huyện";
			case COMMUNE_COMMITTEE -> "Đảng bộ xã";
			default -> unit.getName();
		};
	}

	/**
	 * The date line's place when no issuing body gives one: the geographic name of the
	 * unit's nearest territorial committee, never a piece cut from a bloc's name.
	 */
	public static String placeOf(OrgUnit unit, OrgUnits org) {
		return PlaceNames.nearest(lineage(unit, org), "…");
	}

	/**
	 * The same for a document dated {@code date}: the names the unit and its ancestors
	 * bore then (a report dated before 1 July 2025 is written in Kiên Giang).
	 */
	public static String placeOf(OrgUnit unit, OrgUnits org, java.time.LocalDate date) {
		List<String> names = new ArrayList<>();
		for (OrgUnit u : lineageUnits(unit, org)) {
			names.add(org.nameOn(u, date));
		}
		return PlaceNames.nearest(names, "…");
	}

	/** The names of the unit and its ancestors, nearest first. */
	public static List<String> lineage(OrgUnit unit, OrgUnits org) {
		return lineageUnits(unit, org).stream().map(OrgUnit::getName).toList();
	}

	private static List<OrgUnit> lineageUnits(OrgUnit unit, OrgUnits org) {
		List<Long> ids = new ArrayList<>();
		for (String id : unit.getPath().split("/")) {
			if (!id.isBlank()) {
				ids.add(Long.valueOf(id));
			}
		}
		Map<Long, OrgUnit> all = org.getAll(ids);
		List<OrgUnit> units = new ArrayList<>();
		units.add(unit);
		for (int i = ids.size() - 1; i >= 0; i--) {
			OrgUnit u = all.get(ids.get(i));
			if (u != null && !u.getId().equals(unit.getId())) {
				units.add(u);
			}
		}
		return units;
	}

	/**
	 * The opening of the assessment, following the rate against the 95% every plan asks
	 * for: done as required, mostly done, or a shortcoming said plainly.
	 */
	public static String rateAssessment(StudyRollup.MemberFigures f) {
		return switch (Wording.standing(f.attended(), f.denominator())) {
			case GOOD -> "Việc triển khai học tập được thực hiện nghiêm túc, đạt yêu cầu; tỷ lệ đảng viên tiếp thu đạt "
					+ f.rate() + ".";
			case MOSTLY -> "Việc triển khai học tập cơ bản đạt yêu cầu; tỷ lệ đảng viên tiếp thu đạt " + f.rate()
					+ ", chưa đạt mức từ 95% trở lên.";
			case SHORTFALL -> "Việc triển khai học tập còn hạn chế: tỷ lệ đảng viên tiếp thu mới đạt " + f.rate()
					+ ", thấp hơn nhiều so với yêu cầu (từ 95% trở lên); cần khẩn trương tổ chức học bù.";
			case NONE -> "Chưa có số liệu đảng viên phải học tập để đánh giá tỷ lệ tiếp thu.";
		};
	}

}
