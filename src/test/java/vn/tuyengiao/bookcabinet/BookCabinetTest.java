package vn.tuyengiao.bookcabinet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Book cabinets as seeds 000 and 001 ask: a commune's cabinet loaded from the delivery
 * list, each copy lent and taken back by its label, a copy already out refused, bad lists
 * refused with the row named and nothing written, and the "cabinet in an office, no
 * lending log" shortcoming produced from data.
 */
@IntegrationTest
class BookCabinetTest {

	static final String HEADER = "Tên sách,Tác giả,Nhà xuất bản,Năm xuất bản,Loại sách,Số bản,Mã bản sách\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	BookCabinets cabinets;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Lending lending;

	@Autowired
	Stocktakes stocktakes;

	@Autowired
	BookRollup rollup;

	@Autowired
	Messages messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	final Scope system = Scope.system();

	BookCabinet cabinet(long unitId, String name, LocationKind where) {
		return this.cabinets.create(this.system,
				new BookCabinets.CabinetData(unitId, name, where, "Nhà văn hóa ấp", "Nguyễn Thị Hồng"));
	}

	static MockMultipartFile csv(String name, String body) {
		return new MockMultipartFile("file", name, "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
	}

	long titles(long cabinetId) {
		return this.jdbc.queryForObject("select count(*) from book_title where cabinet_id = ?", Long.class, cabinetId);
	}

	@Test
	void aLibrarianLoadsTheDeliveryListLendsByScanningAndTakesTheBookBack() throws Exception {
		BookCabinet c = cabinet(this.fx.communeVbb(), "Tủ sách xã Vĩnh Bình Bắc", LocationKind.PUBLIC_READING);
		this.mvc
			.perform(multipart("/books/{id}/import", c.getId())
				.file(csv("danh-sach-cap-phat.csv",
						"""
								"Hồ Chí Minh toàn tập, tập 1",Hồ Chí Minh,Chính trị quốc gia Sự thật,2011,Sách về Bác Hồ,2,BCT-HCM-01;BCT-HCM-02
								Đường Kách mệnh,Hồ Chí Minh,Chính trị quốc gia Sự thật,2020,Lý luận chính trị,1,BCT-DKM-01
								Sổ tay đảng viên,Ban Tuyên giáo Trung ương,Chính trị quốc gia Sự thật,2023,lý luận chính trị,3,
								Kỹ thuật nuôi tôm nước lợ,Nhiều tác giả,Nông nghiệp,2019,Nông nghiệp,1,
								"""))
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(redirectedUrl("/books/" + c.getId()))
			.andExpect(flash().attribute("flash", containsString("Đã nhập 4 dòng")));
		assertThat(this.catalogue.titles(this.system, c.getId())).extracting(Catalogue.TitleRow::title)
			.contains("Đường Kách mệnh", "Sổ tay đảng viên");
		List<Catalogue.Label> labels = this.catalogue.labels(this.system, c.getId());
		assertThat(labels).hasSize(7);
		assertThat(labels).extracting(Catalogue.Label::code)
			.contains("BCT-DKM-01", "TS" + c.getId() + "-000001")
			.doesNotHaveDuplicates();
		this.mvc.perform(get("/books/{id}/labels", c.getId()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("BCT-DKM-01")));

		// The librarian photographs the label: the server reads the QR code.
		this.mvc
			.perform(multipart("/books/scan")
				.file(new MockMultipartFile("photo", "nhan.png", "image/png", png("BCT-DKM-01")))
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(redirectedUrl("/books/copy?code=BCT-DKM-01"));
		this.mvc.perform(get("/books/copy").param("code", "BCT-DKM-01").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường Kách mệnh")))
			.andExpect(content().string(containsString("id=\"lend-form\"")));
		this.mvc
			.perform(post("/books/copy/lend").param("code", "BCT-DKM-01")
				.param("kind", "RESIDENT")
				.param("name", "Trần Văn Bảy")
				.param("hamlet", "Ấp Vĩnh Lộc 1")
				.param("dueOn", LocalDate.now(this.clock).plusDays(14).toString())
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(flash().attribute("flash", containsString("Đã cho mượn bản BCT-DKM-01 — Trần Văn Bảy")));
		// The same copy again: refused, with who has it.
		this.mvc
			.perform(post("/books/copy/lend").param("code", "BCT-DKM-01")
				.param("kind", "MEMBER")
				.param("memberId", Long.toString(this.fx.thangVl1()))
				.param("dueOn", LocalDate.now(this.clock).plusDays(7).toString())
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(flash().attribute("error", containsString("đang được cho mượn (Trần Văn Bảy")));
		assertThat(this.lending.loans(this.system, c.getId(), Lending.LoanFilter.ALL)).hasSize(1);
		this.mvc
			.perform(post("/api/v1/books/loans").contentType("application/json")
				.content("{\"code\":\"BCT-DKM-01\",\"loan\":{\"kind\":\"RESIDENT\",\"name\":\"Lê Thị Mai\","
						+ "\"hamlet\":\"Ấp Kinh 5\",\"dueOn\":\"" + LocalDate.now(this.clock).plusDays(7) + "\"}}")
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("đang được cho mượn")));

		this.mvc.perform(post("/books/copy/return").param("code", "BCT-DKM-01").with(user("canbo.vbb")).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("Đã nhận lại bản BCT-DKM-01 từ Trần Văn Bảy")));
		this.mvc.perform(get("/books/{id}", c.getId()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường Kách mệnh")))
			.andExpect(content().string(containsString("id=\"cabinet-months\"")));
		Lending.CopyView back = this.lending.copy(this.system, "BCT-DKM-01");
		assertThat(back.status()).isEqualTo(CopyStatus.AVAILABLE);
		assertThat(back.loan()).isNull();

		// A member borrows it through the API.
		this.mvc
			.perform(post("/api/v1/books/loans").contentType("application/json")
				.content("{\"code\":\"BCT-DKM-01\",\"loan\":{\"kind\":\"MEMBER\",\"memberId\":" + this.fx.hoaVl1()
						+ ",\"dueOn\":\"" + LocalDate.now(this.clock).plusDays(7) + "\"}}")
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.borrowerName").value("Trần Thị Hòa"));
	}

	@Test
	void aPhotoThatIsNoImageOrShowsNoCodeIsRefusedByName() throws Exception {
		this.mvc
			.perform(multipart("/books/scan")
				.file(new MockMultipartFile("photo", "nhan.jpg", "image/jpeg", "không phải ảnh".getBytes()))
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải là ảnh")));
		ByteArrayOutputStream blank = new ByteArrayOutputStream();
		ImageIO.write(new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
				blank);
		this.mvc
			.perform(multipart("/books/scan")
				.file(new MockMultipartFile("photo", "den.png", "image/png", blank.toByteArray()))
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(content().string(containsString("Không đọc được mã QR")));
		this.mvc
			.perform(multipart("/api/v1/books/copies/scan")
				.file(new MockMultipartFile("photo", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("không phải là ảnh")));
	}

	@Test
	void deliveryListsWithWrongColumnsBadRowsOrDuplicateCodesAreRefusedAndNothingIsWritten() {
		BookCabinet c = cabinet(this.fx.cellVl1(), "Tủ sách chi bộ ấp Vĩnh Lộc 1", LocationKind.OTHER);
		this.catalogue.add(
				this.system, c.getId(), List.of(new Catalogue.Delivered("Luật Đất đai năm 2024", "Quốc hội",
						"Chính trị quốc gia Sự thật", 2024, BookCategory.LAW, 1, List.of("BCT-LDD-01"))),
				LocalDate.now(this.clock));
		long before = titles(c.getId());

		ImportJob wrong = this.catalogue.importDeliveryList(this.system, c.getId(), "sai-cot.csv",
				"Tên sách,Tác giả,Nhà xuất bản,Thể loại,Số lượng\nSổ tay đảng viên,Ban Tuyên giáo,CTQG,Lý luận chính trị,2\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(wrong.getErrors()).extracting(ImportJob.ImportError::message)
			.anySatisfy(m -> assertThat(m).contains("Thể loại"))
			.anySatisfy(m -> assertThat(m).contains("Loại sách").contains("Số bản"));

		ImportJob bad = this.catalogue.importDeliveryList(this.system, c.getId(), "cap-phat.csv", (HEADER + """
				Sổ tay đảng viên,Ban Tuyên giáo Trung ương,CTQG,2023,Lý luận chính trị,2,BCT-STD-01;BCT-STD-02
				,Hồ Chí Minh,CTQG,2011,Sách về Bác Hồ,1,
				Kỹ thuật trồng lúa,Nhiều tác giả,Nông nghiệp,2018,Nông nghiệp,0,
				Luật Hôn nhân và gia đình,Quốc hội,Tư pháp,2014,Pháp luật,1,BCT-STD-02
				Luật Đất đai năm 2024,Quốc hội,CTQG,2024,Pháp luật,1,BCT-LDD-01
				Cẩm nang phòng bệnh,Bộ Y tế,Y học,2021,Thuốc nam,1,
				""").getBytes(StandardCharsets.UTF_8));
		assertThat(bad.getState()).isEqualTo(ImportJob.State.FAILED);
		assertThat(bad.getErrors()).extracting(e -> e.row() + "|" + e.column() + "|" + e.message())
			.anySatisfy(e -> assertThat(e).startsWith("3|Tên sách|"))
			.anySatisfy(e -> assertThat(e).startsWith("4|Số bản|").contains("\"0\""))
			.anySatisfy(e -> assertThat(e).startsWith("5|Mã bản sách|").contains("trùng với dòng 2"))
			.anySatisfy(e -> assertThat(e).startsWith("6|Mã bản sách|").contains("đã dùng"))
			.anySatisfy(e -> assertThat(e).startsWith("7|Loại sách|").contains("Thuốc nam"));
		assertThat(titles(c.getId())).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from book_copy where code = 'BCT-STD-01'", Long.class))
			.isZero();
	}

	@Test
	void aUserOfASiblingCommuneIsRefusedOnEveryPageAndCall() throws Exception {
		BookCabinet c = cabinet(this.fx.communeVbb(), "Tủ sách Nhà văn hóa xã", LocationKind.PUBLIC_READING);
		this.catalogue.add(
				this.system, c.getId(), List.of(new Catalogue.Delivered("Những mẩu chuyện về Bác Hồ", "Nhiều tác giả",
						"Kim Đồng", 2019, BookCategory.HO_CHI_MINH, 1, List.of("BCT-SIB-01"))),
				LocalDate.now(this.clock));
		for (String page : List.of("/books/" + c.getId(), "/books/" + c.getId() + "/labels",
				"/books/" + c.getId() + "/stocktake", "/books/copy?code=BCT-SIB-01",
				"/books?unit=" + this.fx.communeVbb())) {
			this.mvc.perform(get(page).with(user("bithu.cc")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Những mẩu chuyện về Bác Hồ"))));
		}
		this.mvc
			.perform(post("/books/copy/lend").param("code", "BCT-SIB-01")
				.param("kind", "RESIDENT")
				.param("name", "Nguyễn Văn A")
				.param("hamlet", "Ấp Cái Chanh")
				.param("dueOn", LocalDate.now(this.clock).plusDays(7).toString())
				.with(user("bithu.cc"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		for (String call : List.of("/api/v1/books/cabinets/" + c.getId(),
				"/api/v1/books/cabinets/" + c.getId() + "/catalogue", "/api/v1/books/cabinets/" + c.getId() + "/loans",
				"/api/v1/books/cabinets/" + c.getId() + "/copies", "/api/v1/books/copies?code=BCT-SIB-01",
				"/api/v1/books/summary?unitId=" + this.fx.communeVbb())) {
			this.mvc.perform(get(call).with(httpBasic("bithu.cc", Fixture.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Những mẩu chuyện"))));
		}
		this.mvc
			.perform(post("/api/v1/books/cabinets/{id}/stocktake", c.getId()).contentType("application/json")
				.content("[\"BCT-SIB-01\"]")
				.with(httpBasic("bithu.cc", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/books/cabinets").with(httpBasic("bithu.cc", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tủ sách Nhà văn hóa xã"))));
		// The viewer of the commune sees it and can change nothing.
		this.mvc.perform(get("/books/{id}", c.getId()).with(user("xem.pd"))).andExpect(status().isForbidden());
	}

	@Test
	void theSeedShortcomingComesFromDataOfficeCabinetWithNoLoanAndOverdueBecomesLostThenDecided() {
		LocalDate today = LocalDate.now(this.clock);
		BookCabinet office = cabinet(this.fx.communePd(), "Tủ sách văn phòng Đảng ủy", LocationKind.OFFICE);
		this.catalogue.add(this.system, office.getId(),
				List.of(new Catalogue.Delivered("Giáo trình lý luận chính trị", "Học viện Chính trị quốc gia",
						"Lý luận chính trị", 2021, BookCategory.POLITICAL_THEORY, 2, List.of()),
						new Catalogue.Delivered("Kỹ thuật chăn nuôi gà thả vườn", "Nhiều tác giả", "Nông nghiệp", 2018,
								BookCategory.AGRICULTURE, 2, List.of())),
				today);
		BookCabinet hall = cabinet(this.fx.cellCc(), "Tủ sách ấp Cái Chanh", LocationKind.PUBLIC_READING);
		this.catalogue.add(this.system, hall.getId(), List.of(new Catalogue.Delivered("Luật Phòng, chống ma túy",
				"Quốc hội", "Tư pháp", 2021, BookCategory.LAW, 2, List.of("BCT-PCM-01", "BCT-PCM-02"))), today);
		Loan late = this.lending.lend(this.system, "BCT-PCM-01", new Lending.NewLoan(BorrowerKind.RESIDENT,
				"Võ Thị Tám", "Ấp Cái Chanh", null, today.minusDays(40), today.minusDays(10)));

		CabinetSummary s = this.rollup.forUnit(this.system, this.fx.communePd(), today.withDayOfYear(1), today);
		assertThat(s.cabinets()).isEqualTo(2);
		assertThat(s.inPublicPlace()).isEqualTo(1);
		assertThat(s.copies()).isEqualTo(6);
		assertThat(s.politicalTheoryShare()).isEqualTo("33,33%");
		assertThat(s.overdue()).isEqualTo(1);
		assertThat(s.officeWithoutLog()).singleElement().asString().contains("Tủ sách văn phòng Đảng ủy");
		List<String> text = s.sentences(this.messages);
		assertThat(text).anySatisfy(t -> assertThat(t).contains("02 tủ sách (01 tủ đặt ở nơi công cộng)"))
			.anySatisfy(t -> assertThat(t).contains("01 tủ sách đặt trong phòng làm việc, không có sổ theo dõi mượn")
				.contains("Tủ sách văn phòng Đảng ủy"))
			.anySatisfy(t -> assertThat(t).contains("01 bản sách đang quá hạn trả"));

		// Overdue → lost → the committee's decision.
		assertThat(this.lending.loans(this.system, hall.getId(), Lending.LoanFilter.OVERDUE)).hasSize(1);
		Loan lost = this.lending.reportLost(this.system, late.id(), late.version(), today);
		assertThat(this.lending.copy(this.system, "BCT-PCM-01").status()).isEqualTo(CopyStatus.LOST);
		assertThatThrownBy(() -> this.lending.decide(this.system, lost.id(), lost.version(),
				new Lending.Decision(LossDecision.COMPENSATED, "12-QĐ/CB", today, null)))
			.isInstanceOf(AppException.class)
			.hasMessage("bookcabinet.compensationRequired");
		Loan decided = this.lending.decide(this.system, lost.id(), lost.version(),
				new Lending.Decision(LossDecision.COMPENSATED, "12-QĐ/CB", today, 85_000L));
		assertThat(decided.decisionNo()).isEqualTo("12-QĐ/CB");
		assertThat(this.lending.copy(this.system, "BCT-PCM-01").status()).isEqualTo(CopyStatus.WRITTEN_OFF);
		assertThatThrownBy(
				() -> this.lending.lend(this.system, "BCT-PCM-01",
						new Lending.NewLoan(BorrowerKind.RESIDENT, "Võ Thị Tám", "Ấp Cái Chanh", null, null,
								today.plusDays(7))))
			.isInstanceOf(AppException.class)
			.hasMessage("bookcabinet.notLendable");

		// Stocktake: one copy on the shelf scanned, one from elsewhere, one unknown code.
		Stocktakes.Stocktake st = this.stocktakes.check(this.system, hall.getId(),
				List.of("BCT-PCM-02", "TS" + office.getId() + "-000001", "KHONG-CO"));
		assertThat(st.found()).isEqualTo(1);
		assertThat(st.missing()).isEmpty();
		assertThat(st.unexpected()).extracting(Stocktakes.Found::reason)
			.containsExactly(Stocktakes.Unexpected.OTHER_CABINET, Stocktakes.Unexpected.UNKNOWN);
		Stocktakes.Stocktake officeCheck = this.stocktakes.check(this.system, office.getId(),
				List.of("TS" + office.getId() + "-000001"));
		assertThat(officeCheck.missing()).hasSize(3);
	}

	@Test
	void theRollupPageAndItsExportShowTheFigures() throws Exception {
		this.mvc.perform(get("/books").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.messages.get("bookcabinet.formula"))));
		this.mvc.perform(get("/books/export.xlsx").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(get("/v3/api-docs").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/books/loans")));
	}

	static byte[] png(String code) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 300,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		com.google.zxing.common.BitMatrix m = new com.google.zxing.qrcode.QRCodeWriter().encode(code,
				com.google.zxing.BarcodeFormat.QR_CODE, 300, 300);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 300; x++) {
				img.setRGB(x, y, m.get(x, y) ? 0 : 0xFFFFFF);
			}
		}
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

}
