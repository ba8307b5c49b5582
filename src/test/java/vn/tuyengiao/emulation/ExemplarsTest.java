package vn.tuyengiao.emulation;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/** Exemplars and their publicity through the API and the pages. */
@IntegrationTest
class ExemplarsTest extends ModelTestSupport {

	@Test
	void exemplarsOfSeed000WithPublicityLinksChecked() throws Exception {
		String body = call(post("/api/v1/exemplars"), obj("kind", "INDIVIDUAL", "memberId", this.fx.leThangCc(),
				"deeds",
				"Cựu chiến binh ấp, thuộc hộ nghèo, phấn đấu làm ăn vươn lên, tự xin thoát nghèo; hiến đất xây dựng và mở rộng trụ sở ấp Cái Chanh",
				"foundOn", "2020-08-20", "foundHow", "SURVEY", "category", "LAND_DONATION"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Lê Văn Thắng"))
			.andExpect(jsonPath("$.unitId").value((int) this.fx.cellCc()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		call(post("/api/v1/exemplars"), obj("kind", "INDIVIDUAL", "unitId", this.fx.cellCc(), "personName",
				"Nguyễn Thị Quý", "deeds",
				"Chi hội Phụ nữ ấp, vận động mạnh thường quân tặng 100 suất quà (mỗi suất 400.000 đồng) cho hộ nghèo, cận nghèo, học sinh khó khăn",
				"foundOn", "2020-08-20", "foundHow", "SURVEY", "category", "CHARITY"))
			.andExpect(status().isCreated());
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "FACEBOOK", "publishedOn", "2020-09-02", "title", "Cựu chiến binh tự xin thoát nghèo",
						"url", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("«javascript:alert(1)» không hợp lệ")));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "ZALO", "publishedOn", "2020-09-02", "title", "Tin nhóm Zalo"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("cần có đường dẫn")));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "FACEBOOK", "publishedOn", "2020-09-02", "title", "Cựu chiến binh tự xin thoát nghèo",
						"url", "https://www.facebook.com/caungangdongkhoi/posts/123"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicity[0].channel").value("FACEBOOK"));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "RADIO", "publishedOn", "2020-09-05", "title",
						"Đài truyền thanh xã: gương cựu chiến binh"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicity.length()").value(2));
		this.mvc.perform(get("/api/v1/exemplars/{id}", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/exemplars/{id}", id).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tự xin thoát nghèo")))
			.andExpect(content().string(containsString("https://www.facebook.com/caungangdongkhoi/posts/123")));
		this.mvc.perform(get("/exemplars").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Lê Văn Thắng"))));
	}

	/**
	 * Issue 18, probe: an exemplar could be linked to another unit's model (201), and a
	 * model that does not exist answered 500 with Spring's English body.
	 */
	@Test
	void anExemplarIsLinkedOnlyToAModelTheUserMaySee() throws Exception {
		long pdModel = id(call(post("/api/v1/models"), model(this.fx.cellCc(), "Tuyến đường sáng ấp Cái Chanh",
				"HO_CHI_MINH", "Lắp 50 bóng đèn năng lượng mặt trời dọc đường liên ấp", "2026-02-01")));
		this.mvc.perform(post("/api/v1/exemplars").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(Json.write(obj("kind", "INDIVIDUAL", "unitId", this.fx.cellVl1(), "personName", "Huỳnh Văn Tốt",
					"deeds", "Hiến 300 m² đất mở đường ấp Vĩnh Lộc 1", "foundOn", "2026-05-02", "modelId", pdModel))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/exemplars").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(Json.write(obj("kind", "INDIVIDUAL", "unitId", this.fx.cellVl1(), "personName",
						"Huỳnh Văn Tốt", "deeds", "Hiến 300 m² đất mở đường ấp Vĩnh Lộc 1", "foundOn", "2026-05-02",
						"modelId", 987654321))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("mô hình")));
		this.mvc.perform(get("/exemplars").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Huỳnh Văn Tốt"))));
	}

}
