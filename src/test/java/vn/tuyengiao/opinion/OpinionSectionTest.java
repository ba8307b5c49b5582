package vn.tuyengiao.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 15 item 6 in the periodic report: a commune's June 2026 opinion items drafted as
 * the section "opinion.monthly" — tendencies with their shares and formula, a table by
 * topic, the hot topic named with the rule and the units that reported it.
 */
@IntegrationTest
class OpinionSectionTest extends OpinionTestSupport {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	UserService users;

	@Test
	void theMonthlySectionGivesTendenciesTopicsAndTheHotTopicWithItsUnits() throws Exception {
		long twoTier = topic("Vận hành chính quyền địa phương hai cấp");
		long school = topic("Giáo dục");
		item("canbo.vbb", this.fx.cellVl1(), "2026-06-03", twoTier, "HESITANT", "MEDIUM", "COMMUNE",
				"Người dân ấp Vĩnh Lộc 1 băn khoăn vì trụ sở xã mới xa, đi làm thủ tục mất cả buổi");
		item("canbo.vbb", this.fx.cellVl1(), "2026-06-10", twoTier, "OPPOSE", "HIGH", "ONLINE",
				"Tin đồn trên mạng xã hội về cắt giảm phụ cấp người hoạt động không chuyên trách ở ấp");
		item("canbo.vbb", this.fx.cellThbm(), "2026-06-15", twoTier, "HESITANT", "MEDIUM", "HAMLET",
				"Giáo viên lo lắng về việc bố trí lại điểm trường sau sắp xếp");
		item("canbo.vbb", this.fx.cellVl1(), "2026-06-12", school, "AGREE", "LOW", "COMMUNE",
				"Phụ huynh phấn khởi vì được miễn học phí");
		item("canbo.vbb", this.fx.communeVbb(), "2026-06-20", school, "AGREE", "LOW", "COMMUNE",
				"Nhân dân đồng tình với chính sách hỗ trợ sách giáo khoa");

		SectionSource source = this.sources.stream()
			.filter(s -> s.key().equals("opinion.monthly"))
			.findFirst()
			.orElseThrow();
		List<Block> blocks = source.draft(new SectionContext(Scope.system(), this.fx.communeVbb(),
				LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
		List<String> text = blocks.stream()
			.filter(b -> !(b instanceof Block.Table))
			.map(b -> b instanceof Block.Paragraph p ? p.text() : ((Block.Item) b).line())
			.toList();
		assertThat(text.get(0)).startsWith("Trong kỳ, qua ")
			.endsWith("đã ghi nhận 05 ý kiến tại 03 đơn vị về 02 vấn đề, trong đó 01 vấn đề nổi lên.");
		assertThat(text.get(1)).isEqualTo("Về chiều hướng: 02 ý kiến đồng tình, ủng hộ (40,00%), 02 ý kiến băn khoăn, "
				+ "lo lắng (40,00%), 01 ý kiến phản đối, bức xúc (20,00%); 01 ý kiến ở mức độ cao. (Tỷ lệ = số ý kiến "
				+ "theo chiều hướng ÷ tổng số ý kiến ghi nhận trong kỳ.)");
		assertThat(text).contains("Có 01 vấn đề nổi lên (có từ 03 ý kiến trở lên, từ 50% số ý kiến băn khoăn hoặc "
				+ "phản đối, ghi nhận ở từ 02 đơn vị trở lên hoặc có ý kiến ở mức độ cao):");
		assertThat(text).anySatisfy(t -> assertThat(t).startsWith("- Vận hành chính quyền địa phương hai cấp")
			.contains(": 03 ý kiến tại 02 đơn vị (")
			.contains("Chi bộ ấp Vĩnh Lộc 1")
			.endsWith("3/3 ý kiến băn khoăn hoặc phản đối, chiếm 100,00%."));
		assertThat(blocks).filteredOn(b -> !(b instanceof Block.Table))
			.allSatisfy(
					b -> assertThat(b instanceof Block.Paragraph p ? p.draft() : ((Block.Item) b).draft()).isTrue());
		Block.Table table = blocks.stream()
			.filter(Block.Table.class::isInstance)
			.map(Block.Table.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(table.rows()).hasSize(3);
		assertThat(table.rows().get(0).get(1)).endsWith("(*)");
		assertThat(table.rows().get(0).subList(2, 7)).containsExactly("3", "2", "0", "2", "1");
		assertThat(table.rows().get(2)).containsExactly("", "Cộng", "5", "3", "2", "2", "1");

		// A viewer of another commune (Phong Điền) cannot draft Vĩnh Bình Bắc's section.
		assertThatThrownBy(() -> source.draft(new SectionContext(this.users.scopeOf("xem.pd"), this.fx.communeVbb(),
				LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))))
			.isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

}
