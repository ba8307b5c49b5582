package vn.tuyengiao.supervision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 4 (follow-up): photos synced from a phone are shown again as thumbnails
 * served by the server with the photo's scope check (a sibling commune gets 403), and the
 * pack carries the units a finding may name, so the phone picks one with no network.
 */
@IntegrationTest
class SupervisionPhotosTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	final JsonMapper json = new JsonMapper();

	@Test
	void syncedPhotosAreShownAsThumbnailsInsideTheScopeAndThePackListsTheUnits() throws Exception {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		AppUser hung = this.users.create(Scope.system(), new UserService.NewUser("hung.ph" + n, "Đặng Văn Hùng " + n,
				Role.OFFICER, this.fx.communePd(), Fixture.PASSWORD, false));
		Plan plan = this.plans.create(Scope.system(),
				new SupervisionPlans.NewPlan(this.fx.province(), PlanKind.THEMATIC, "Kế hoạch số 91-KH/TU",
						"Giám sát bảng chuẩn mực đạo đức (" + n + ")", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), List.of(this.fx.communeVbb()), List.of("canbo.tinh.t"),
						"canbo.tinh.t"));
		Visit visit = this.plans.addVisit(Scope.system(), plan.id(), this.fx.communeVbb(), LocalDate.of(2026, 5, 12),
				List.of());

		// The pack lists the visited commune and its cells, not the sibling commune's.
		this.mvc.perform(get("/supervision/visits/{id}/offline/pack", visit.id()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].id",
					hasItems((int) this.fx.communeVbb(), (int) this.fx.cellVl1(), (int) this.fx.cellThbm())))
			.andExpect(jsonPath("$.units[*].id", not(hasItems((int) this.fx.cellCc()))))
			.andExpect(jsonPath("$.units[?(@.id == " + this.fx.cellVl1() + ")].label")
				.value(hasItems("Chi bộ ấp Vĩnh Lộc 1")));

		// A phone's batch: a finding with a photo, naming a cell picked offline.
		String photo = UUID.randomUUID().toString();
		String finding = UUID.randomUUID().toString();
		Map<String, Object> f = new HashMap<>();
		f.put("uuid", finding);
		f.put("kind", "SHORTCOMING");
		f.put("note", "Bảng chuẩn mực đạo đức vẫn theo Chỉ thị 05 (" + n + ")");
		f.put("photoUuid", photo);
		f.put("remedy", "Thay bảng theo Kết luận 01-KL/TW");
		f.put("responsibleUnitId", this.fx.cellVl1());
		f.put("deadline", "2026-06-30");
		Map<String, Object> batch = Map.of("findings", List.of(f), "photos",
				List.of(Map.of("uuid", photo, "base64", Base64.getEncoder().encodeToString(jpeg(1200, 900)))));
		this.mvc
			.perform(post("/api/v1/supervision/visits/{id}/sync", visit.id())
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsBytes(batch)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.photosStored").value(1));

		// The thumbnail: a small JPEG for the team and for the visited commune.
		for (String who : List.of("canbo.tinh.t", "canbo.vbb")) {
			byte[] thumb = this.mvc.perform(get("/supervision/photos/{u}/thumb", photo).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(content().contentType("image/jpeg"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			BufferedImage img = ImageIO.read(new ByteArrayInputStream(thumb));
			assertThat(Math.max(img.getWidth(), img.getHeight())).isEqualTo(320);
		}
		this.mvc
			.perform(get("/api/v1/supervision/photos/{u}/thumb", photo)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk());

		// The sibling commune: 403 on the photo and its thumbnail, page and API.
		this.mvc.perform(get("/supervision/photos/{u}/thumb", photo).with(user(hung.getUsername())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/photos/{u}", photo).with(user(hung.getUsername())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/supervision/photos/{u}/thumb", photo)
				.with(httpBasic(hung.getUsername(), Fixture.PASSWORD)))
			.andExpect(status().isForbidden());

		// The desktop visit page shows the thumbnail; the finding names the cell.
		this.mvc.perform(get("/supervision/visits/{id}", visit.id()).with(user("canbo.tinh.t")))
			.andExpect(content().string(containsString("/supervision/photos/" + photo + "/thumb")))
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 1")));
		this.mvc
			.perform(get("/api/v1/supervision/findings/{u}", finding).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(jsonPath("$.responsibleUnitId").value(this.fx.cellVl1()));
	}

	static byte[] jpeg(int w, int h) throws Exception {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				img.setRGB(x, y, ((x * 255 / w) << 16) | ((y * 255 / h) << 8) | 90);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", out);
		return out.toByteArray();
	}

}
