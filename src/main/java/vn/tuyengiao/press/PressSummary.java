package vn.tuyengiao.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.text.VnFormat;

/**
 * Party press in a unit's subtree on a day, for the supervision brief and the periodic
 * reports: how many units that must take party press take every required title, the
 * lagging ones by name with what they lack, and the delivery complaints still open.
 *
 * @param unitsRequired units with at least one required title
 * @param unitsComplete those taking all of them
 * @param lagging units lacking a title, named unambiguously, with the titles lacked
 * @param shortfalls open delivery complaints (not resolved), per unit and title
 */
public record PressSummary(long unitId, LocalDate asOf, int unitsRequired, int unitsComplete, List<Lagging> lagging,
		List<Shortfall> shortfalls) {

	public record Lagging(long unitId, String unit, List<String> missingTitles) {
	}

	/** "Báo Nhân Dân 1–2 số/tuần thay vì 07 số/tuần". */
	public record Shortfall(long unitId, String unit, String title, int expected, String actual, FrequencyUnit per) {

		public String text() {
			return this.title + " chỉ nhận được " + this.actual + " số/" + this.per.word() + " thay vì "
					+ VnFormat.count(this.expected) + " số/" + this.per.word();
		}

	}

	/** "88,24%" of units taking every required title. */
	public String rate() {
		return VnFormat.percent(this.unitsComplete, this.unitsRequired);
	}

	/**
	 * One or two sentences whose wording follows the figures: "Có 30/34 chi bộ, đảng bộ
	 * đặt đủ báo, tạp chí của Đảng bắt buộc (88,24%); còn 04 đơn vị chưa đặt đủ: … . Có
	 * 02 đơn vị phản ánh báo phát hành chậm: …".
	 */
	public String sentence() {
		List<String> parts = new ArrayList<>();
		if (this.unitsRequired == 0) {
			parts.add(
					"Chưa có quy định danh mục báo, tạp chí của Đảng bắt buộc áp dụng cho các tổ chức đảng trong phạm vi báo cáo");
		}
		else if (this.unitsComplete == this.unitsRequired) {
			parts.add("Có " + VnFormat.ratio(this.unitsComplete, this.unitsRequired)
					+ " tổ chức đảng đặt mua đúng, đầy đủ báo, tạp chí của Đảng theo quy định (đạt 100%)");
		}
		else {
			StringBuilder sb = new StringBuilder("Có " + VnFormat.ratio(this.unitsComplete, this.unitsRequired)
					+ " tổ chức đảng đặt đủ báo, tạp chí của Đảng bắt buộc (đạt " + rate() + "); còn "
					+ VnFormat.count(this.lagging.size()) + " đơn vị chưa đặt đủ: ");
			List<String> named = this.lagging.stream()
				.limit(10)
				.map(l -> l.unit() + " (thiếu " + String.join(", ", l.missingTitles()) + ")")
				.toList();
			sb.append(String.join("; ", named));
			if (this.lagging.size() > named.size()) {
				sb.append(" và ").append(VnFormat.count(this.lagging.size() - named.size())).append(" đơn vị khác");
			}
			parts.add(sb.toString());
		}
		if (!this.shortfalls.isEmpty()) {
			long units = this.shortfalls.stream().map(Shortfall::unitId).distinct().count();
			parts.add("Có " + VnFormat.count(units)
					+ " đơn vị phản ánh báo, tạp chí phát hành chậm, không đúng định kỳ: "
					+ String.join("; ", this.shortfalls.stream().map(s -> s.unit() + " (" + s.text() + ")").toList()));
		}
		return String.join(". ", parts) + ".";
	}

}
