package vn.tuyengiao.bookcabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.text.VnFormat;

/**
 * Issue 14 item 3: a stocktake by scanning labels is kept with its date, who took it and
 * the discrepancies, and can be read again; the QR label sheet is a printable A4 PDF with
 * the code and title on each label. A user of another commune gets neither.
 */
@IntegrationTest
class StocktakeAndLabelsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	BookCabinets cabinets;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Lending lending;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	final Scope system = Scope.system();

	private BookCabinet cabinet(String n, int extra) {
		LocalDate today = LocalDate.now(this.clock);
		BookCabinet c = this.cabinets.create(this.system, new BookCabinets.CabinetData(this.fx.cellVl1(),
				"Tủ sách ấp Vĩnh Lộc 1", LocationKind.PUBLIC_READING, "Nhà văn hóa ấp Vĩnh Lộc 1", "Lê Thị Hạnh"));
		List<Catalogue.Delivered> books = new ArrayList<>();
		books.add(new Catalogue.Delivered("Tư tưởng Hồ Chí Minh về xây dựng Đảng trong sạch, vững mạnh",
				"Nhiều tác giả", "Chính trị quốc gia Sự thật", 2022, BookCategory.HO_CHI_MINH, 3,
				List.of(n + "-HCM-01", n + "-HCM-02", n + "-HCM-03")));
		for (int i = 1; i <= extra; i++) {
			books.add(new Catalogue.Delivered("Sổ tay nuôi trồng thủy sản tập " + i, "Trung tâm Khuyến nông",
					"Nông nghiệp", 2020, BookCategory.AGRICULTURE, 1, List.of(n + "-TS-" + i)));
		}
		this.catalogue.add(this.system, c.getId(), books, today);
		return c;
	}

	@Test
	void aStocktakeIsKeptWithDateWhoAndDiscrepanciesAndReadAgainWithinScope() throws Exception {
		String n = "KK" + System.nanoTime() % 1_000_000;
		BookCabinet c = cabinet(n, 0);
		LocalDate today = LocalDate.now(this.clock);
		this.lending.lend(this.system, n + "-HCM-03", new Lending.NewLoan(BorrowerKind.RESIDENT, "Trần Văn Sáu",
				"Ấp Vĩnh Lộc 1", null, today.minusDays(2), today.plusDays(12)));

		// The API keeps a scan: one copy found, one missing, a strange code, one on loan.
		String body = this.mvc
			.perform(post("/api/v1/books/cabinets/{id}/stocktakes", c.getId()).contentType("application/json")
				.content("[\"" + n + "-HCM-01\", \"" + n + "-LA-99\"]")
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.takenBy").value("canbo.vbb"))
			.andExpect(jsonPath("$.found").value(1))
			.andExpect(jsonPath("$.missing").value(1))
			.andExpect(jsonPath("$.unexpected").value(1))
			.andExpect(jsonPath("$.onLoan").value(1))
			.andExpect(jsonPath("$.lines.length()").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long kept = ((Number) JsonPath.read(body, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/books/stocktakes/{id}", kept).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].kind").value("MISSING"))
			.andExpect(jsonPath("$.lines[0].code").value(n + "-HCM-02"))
			.andExpect(jsonPath("$.lines[1].reason").value("UNKNOWN"))
			.andExpect(jsonPath("$.lines[2].borrower").value("Trần Văn Sáu"));

		// From the page: the result is kept and shown on its own page, listed on the
		// stocktake page with its date.
		String location = this.mvc
			.perform(post("/books/{id}/stocktakes", c.getId()).param("codes", n + "-HCM-01\n" + n + "-HCM-02")
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/books/stocktakes/");
		this.mvc.perform(get(location).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm kê ngày " + VnFormat.shortDate(today))))
			.andExpect(content().string(containsString("Đã quét 2 mã; 2 bản có trên giá đúng danh mục.")))
			.andExpect(content().string(containsString("Trần Văn Sáu")));
		this.mvc.perform(get("/books/{id}/stocktake", c.getId()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("có trên giá 2, thiếu 0, không đúng 0, đang cho mượn 1")))
			.andExpect(content().string(containsString("có trên giá 1, thiếu 1, không đúng 1, đang cho mượn 1")));
		this.mvc
			.perform(get("/api/v1/books/cabinets/{id}/stocktakes", c.getId())
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));

		// Nothing scanned: refused, nothing kept.
		long before = this.jdbc.queryForObject("select count(*) from book_stocktake", Long.class);
		this.mvc
			.perform(post("/api/v1/books/cabinets/{id}/stocktakes", c.getId()).contentType("application/json")
				.content("[]")
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isBadRequest());

		// A viewer of Phong Điền reads neither the list nor the kept stocktake, and
		// cannot
		// keep one.
		this.mvc.perform(get("/books/stocktakes/{id}", kept).with(user("xem.pd"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/books/stocktakes/{id}", kept).with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/books/cabinets/{id}/stocktakes", c.getId())
				.with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/books/cabinets/{id}/stocktakes", c.getId()).contentType("application/json")
				.content("[\"" + n + "-HCM-01\"]")
				.with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/books/{id}/stocktakes", c.getId()).param("codes", n + "-HCM-01")
				.with(user("xem.pd"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from book_stocktake", Long.class)).isEqualTo(before);
	}

	@Test
	void theLabelSheetIsAnA4PdfWithEachCopysCodeAndTitle() throws Exception {
		String n = "NH" + System.nanoTime() % 1_000_000;
		// 3 + 25 copies: 28 labels, 24 a page, so two pages.
		BookCabinet c = cabinet(n, 25);
		byte[] pdf = this.mvc
			.perform(get("/api/v1/books/cabinets/{id}/labels.pdf", c.getId())
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains(n + "-HCM-01", n + "-HCM-03", n + "-TS-25")
				.contains("Tư tưởng Hồ Chí Minh về xây dựng Đảng trong sạch, vững mạnh")
				.contains("Sổ tay nuôi trồng thủy sản tập 7")
				.contains("Tủ sách ấp Vĩnh Lộc 1");
		}
		// The page's link answers the same file; a viewer of another commune gets 403.
		this.mvc.perform(get("/books/{id}/labels.pdf", c.getId()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get("/books/{id}/labels", c.getId()).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/books/" + c.getId() + "/labels.pdf")));
		this.mvc.perform(get("/books/{id}/labels.pdf", c.getId()).with(user("xem.pd")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/books/cabinets/{id}/labels.pdf", c.getId())
				.with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
	}

}
