package vn.tuyengiao.supervision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13's figures, as the phone and a script call them: the sync of an offline visit
 * with 40 answers and 5 photos (3 MB) p95 < 2 s, and the brief of a commune of 2,500
 * members p95 < 500 ms. Runs only when asked: {@code -Dbench.supervision=true} (see
 * docs/benchmarks.md).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.supervision", matches = "true")
class SupervisionBenchTest {

	private static final int WARMUP = 3;

	private static final int RUNS = 20;

	private static final int BASIC_RUNS = 10;

	private static final int MEMBERS = 2500;

	private static final String OFFICER = "canbo.tinh.t";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	OrgService orgs;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	StudyService study;

	@Autowired
	CommitmentService commitments;

	@Autowired
	SupervisionPlans plans;

	@Autowired
	SupervisionFindings findings;

	@Autowired
	vn.tuyengiao.user.UserService users;

	final JsonMapper json = new JsonMapper();

	@Test
	void syncOfAVisitAndTheBriefOfALargeCommune() throws Exception {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit commune = this.orgs.create(system, new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Long Hữu (đo hiệu năng)", "SB.LH", "ĐU", from));
		long t0 = System.nanoTime();
		List<OrgUnit> cells = new ArrayList<>();
		for (int c = 0; c < 25; c++) {
			cells.add(this.orgs.create(system, new NewUnit(commune.getId(), OrgUnitKind.CELL,
					"Chi bộ ấp Long " + (c + 1), "SB.LH." + (c + 1), "CB", from)));
		}
		// Members bulk-loaded by JDBC batches (as the bench module does): the service's
		// one-by-one
		// create with its audit takes about a second each on this shared machine.
		String[] family = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi" };
		String[] given = { "Văn Thắng", "Thị Hoà", "Văn Út", "Thị Lan", "Minh Tâm", "Thị Quý", "Văn Hùng", "Thị Kiều" };
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			String name = family[i % 8] + " " + given[(i / 8) % 8];
			rows.add(new Object[] { name, vn.tuyengiao.text.VietnameseText.fold(name), i % 2 == 0 ? "MALE" : "FEMALE",
					java.sql.Date.valueOf(LocalDate.of(1940 + i % 40, 1 + i % 12, 1 + i % 28)),
					String.format("95%06d", i), java.sql.Date.valueOf(LocalDate.of(2000, 3, 2)),
					cells.get(i % cells.size()).getId(), now, now });
		}
		this.jdbc.batchUpdate(
				"insert into member (full_name, search_name, gender, birth_date, card_number, join_date,"
						+ " unit_id, position, status, status_since, retired_cadre, version, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, 'Đảng viên', 'ACTIVE', date '2020-01-01', false, 0, ?, ?)",
				rows);
		this.jdbc.update("insert into member_unit_period (member_id, unit_id, valid_from) select id, unit_id, join_date"
				+ " from member where card_number like '95%'");
		this.jdbc.update("insert into member_status_period (member_id, status, valid_from) select id, status,"
				+ " join_date from member where card_number like '95%'");
		long loadMs = (System.nanoTime() - t0) / 1_000_000;
		this.study.createCampaign(system,
				new StudyService.NewCampaign(this.fx.province(), "Học tập, quán triệt Nghị quyết Đại hội XIV",
						DocumentKind.RESOLUTION, "Kế hoạch số 05-KH/TU", LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), EnumSet.of(Audience.PARTY_MEMBERS),
						false));
		this.commitments.createCampaign(system,
				new CommitmentService.NewCampaign(this.fx.province(), 2026, CommitmentKind.YEARLY_COMMITMENT,
						"Bản cam kết tu dưỡng, rèn luyện năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
						false, false, null));

		// A plan with a 40-item checklist (the library and custom items), one visit per
		// run.
		Plan plan = this.plans.create(system,
				new SupervisionPlans.NewPlan(this.fx.province(), PlanKind.THEMATIC, "Kế hoạch số 91-KH/TU",
						"Kết luận số 01-KL/TW (đo hiệu năng)", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
						List.of(commune.getId()), List.of(OFFICER), OFFICER));
		List<Checklist.Item> items = new ArrayList<>(this.plans.library());
		for (int i = items.size(); i < 40; i++) {
			items.add(new Checklist.Item("CUSTOM_B" + i, "Nội dung kiểm tra bổ sung số " + (i + 1), null,
					AnswerType.YES_NO));
		}
		Checklist checklist = this.plans.editChecklist(system, plan.id(), items, 1);
		List<byte[]> photos = new ArrayList<>();
		Random random = new Random(13);
		for (int p = 0; p < 5; p++) {
			photos.add(photo(random));
		}
		long photoBytes = photos.stream().mapToLong(b -> b.length).sum();

		// An earlier visit with findings, so the brief lists them.
		Visit earlier = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 2, 10), List.of());
		for (int i = 0; i < 6; i++) {
			this.findings.record(system, earlier.id(),
					new SupervisionFindings.NewFinding(UUID.randomUUID().toString(), FindingKind.SHORTCOMING,
							items.get(i).code(), "Hạn chế ghi nhận lần trước số " + (i + 1), null,
							"Khắc phục trong quý II", cells.get(i).getId(), null, LocalDate.of(2026, 4, 30)));
		}

		// The phone's path: the offline page's session endpoint, a multipart batch with
		// the
		// photos as binary parts (the session is already open: no password check per
		// request).
		List<Long> syncMs = new ArrayList<>();
		for (int run = 0; run < WARMUP + RUNS; run++) {
			Visit v = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 5, 12), List.of());
			List<String> ids = photos.stream().map(p -> UUID.randomUUID().toString()).toList();
			MockMultipartHttpServletRequestBuilder req = multipart("/supervision/visits/{id}/offline/sync", v.id());
			req.file(new MockMultipartFile("batch", "batch.json", MediaType.APPLICATION_JSON_VALUE,
					this.json.writeValueAsBytes(batch(checklist, ids, photos, false))));
			for (int p = 0; p < photos.size(); p++) {
				req.file(new MockMultipartFile("photos", ids.get(p), MediaType.IMAGE_JPEG_VALUE, photos.get(p)));
			}
			long s = System.nanoTime();
			this.mvc.perform(req.with(user(OFFICER)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.answersStored").value(40))
				.andExpect(jsonPath("$.photosStored").value(5));
			if (run >= WARMUP) {
				syncMs.add((System.nanoTime() - s) / 1_000_000);
			}
		}
		// A script's path for comparison: the API, JSON with base64 photos, HTTP Basic
		// (one BCrypt password check per request).
		List<Long> basicSyncMs = new ArrayList<>();
		for (int run = 0; run < BASIC_RUNS; run++) {
			Visit v = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 5, 12), List.of());
			List<String> ids = photos.stream().map(p -> UUID.randomUUID().toString()).toList();
			byte[] body = this.json.writeValueAsBytes(batch(checklist, ids, photos, true));
			long s = System.nanoTime();
			this.mvc
				.perform(post("/api/v1/supervision/visits/{id}/sync", v.id()).with(httpBasic(OFFICER, Fixture.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.photosStored").value(5));
			basicSyncMs.add((System.nanoTime() - s) / 1_000_000);
		}

		// The brief through the API with a personal API token (what scripts use), then
		// with
		// HTTP Basic for comparison.
		String token = this.users.createToken(OFFICER, "Đo hiệu năng giám sát", 30);
		Visit next = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 8, 20), List.of());
		List<Long> briefMs = new ArrayList<>();
		for (int run = 0; run < WARMUP + RUNS; run++) {
			long s = System.nanoTime();
			this.mvc.perform(
					get("/api/v1/supervision/visits/{id}/brief", next.id()).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk());
			if (run >= WARMUP) {
				briefMs.add((System.nanoTime() - s) / 1_000_000);
			}
		}
		List<Long> basicBriefMs = new ArrayList<>();
		for (int run = 0; run < BASIC_RUNS; run++) {
			long s = System.nanoTime();
			this.mvc
				.perform(get("/api/v1/supervision/visits/{id}/brief", next.id())
					.with(httpBasic(OFFICER, Fixture.PASSWORD)))
				.andExpect(status().isOk());
			basicBriefMs.add((System.nanoTime() - s) / 1_000_000);
		}
		String brief = this.mvc
			.perform(get("/api/v1/supervision/visits/{id}/brief", next.id()).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		System.out.printf("FIGURE supervision load: %d members in 25 cells (JDBC batches) in %d ms%n", MEMBERS, loadMs);
		System.out.printf(
				"FIGURE supervision sync, phone path (session, multipart; 40 answers, 5 photos, %,d bytes of JPEG):"
						+ " p50 %d ms, p95 %d ms, max %d ms over %d runs%n",
				photoBytes, p(syncMs, 50), p(syncMs, 95), Collections.max(syncMs), RUNS);
		System.out.printf(
				"FIGURE supervision sync, API JSON base64 + HTTP Basic: p50 %d ms, p95 %d ms, max %d ms over %d runs%n",
				p(basicSyncMs, 50), p(basicSyncMs, 95), Collections.max(basicSyncMs), BASIC_RUNS);
		System.out.printf(
				"FIGURE supervision brief, API token (commune of %d members): p50 %d ms, p95 %d ms, max %d ms over %d"
						+ " runs; %d characters%n",
				MEMBERS, p(briefMs, 50), p(briefMs, 95), Collections.max(briefMs), RUNS, brief.length());
		System.out.printf("FIGURE supervision brief, HTTP Basic: p50 %d ms, p95 %d ms, max %d ms over %d runs%n",
				p(basicBriefMs, 50), p(basicBriefMs, 95), Collections.max(basicBriefMs), BASIC_RUNS);
		System.out.println("FIGURE supervision brief body: " + brief.substring(0, Math.min(600, brief.length())));
		assertThat(photoBytes).isBetween(2_500_000L, 3_500_000L);
	}

	/** The batch; photos inline as base64 (the API's JSON form) or sent as parts. */
	Map<String, Object> batch(Checklist checklist, List<String> photoIds, List<byte[]> photos, boolean inline) {
		List<Map<String, Object>> answers = new ArrayList<>();
		List<Map<String, Object>> shots = new ArrayList<>();
		for (int p = 0; inline && p < photos.size(); p++) {
			shots.add(Map.of("uuid", photoIds.get(p), "base64", Base64.getEncoder().encodeToString(photos.get(p))));
		}
		int k = 0;
		for (Checklist.Item i : checklist.items()) {
			Map<String, Object> a = new HashMap<>();
			a.put("uuid", UUID.randomUUID().toString());
			a.put("itemCode", i.code());
			a.put("value", switch (i.answerType()) {
				case YES_NO -> k % 3 == 0 ? "NO" : "YES";
				case COUNT -> "3";
				case GRADE -> "GOOD";
				case TEXT -> "Chi bộ thực hiện đầy đủ, có biên bản kèm theo";
				case PHOTO -> null;
			});
			if (i.answerType() == AnswerType.PHOTO) {
				a.put("photoUuid", photoIds.get(k % photoIds.size()));
			}
			a.put("answeredAt", "2026-05-12T02:10:00Z");
			answers.add(a);
			k++;
		}
		return Map.of("checklistId", checklist.id(), "answers", answers, "findings", List.of(), "photos", shots);
	}

	/**
	 * A JPEG of about 600 KB: a noisy 1,400×1,000 picture, as a phone photo compresses.
	 */
	static byte[] photo(Random random) throws Exception {
		BufferedImage img = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 1000; y++) {
			for (int x = 0; x < 1400; x++) {
				int g = (x + y) / 7 % 256;
				int noise = random.nextInt(140);
				img.setRGB(x, y, (Math.min(255, g + noise) << 16) | (Math.min(255, 120 + noise) << 8) | (255 - g));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", out);
		return out.toByteArray();
	}

	static long p(List<Long> ms, int pct) {
		List<Long> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		int i = (int) Math.ceil(pct / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, i));
	}

}
