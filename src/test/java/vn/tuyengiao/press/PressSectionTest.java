package vn.tuyengiao.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, item 5 for the press: the periodic report's section states compliance on the
 * period's last day overall and per unit kind ("x/y đơn vị đặt đủ"), names the units
 * lacking titles with what they lack, and seed 000's delivery complaint (a school's paper
 * arriving 1–2 times a week instead of daily).
 */
@IntegrationTest
class PressSectionTest extends PressTestSupport {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	UserService users;

	@Test
	void theSectionStatesComplianceByUnitKindNamesTheUnitsLackingTitlesAndTheLateDeliveries() {
		Commune c = commune("PR9.VHH", "Vĩnh Hòa Hưng");
		Titles t = titles();
		LocalDate from = LocalDate.of(2025, 7, 1);
		for (long title : List.of(t.nhanDan(), t.anGiang(), t.congSan())) {
			rule(c.commune(), "COMMUNE_COMMITTEE", null, title, from);
			subscribe(c.commune(), title, PeriodKind.YEAR, 2026, 1, 2);
		}
		for (long title : List.of(t.nhanDan(), t.congSan(), t.quanDoi(), t.anGiang())) {
			rule(c.commune(), "Chi bộ trực thuộc", "Đảng ủy xã", title, from);
			subscribe(c.cellA(), title, PeriodKind.YEAR, 2026, 1, 1);
			subscribe(c.cellC(), title, PeriodKind.YEAR, 2026, 1, 1);
		}
		for (long title : List.of(t.nhanDan(), t.congSan(), t.anGiang())) {
			subscribe(c.cellB(), title, PeriodKind.YEAR, 2026, 1, 1);
		}
		for (long title : List.of(t.nhanDan(), t.anGiang())) {
			rule(c.commune(), "Chi bộ trực thuộc", "Đảng ủy cơ sở", title, from);
			subscribe(c.schoolCell1(), title, PeriodKind.YEAR, 2026, 1, 1);
		}
		subscribe(c.schoolCell2(), t.nhanDan(), PeriodKind.YEAR, 2026, 1, 1);
		this.complaints.record(SYSTEM, c.cellC(), new DeliveryComplaints.ComplaintForm(t.nhanDan(), null, 1, 2,
				LocalDate.of(2026, 2, 2), null, "Bưu điện xã Vĩnh Hòa Hưng", "Báo đến theo lô, trễ nhiều ngày"));

		SectionSource source = this.sources.stream()
			.filter(s -> s.key().equals("press.subscriptions"))
			.findFirst()
			.orElseThrow();
		List<Block> blocks = source
			.draft(new SectionContext(SYSTEM, c.commune(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		List<String> text = blocks.stream()
			.map(b -> b instanceof Block.Paragraph p ? p.text() : ((Block.Item) b).line())
			.toList();
		assertThat(text.get(0)).isEqualTo("Tính đến ngày 31 tháng 3 năm 2026, 4/6 tổ chức đảng đặt đủ báo, tạp chí "
				+ "của Đảng bắt buộc, đạt 66,67% (số đơn vị đặt đủ ÷ số đơn vị phải đặt theo quy định), cụ thể:");
		assertThat(text).contains("- Đảng ủy xã, phường, đặc khu: 1/1 đơn vị đặt đủ (100,00%).",
				"- Chi bộ trực thuộc: 3/5 đơn vị đặt đủ (60,00%).");
		assertThat(text).contains("Còn 02 đơn vị chưa đặt đủ: Chi bộ ấp Hòa Long (thiếu Báo Quân đội nhân dân); "
				+ "Chi bộ Tổ Toán – Tin (thiếu Báo An Giang).");
		assertThat(text).contains("Có 01 đơn vị phản ánh báo, tạp chí phát hành chậm, không đúng định kỳ: "
				+ "Chi bộ Trường Tiểu học Bình Minh (Báo Nhân Dân chỉ nhận được 1–2 số/tuần thay vì 07 số/tuần).");
		assertThat(blocks).allSatisfy(
				b -> assertThat(b instanceof Block.Paragraph p ? p.draft() : ((Block.Item) b).draft()).isTrue());

		// A sibling commune's officer cannot draft it.
		assertThatThrownBy(() -> source.draft(new SectionContext(this.users.scopeOf("canbo.vbb"), c.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
			.isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

}
