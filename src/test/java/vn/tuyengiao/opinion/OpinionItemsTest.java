package vn.tuyengiao.opinion;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opinion items of November 2026 in the fixture province: Vĩnh Bình Bắc's cells report
 * worries about the two-tier local government (a hot topic), Phong Đông reports on school
 * fees; the commune sees its own, the province the roll-up, the monthly report carries
 * the figures; bad input is refused with the field named and nothing written.
 */
@IntegrationTest
class OpinionItemsTest extends OpinionTestSupport {

	@Autowired
	OpinionSummaries summaries;

	@Test
	void aCommunesItemsMakeAHotTopicTheRollUpAndTheMonthlyReport() throws Exception {
		long twoTier = topic("Vận hành chính quyền địa phương hai cấp");
		long school = topic("Giáo dục");
		item("canbo.vbb", this.fx.cellVl1(), "2026-11-03", twoTier, "HESITANT", "MEDIUM", "COMMUNE",
				"Người dân ấp Vĩnh Lộc 1 băn khoăn vì trụ sở xã mới xa, đi làm thủ tục mất cả buổi");
		item("canbo.vbb", this.fx.cellVl1(), "2026-11-10", twoTier, "OPPOSE", "HIGH", "ONLINE",
				"Tin đồn trên mạng xã hội về cắt giảm phụ cấp người hoạt động không chuyên trách ở ấp");
		item("bithu.vl1", this.fx.cellVl1(), "2026-11-12", school, "AGREE", "LOW", "COMMUNE",
				"Phụ huynh phấn khởi vì được miễn học phí");
		item("canbo.vbb", this.fx.cellThbm(), "2026-11-15", twoTier, "HESITANT", "MEDIUM", "HAMLET",
				"Giáo viên lo lắng về việc bố trí lại điểm trường sau sắp xếp");
		item("canbo.vbb", this.fx.communeVbb(), "2026-11-20", school, "AGREE", "LOW", "COMMUNE",
				"Nhân dân đồng tình với chính sách hỗ trợ sách giáo khoa");
		item("canbo.tinh.t", this.fx.cellCc(), "2026-11-21", school, "HESITANT", "LOW", "HAMLET",
				"Phụ huynh ấp Cái Chanh băn khoăn về các khoản thu đầu năm");

		OpinionSummary vbb = this.summaries.forUnit(Scope.system(), this.fx.communeVbb(),
				java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30));
		assertThat(vbb.items()).isEqualTo(5);
		assertThat(vbb.reportingUnits()).isEqualTo(3);
		assertThat(vbb.agree()).isEqualTo(2);
		assertThat(vbb.hesitant()).isEqualTo(2);
		assertThat(vbb.oppose()).isEqualTo(1);
		assertThat(vbb.topics().get(0).topicId()).isEqualTo(twoTier);
		assertThat(vbb.topics().get(0).items()).isEqualTo(3);
		assertThat(vbb.topics().get(0).units()).isEqualTo(2);
		assertThat(vbb.hot()).extracting(OpinionSummary.TopicFigures::topicId).containsExactly(twoTier);

		// The commune officer sees the month's hot topic, flagged, with its units named.
		this.mvc.perform(get("/opinion/hot").param("from", "01/11/2026").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vận hành chính quyền địa phương hai cấp")))
			.andExpect(content().string(containsString("hot-topic")))
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 1")))
			.andExpect(content().string(not(containsString("Cái Chanh"))));

		// The province's roll-up names each commune with its figures.
		String summary = this.mvc
			.perform(get("/api/v1/opinion/summary").param("unitId", String.valueOf(this.fx.province()))
				.param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.with(httpBasic("canbo.tinh.t", vn.tuyengiao.support.Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(6))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.List<Integer> vbbItems = JsonPath.read(summary,
				"$.branches[?(@.unitId == " + this.fx.communeVbb() + ")].items");
		assertThat(vbbItems).containsExactly(5);
		this.mvc
			.perform(get("/opinion/rollup").param("unit", String.valueOf(this.fx.province()))
				.param("from", "01/11/2026")
				.param("to", "30/11/2026")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Vĩnh Bình Bắc")))
			.andExpect(content().string(containsString("Đảng ủy xã Phong Đông")));

		// The monthly report: its subject, figures and the units by name.
		this.mvc
			.perform(get("/opinion/report").param("unit", String.valueOf(this.fx.communeVbb()))
				.param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tình hình dư luận xã hội tháng 11 năm 2026")))
			.andExpect(content().string(containsString("đã ghi nhận 05 ý kiến tại 03 đơn vị về 02 vấn đề")))
			.andExpect(content().string(containsString("02 ý kiến đồng tình, ủng hộ (40,00%)")))
			.andExpect(content().string(containsString("03 ý kiến tại 02 đơn vị")))
			.andExpect(content().string(containsString("Chi bộ Trường Tiểu học Bình Minh")))
			.andExpect(content().string(containsString("Đề nghị tăng cường tuyên truyền, giải thích")))
			.andExpect(content().string(not(containsString("Cái Chanh"))));
		this.mvc
			.perform(get("/api/v1/opinion/report.docx").param("unit", String.valueOf(this.fx.communeVbb()))
				.param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.with(httpBasic("canbo.vbb", vn.tuyengiao.support.Fixture.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/opinion/items.xlsx").param("from", "01/11/2026").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(get("/opinion/rollup.xlsx").param("from", "01/11/2026").with(user("canbo.tinh.t")))
			.andExpect(status().isOk());
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndNothingWritten() throws Exception {
		long prices = topic("Giá cả");
		long before = count("opinion_item");
		call("canbo.vbb", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellVl1(), "observedOn", "2099-01-01", "topicId", prices, "tendency", "OPPOSE",
						"intensity", "LOW", "spread", "HAMLET", "content", "Giá phân bón tăng"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Ngày ghi nhận: không được sau ngày hôm nay")));
		call("canbo.vbb", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellVl1(), "observedOn", "2026-10-01", "topicId", 987654, "tendency", "OPPOSE",
						"intensity", "LOW", "spread", "HAMLET", "content", "Giá phân bón tăng"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Chủ đề: không có trong danh mục")))
			.andExpect(jsonPath("$.errors[0].field").value("Chủ đề"));
		call("canbo.vbb", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellVl1(), "observedOn", "2026-10-01", "topicId", prices, "intensity", "LOW",
						"spread", "HAMLET", "content", "Giá phân bón tăng"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Chiều hướng: chưa nhập")));
		// A collaborator of Phong Đông cannot be the source of an item in Vĩnh Bình Bắc.
		String collaborator = call("canbo.tinh.t", post("/api/v1/opinion/collaborators"),
				obj("unitId", this.fx.communePd(), "fullName", "Võ Thị Kim Ngân", "occupation", "Tiểu thương",
						"validFrom", "2026-09-01"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long pdCollaborator = ((Number) JsonPath.read(collaborator, "$.id")).longValue();
		call("canbo.tinh.t", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellVl1(), "observedOn", "2026-10-01", "topicId", prices, "tendency", "OPPOSE",
						"intensity", "LOW", "spread", "HAMLET", "collaboratorId", pdCollaborator, "content",
						"Giá phân bón tăng"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Cộng tác viên: Võ Thị Kim Ngân không phải")));
		// For the commune officer that collaborator is not even visible.
		call("canbo.vbb", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellVl1(), "observedOn", "2026-10-01", "topicId", prices, "tendency", "OPPOSE",
						"intensity", "LOW", "spread", "HAMLET", "collaboratorId", pdCollaborator, "content",
						"Giá phân bón tăng"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Cộng tác viên: không có cộng tác viên")))
			.andExpect(jsonPath("$.detail").value(not(containsString("Võ Thị Kim Ngân"))));
		// The form says it on the page and keeps nothing.
		this.mvc
			.perform(post("/opinion/items").with(user("canbo.vbb"))
				.with(csrf())
				.param("unitId", String.valueOf(this.fx.cellVl1()))
				.param("observedOn", "01/10/2026")
				.param("topicId", String.valueOf(prices))
				.param("intensity", "LOW")
				.param("spread", "HAMLET")
				.param("content", "Giá phân bón tăng"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("Chiều hướng: chưa nhập")));
		assertThat(count("opinion_item")).isEqualTo(before);

		// Two officers edit the same item: the second, holding the old version, is
		// refused.
		long id = item("canbo.vbb", this.fx.cellVl1(), "2026-10-02", prices, "HESITANT", "LOW", "HAMLET",
				"Giá phân bón, thức ăn chăn nuôi tăng");
		java.util.Map<String, Object> edit = obj("unitId", this.fx.cellVl1(), "observedOn", "2026-10-02", "topicId",
				prices, "tendency", "OPPOSE", "intensity", "MEDIUM", "spread", "COMMUNE", "content",
				"Giá phân bón tăng mạnh, nông dân bức xúc", "version", 0);
		call("canbo.vbb", put("/api/v1/opinion/items/{id}", id), edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.tendency").value("OPPOSE"));
		call("canbo.tinh.t", put("/api/v1/opinion/items/{id}", id), edit).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select intensity from opinion_item where id = ?", String.class, id))
			.isEqualTo("MEDIUM");
	}

	@Test
	void aSiblingCommuneIsRefusedOnPagesAndApi() throws Exception {
		long land = topic("Bảng giá đất");
		long id = item("canbo.tinh.t", this.fx.cellCc(), "2026-09-05", land, "HESITANT", "MEDIUM", "COMMUNE",
				"Người dân ấp Cái Chanh băn khoăn về bảng giá đất mới");
		String body = call("canbo.tinh.t", post("/api/v1/opinion/collaborators"), obj("unitId", this.fx.cellCc(),
				"fullName", "Đặng Văn Hậu", "occupation", "Nông dân", "validFrom", "2026-01-01"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long collaborator = ((Number) JsonPath.read(body, "$.id")).longValue();
		String pd = String.valueOf(this.fx.communePd());
		var vbb = httpBasic("canbo.vbb", vn.tuyengiao.support.Fixture.PASSWORD);
		for (String path : new String[] { "/api/v1/opinion/items/" + id,
				"/api/v1/opinion/collaborators/" + collaborator, "/api/v1/opinion/items?unitId=" + pd,
				"/api/v1/opinion/summary?unitId=" + pd, "/api/v1/opinion/hot-topics?unitId=" + pd,
				"/api/v1/opinion/collaborators?unitId=" + pd, "/api/v1/opinion/items.xlsx?unit=" + pd,
				"/api/v1/opinion/report.docx?unit=" + pd }) {
			this.mvc.perform(get(path).with(vbb))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Cái Chanh"))));
		}
		for (String path : new String[] { "/opinion/items/" + id, "/opinion/collaborators/" + collaborator,
				"/opinion?unit=" + pd, "/opinion/hot?unit=" + pd, "/opinion/rollup?unit=" + pd,
				"/opinion/collaborators?unit=" + pd, "/opinion/report?unit=" + pd,
				"/opinion/rollup.xlsx?unit=" + pd }) {
			this.mvc.perform(get(path).with(user("canbo.vbb")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("bảng giá đất mới"))));
		}
		long before = count("opinion_item");
		call("canbo.vbb", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellCc(), "observedOn", "2026-09-06", "topicId", land, "tendency", "AGREE",
						"intensity", "LOW", "spread", "HAMLET", "content", "Ghi hộ xã bạn"))
			.andExpect(status().isForbidden());
		call("xem.pd", post("/api/v1/opinion/items"),
				obj("unitId", this.fx.cellCc(), "observedOn", "2026-09-06", "topicId", land, "tendency", "AGREE",
						"intensity", "LOW", "spread", "HAMLET", "content", "Người xem không được ghi"))
			.andExpect(status().isForbidden());
		assertThat(count("opinion_item")).isEqualTo(before);
		// The viewer of Phong Đông reads it, with no form that writes.
		this.mvc.perform(get("/opinion/items/" + id).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bảng giá đất mới")))
			.andExpect(content().string(not(containsString("item-edit-form"))));
		this.mvc.perform(get("/opinion").param("from", "01/09/2026").with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bảng giá đất mới")))
			.andExpect(content().string(not(containsString("item-form"))));
	}

}
