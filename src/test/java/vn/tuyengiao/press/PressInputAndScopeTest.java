package vn.tuyengiao.press;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tuyengiao.support.Fixture;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input is refused with the field named and nothing written; a user of a sibling
 * commune is refused every page and every API call about another commune's units.
 */
@IntegrationTest
class PressInputAndScopeTest extends PressTestSupport {

	@Test
	void overlappingPeriodsRetiredTitlesNonPositiveCopiesAndUnknownKindsAreRefusedWithTheFieldNamed() throws Exception {
		Commune c = commune("PR3.TH", "Thạnh Hưng");
		Titles t = titles();
		subscribe(c.cellA(), t.nhanDan(), PeriodKind.YEAR, 2026, 1, 1);
		long subscriptions = count("press_subscription");
		long rules = count("press_rule");
		String url = "/api/v1/press/units/" + c.cellA() + "/subscriptions";

		// The second quarter of 2026 overlaps the whole year already subscribed.
		api(post(url), subscription(t.nhanDan(), "QUARTER", 2026, 2, 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Kỳ đặt"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("trùng thời gian")));
		// Báo Kiên Giang closed on 1 July 2025: not for the whole of 2025.
		api(post(url), subscription(t.kienGiang(), "YEAR", 2025, 1, 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Báo, tạp chí"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Báo Kiên Giang không phát hành suốt kỳ 01/01/2025 – 31/12/2025 (đã ngừng hoặc chưa phát hành); "
						+ "chọn tên báo kế tục hoặc kỳ ngắn hơn"));
		api(post(url), subscription(t.congSan(), "YEAR", 2026, 1, 0)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Số lượng"));
		api(post(url), subscription(t.congSan(), "QUARTER", 2026, 5, 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Kỳ số"))
			.andExpect(jsonPath("$.errors[0].message").value("phải từ 1 đến 4"));
		api(post("/api/v1/press/rules"),
				"""
						{"ownerUnitId": %d, "unitKind": "Chi bộ khu phố", "titleId": %d, "validFrom": "2026-01-01"}"""
					.formatted(c.commune(), t.nhanDan()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Loại tổ chức đảng"))
			.andExpect(jsonPath("$.errors[0].message").value("không có loại tổ chức đảng \u201CChi bộ khu phố\u201D"));
		// A closed title in the first half of 2025 is fine.
		api(post(url), subscription(t.kienGiang(), "HALF", 2025, 1, 1)).andExpect(status().isCreated());
		assertThat(count("press_subscription")).isEqualTo(subscriptions + 1);
		assertThat(count("press_rule")).isEqualTo(rules);

		// The page's form says the same and keeps what was typed.
		this.mvc
			.perform(post("/press/units/{id}/subscriptions", c.cellB()).param("titleId", String.valueOf(t.congSan()))
				.param("periodKind", "YEAR")
				.param("year", "2026")
				.param("periodNo", "1")
				.param("funding", "PARTY_FEE")
				.param("copies", "0")
				.with(user("canbo.tinh.t"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số lượng: phải là số nguyên dương")));
		assertThat(count("press_subscription")).isEqualTo(subscriptions + 1);

		// A title edited from a stale copy is refused; a successor needs a closing date.
		PressTitle nd = this.catalogue.title(t.nhanDan());
		api(put("/api/v1/press/titles/" + nd.getId()), """
				{"name": "Báo Nhân Dân", "publisher": "Trung ương Đảng", "kind": "DAILY_NEWSPAPER", "issuesExpected": 7,
				 "frequencyUnit": "WEEK", "validFrom": "1951-03-11", "version": %d}""".formatted(nd.getVersion() + 1))
			.andExpect(status().isConflict());
		api(post("/api/v1/press/titles"),
				"""
						{"name": "Báo Trà Vinh", "publisher": "Tỉnh ủy Trà Vinh", "kind": "DAILY_NEWSPAPER", "issuesExpected": 7,
						 "frequencyUnit": "WEEK", "validFrom": "1976-01-01", "successorId": %d}"""
					.formatted(t.anGiang()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Ngừng phát hành từ ngày"));
	}

	@Test
	void aSiblingCommunesOfficerIsRefusedPagesAndApiCallsAboutAnotherCommunesUnits() throws Exception {
		Titles t = titles();
		long cc = this.fx.cellCc();
		long pd = this.fx.communePd();
		PressSubscription s = subscribe(cc, t.nhanDan(), PeriodKind.YEAR, 2026, 1, 3);
		rule(pd, "CELL", null, t.nhanDan(), LocalDate.of(2025, 7, 1));
		DeliveryComplaint complaint = this.complaints.record(SYSTEM, cc, new DeliveryComplaints.ComplaintForm(
				t.nhanDan(), null, 2, 3, LocalDate.of(2026, 10, 5), null, "Bưu điện xã Phong Đông", null));
		RequestPostProcessor page = user("canbo.vbb");
		for (String url : new String[] { "/press/units/" + cc, "/press?unit=" + pd, "/press/complaints?unit=" + pd,
				"/press/complaints/" + complaint.getId(), "/press/compliance.xlsx?unit=" + pd }) {
			this.mvc.perform(get(url).with(page))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Cái Chanh"))));
		}
		this.mvc
			.perform(post("/press/units/{id}/subscriptions", cc).param("titleId", String.valueOf(t.congSan()))
				.param("periodKind", "YEAR")
				.param("year", "2026")
				.param("periodNo", "1")
				.param("funding", "BUDGET")
				.param("copies", "1")
				.with(page)
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press/subscriptions/{id}/delete", s.getId()).param("version", "0").with(page).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press/complaints/{id}/status", complaint.getId()).param("status", "RESOLVED")
				.param("version", "0")
				.with(page)
				.with(csrf()))
			.andExpect(status().isForbidden());

		RequestPostProcessor api = httpBasic("canbo.vbb", Fixture.PASSWORD);
		for (String url : new String[] { "/api/v1/press/units/" + cc + "/subscriptions",
				"/api/v1/press/compliance?unit=" + pd, "/api/v1/press/summary?unit=" + pd,
				"/api/v1/press/complaints?unit=" + pd, "/api/v1/press/complaints/" + complaint.getId() }) {
			this.mvc.perform(get(url).with(api))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Cái Chanh"))));
		}
		this.mvc
			.perform(post("/api/v1/press/units/" + cc + "/subscriptions").with(api)
				.contentType(MediaType.APPLICATION_JSON)
				.content(subscription(t.congSan(), "YEAR", 2026, 1, 1)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/press/complaints").with(api)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"unitId": %d, "titleId": %d, "actualMin": 1, "periodFrom": "2026-10-01", "postOffice": "Bưu điện"}"""
							.formatted(cc, t.nhanDan())))
			.andExpect(status().isForbidden());
		// The other commune's rule is not listed; the catalogue is not the commune's to
		// edit.
		this.mvc.perform(get("/api/v1/press/rules").with(api))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.ownerUnitId == " + pd + ")]").isEmpty());
		this.mvc.perform(post("/api/v1/press/titles").with(api).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Báo Cà Mau", "publisher": "Tỉnh ủy Cà Mau", "kind": "DAILY_NEWSPAPER", "issuesExpected": 7,
				 "frequencyUnit": "WEEK", "validFrom": "1976-01-01"}""")).andExpect(status().isForbidden());
		// The viewer of that commune reads but does not write.
		this.mvc
			.perform(get("/api/v1/press/units/" + cc + "/subscriptions").with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].copies").value(3));
		this.mvc
			.perform(post("/api/v1/press/units/" + cc + "/subscriptions").with(httpBasic("xem.pd", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(subscription(t.congSan(), "YEAR", 2026, 1, 1)))
			.andExpect(status().isForbidden());
		assertThat(this.subscriptions.forUnit(SYSTEM, cc)).hasSize(1);
	}

	@Test
	void theApiIsListedInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/press/titles']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/press/rules']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/press/units/{unitId}/subscriptions']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/press/compliance']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/press/complaints']").exists());
	}

	org.springframework.test.web.servlet.ResultActions api(MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return this.mvc.perform(request.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String subscription(long title, String kind, int year, int no, int copies) {
		return """
				{"titleId": %d, "periodKind": "%s", "year": %d, "periodNo": %d, "funding": "BUDGET", "copies": %d}"""
			.formatted(title, kind, year, no, copies);
	}

}
