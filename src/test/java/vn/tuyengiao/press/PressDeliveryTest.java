package vn.tuyengiao.press;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000: "Chi bộ Trường Tiểu học Bình Minh … đề nghị … Bưu điện nên phát báo cho
 * trường hàng ngày (hiện nay 1 đến 2 lần/tuần)" — recorded as data per unit, stated in
 * the summary for reports, and turned into a letter to the post office through the
 * register.
 */
@IntegrationTest
class PressDeliveryTest extends PressTestSupport {

	@Autowired
	DocumentRegister register;

	@Test
	void theSchoolsDailyPaperArrivingOnceOrTwiceAWeekIsStatedFromDataAndLettered() throws Exception {
		Commune c = commune("PR5.BM", "Bình Minh");
		Titles t = titles();
		subscribe(c.cellC(), t.nhanDan(), PeriodKind.YEAR, 2026, 1, 1);
		IssuingBody body = this.register.createBody(SYSTEM, c.commune(), "Ban Xây dựng Đảng", "BXDĐBM",
				"ĐẢNG ỦY XÃ BÌNH MINH", "Bình Minh");
		String created = api(post("/api/v1/press/complaints"),
				"""
						{"unitId": %d, "titleId": %d, "actualMin": 1, "actualMax": 2, "periodFrom": "2026-09-07",
						 "postOffice": "Bưu điện xã Bình Minh", "note": "Nhiều số báo đến trễ 3 đến 4 ngày"}"""
					.formatted(c.cellC(), t.nhanDan()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuesExpected").value(7))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		// A "complaint" that the paper arrives as often as it should is no complaint.
		api(post("/api/v1/press/complaints"),
				"""
						{"unitId": %d, "titleId": %d, "actualMin": 7, "periodFrom": "2026-09-07", "postOffice": "Bưu điện xã"}"""
					.formatted(c.cellB(), t.nhanDan()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Thực nhận (nhiều nhất)"));

		PressSummary summary = this.summaries.forUnit(SYSTEM, c.commune(), LocalDate.of(2026, 11, 30));
		assertThat(summary.shortfalls()).singleElement().satisfies(s -> {
			assertThat(s.unit()).isEqualTo("Chi bộ Trường Tiểu học Bình Minh");
			assertThat(s.actual()).isEqualTo("1–2");
		});
		assertThat(summary.sentence())
			.endsWith("Có 01 đơn vị phản ánh báo, tạp chí phát hành chậm, không đúng định kỳ: "
					+ "Chi bộ Trường Tiểu học Bình Minh (Báo Nhân Dân chỉ nhận được 1–2 số/tuần thay vì 07 số/tuần).");
		this.mvc
			.perform(get("/api/v1/press/summary").param("unit", String.valueOf(c.commune()))
				.param("asOf", "2026-11-30")
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sentence").value(containsString("1–2 số/tuần thay vì 07 số/tuần")));

		// The letter to the post office, drafted into the commune's register.
		String letter = api(post("/api/v1/press/complaints/" + id + "/letter"),
				"{\"bodyId\": %d, \"version\": 0}".formatted(body.getId()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long draft = ((Number) JsonPath.read(letter, "$.draftId")).longValue();
		this.mvc.perform(get("/register/drafts/{id}", draft).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CÔNG VĂN")))
			.andExpect(content().string(containsString("V/v bảo đảm phát hành Báo Nhân Dân đúng định kỳ")))
			.andExpect(content().string(containsString("Kính gửi: Bưu điện xã Bình Minh.")))
			.andExpect(content()
				.string(containsString("Chi bộ Trường Tiểu học Bình Minh đặt mua 01 tờ Báo Nhân Dân năm 2026.")))
			.andExpect(content().string(containsString("Báo Nhân Dân phát hành 07 số/tuần, nhưng từ ngày 07 tháng 9 "
					+ "năm 2026 đến nay, báo chỉ được phát đến Chi bộ Trường Tiểu học Bình Minh 1–2 lần/tuần")))
			.andExpect(content().string(containsString("Nhiều số báo đến trễ 3 đến 4 ngày.")))
			.andExpect(content().string(containsString("-CV/BXDĐBM")));

		// Letter sent, then resolved: the summary no longer names it.
		api(post("/api/v1/press/complaints/" + id + "/status"), "{\"status\": \"LETTER_SENT\", \"version\": 1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.letterDraftId").value((int) draft));
		api(post("/api/v1/press/complaints/" + id + "/status"), "{\"status\": \"RESOLVED\", \"version\": 1}")
			.andExpect(status().isConflict());
		api(post("/api/v1/press/complaints/" + id + "/status"), "{\"status\": \"RESOLVED\", \"version\": 2}")
			.andExpect(status().isOk());
		assertThat(this.summaries.forUnit(SYSTEM, c.commune(), LocalDate.of(2026, 11, 30)).shortfalls()).isEmpty();
		this.mvc.perform(get("/press/complaints").param("unit", String.valueOf(c.commune())).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã khắc phục")))
			.andExpect(content().string(containsString("thực nhận 1–2 số/tuần, dự kiến 7 số/tuần")));
	}

	org.springframework.test.web.servlet.ResultActions api(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return this.mvc.perform(request.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
