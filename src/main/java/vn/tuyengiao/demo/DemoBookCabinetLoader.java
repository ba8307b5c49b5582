package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.bookcabinet.BookCabinet;
import vn.tuyengiao.bookcabinet.BookCabinets;
import vn.tuyengiao.bookcabinet.BookCategory;
import vn.tuyengiao.bookcabinet.BorrowerKind;
import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.bookcabinet.Lending;
import vn.tuyengiao.bookcabinet.LocationKind;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;

/**
 * Evaluation mode: book cabinets of the demo province. The first commune's cabinet stands
 * in the culture house with a year of loans (one overdue), its first cell has a small
 * cabinet of its own, and the last commune's cabinet sits in the committee's office with
 * no loan ever logged (seed 001's shortcoming). Runs only when no cabinet exists yet.
 */
@Component
@Order(7)
class DemoBookCabinetLoader implements ApplicationRunner {

	private final OrgUnits org;

	private final BookCabinets cabinets;

	private final Catalogue catalogue;

	private final Lending lending;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	DemoBookCabinetLoader(OrgUnits org, BookCabinets cabinets, Catalogue catalogue, Lending lending,
			TransactionTemplate tx, JdbcTemplate jdbc, DemoDataDone done, Clock clock) {
		this.org = org;
		this.cabinets = cabinets;
		this.catalogue = catalogue;
		this.lending = lending;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
		this.clock = clock;
	}

	record Book(String title, String author, String publisher, int year, BookCategory category, int copies) {
	}

	static final List<Book> BOOKS = List.of(
			new Book("Hồ Chí Minh toàn tập, tập 1", "Hồ Chí Minh", "Chính trị quốc gia Sự thật", 2011,
					BookCategory.HO_CHI_MINH, 2),
			new Book("Đường Kách mệnh", "Hồ Chí Minh", "Chính trị quốc gia Sự thật", 2020,
					BookCategory.POLITICAL_THEORY, 3),
			new Book("Sổ tay đảng viên", "Ban Tuyên giáo Trung ương", "Chính trị quốc gia Sự thật", 2023,
					BookCategory.POLITICAL_THEORY, 4),
			new Book("Những mẩu chuyện về đời hoạt động của Hồ Chủ tịch", "Trần Dân Tiên", "Chính trị quốc gia Sự thật",
					2015, BookCategory.HO_CHI_MINH, 3),
			new Book("Búp sen xanh", "Sơn Tùng", "Kim Đồng", 2019, BookCategory.HO_CHI_MINH, 2),
			new Book(
					"Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội và con đường đi lên chủ nghĩa xã hội ở Việt Nam",
					"Nguyễn Phú Trọng", "Chính trị quốc gia Sự thật", 2022, BookCategory.POLITICAL_THEORY, 2),
			new Book("Luật Đất đai năm 2024", "Quốc hội", "Chính trị quốc gia Sự thật", 2024, BookCategory.LAW, 2),
			new Book("Luật Hôn nhân và gia đình", "Quốc hội", "Tư pháp", 2014, BookCategory.LAW, 2),
			new Book("Hỏi đáp pháp luật về phòng, chống bạo lực gia đình", "Bộ Tư pháp", "Tư pháp", 2023,
					BookCategory.LAW, 2),
			new Book("Kỹ thuật trồng lúa chất lượng cao vùng Đồng bằng sông Cửu Long", "Viện Lúa ĐBSCL", "Nông nghiệp",
					2020, BookCategory.AGRICULTURE, 3),
			new Book("Kỹ thuật nuôi tôm nước lợ", "Nhiều tác giả", "Nông nghiệp", 2019, BookCategory.AGRICULTURE, 2),
			new Book("Sổ tay phòng bệnh cho gia cầm", "Cục Thú y", "Nông nghiệp", 2021, BookCategory.AGRICULTURE, 2),
			new Book("Cẩm nang chăm sóc sức khỏe người cao tuổi", "Bộ Y tế", "Y học", 2022, BookCategory.HEALTH, 2),
			new Book("Phong tục tập quán người Khmer Nam Bộ", "Nhiều tác giả", "Văn hóa dân tộc", 2018,
					BookCategory.CULTURE, 1),
			new Book("Lịch sử Đảng bộ tỉnh Kiên Giang (1930–2020)", "Ban Thường vụ Tỉnh ủy",
					"Chính trị quốc gia Sự thật", 2021, BookCategory.HISTORY, 2),
			new Book("Dế Mèn phiêu lưu ký", "Tô Hoài", "Kim Đồng", 2020, BookCategory.CHILDREN, 2));

	static final List<String[]> READERS = List.of(new String[] { "Trần Văn Bảy", "Ấp Vĩnh Lộc 1" },
			new String[] { "Nguyễn Thị Mai", "Ấp Vĩnh Lộc 2" }, new String[] { "Lê Hoàng Phúc", "Ấp Kinh 5" },
			new String[] { "Phạm Thị Hồng", "Ấp Vĩnh Lộc 1" }, new String[] { "Danh Sóc", "Ấp Xẻo Cạn" },
			new String[] { "Thị Sa Rết", "Ấp Xẻo Cạn" }, new String[] { "Võ Minh Trí", "Ấp Kinh 5" });

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from book_cabinet", Integer.class);
		Scope system = Scope.system();
		List<OrgUnit> roots = this.org.roots(system);
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("book cabinets", () -> this.tx.executeWithoutResult(status -> load(system, roots.get(0))));
	}

	private void load(Scope system, OrgUnit province) {
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		OrgUnit first = communes.get(0);
		BookCabinet hall = this.cabinets.create(system,
				new BookCabinets.CabinetData(first.getId(), "Tủ sách Nhà văn hóa xã", LocationKind.PUBLIC_READING,
						"Nhà văn hóa xã, ấp Vĩnh Lộc 1", "Nguyễn Thị Hồng"));
		this.catalogue.add(system, hall.getId(), books(BOOKS), today.minusMonths(11));
		this.cabinets.inspect(system, hall.getId(), hall.getVersion() + 0,
				new BookCabinets.CabinetState(today.minusMonths(2), true, true, true));
		loans(system, hall.getId(), today);
		this.org.children(system, first.getId())
			.stream()
			.filter(u -> u.getKind().holdsMembers() && !u.isClosed())
			.findFirst()
			.ifPresent(cell -> {
				BookCabinet small = this.cabinets.create(system, new BookCabinets.CabinetData(cell.getId(),
						"Tủ sách chi bộ", LocationKind.OTHER, "Nhà sinh hoạt ấp", "Lê Văn Thắng"));
				this.catalogue.add(system, small.getId(), books(BOOKS.subList(0, 6)), today.minusMonths(5));
				List<String> codes = codes(small.getId());
				this.lending.lend(system, codes.get(0), new Lending.NewLoan(BorrowerKind.RESIDENT, "Đặng Văn Ba",
						"Ấp Vĩnh Lộc 1", null, today.minusDays(6), today.plusDays(8)));
			});
		OrgUnit last = communes.get(communes.size() - 1);
		if (!last.getId().equals(first.getId())) {
			BookCabinet office = this.cabinets.create(system, new BookCabinets.CabinetData(last.getId(),
					"Tủ sách văn phòng Đảng ủy", LocationKind.OFFICE, "Phòng làm việc chung các đoàn thể", null));
			this.catalogue.add(system, office.getId(), books(BOOKS.subList(6, 13)), today.minusMonths(14));
			this.cabinets.inspect(system, office.getId(), 0,
					new BookCabinets.CabinetState(today.minusMonths(1), false, false, false));
		}
	}

	/** A year of loans, most returned, two out now and one of them overdue. */
	private void loans(Scope system, long cabinetId, LocalDate today) {
		List<String> codes = codes(cabinetId);
		int n = 0;
		for (int month = 10; month >= 1; month--) {
			for (int k = 0; k < 3; k++) {
				String code = codes.get((n * 7) % codes.size());
				String[] reader = READERS.get(n % READERS.size());
				LocalDate lent = today.minusMonths(month).withDayOfMonth(3 + k * 8);
				this.lending.lend(system, code, new Lending.NewLoan(BorrowerKind.RESIDENT, reader[0], reader[1], null,
						lent, lent.plusDays(14)));
				this.lending.giveBack(system, code, lent.plusDays(9 + k));
				n++;
			}
		}
		this.lending.lend(system, codes.get(1), new Lending.NewLoan(BorrowerKind.RESIDENT, "Danh Sóc", "Ấp Xẻo Cạn",
				null, today.minusDays(30), today.minusDays(9)));
		this.lending.lend(system, codes.get(2), new Lending.NewLoan(BorrowerKind.RESIDENT, "Nguyễn Thị Mai",
				"Ấp Vĩnh Lộc 2", null, today.minusDays(3), today.plusDays(11)));
	}

	private List<String> codes(long cabinetId) {
		return this.jdbc.queryForList("select code from book_copy where cabinet_id = ? order by id", String.class,
				cabinetId);
	}

	private static List<Catalogue.Delivered> books(List<Book> list) {
		List<Catalogue.Delivered> out = new ArrayList<>();
		for (Book b : list) {
			out.add(new Catalogue.Delivered(b.title(), b.author(), b.publisher(), b.year(), b.category(), b.copies(),
					List.of()));
		}
		return out;
	}

}
