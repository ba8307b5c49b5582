package vn.tuyengiao.bookcabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, item 5 for book cabinets: the periodic report's section for a commune with a
 * cabinet in the hamlet's cultural house that lends and one in the committee's office
 * with no loan logged (seed 001), copies by category with the political-theory share.
 */
@IntegrationTest
class CabinetSectionTest {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	BookCabinets cabinets;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Lending lending;

	@Autowired
	OrgService orgs;

	@Autowired
	UserService users;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	final Scope system = Scope.system();

	@Test
	void theSectionSaysWhereTheCabinetsStandCopiesByCategoryLoansAndNamesTheCabinetWithNoLendingLog() {
		String n = "TSB" + System.nanoTime() % 1_000_000;
		LocalDate today = LocalDate.now(this.clock);
		OrgUnit commune = this.orgs.create(this.system, new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Phong Đông", n, "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit cell = this.orgs.create(this.system, new NewUnit(commune.getId(), OrgUnitKind.CELL,
				"Chi bộ ấp Cái Chanh", n + ".CC", "CB", LocalDate.of(2025, 7, 1)));
		BookCabinet office = this.cabinets.create(this.system, new BookCabinets.CabinetData(commune.getId(),
				"Tủ sách văn phòng Đảng ủy", LocationKind.OFFICE, "Trụ sở Đảng ủy xã", "Trần Văn Bảy"));
		BookCabinet hall = this.cabinets.create(this.system, new BookCabinets.CabinetData(cell.getId(),
				"Tủ sách ấp Cái Chanh", LocationKind.PUBLIC_READING, "Nhà văn hóa ấp Cái Chanh", "Nguyễn Thị Hồng"));
		this.catalogue.add(this.system, office.getId(), List.of(new Catalogue.Delivered("Giáo trình lý luận chính trị",
				"Học viện Chính trị quốc gia", "Lý luận chính trị", 2021, BookCategory.POLITICAL_THEORY, 3, List.of())),
				today);
		this.catalogue.add(this.system, hall.getId(),
				List.of(new Catalogue.Delivered("Luật Phòng, chống ma túy", "Quốc hội", "Tư pháp", 2021,
						BookCategory.LAW, 2, List.of(n + "-PCM-01", n + "-PCM-02")),
						new Catalogue.Delivered("Kỹ thuật chăn nuôi gà thả vườn", "Nhiều tác giả", "Nông nghiệp", 2018,
								BookCategory.AGRICULTURE, 3, List.of(n + "-GA-01", n + "-GA-02", n + "-GA-03"))),
				today);
		this.lending.lend(this.system, n + "-PCM-01", new Lending.NewLoan(BorrowerKind.RESIDENT, "Võ Thị Tám",
				"Ấp Cái Chanh", null, today.minusDays(3), today.plusDays(11)));
		this.lending.lend(this.system, n + "-GA-01", new Lending.NewLoan(BorrowerKind.RESIDENT, "Lê Văn Năm",
				"Ấp Cái Chanh", null, today.minusDays(2), today.plusDays(12)));

		SectionSource source = this.sources.stream()
			.filter(s -> s.key().equals("bookcabinet.cabinets"))
			.findFirst()
			.orElseThrow();
		List<Block> blocks = source
			.draft(new SectionContext(this.system, commune.getId(), today.withDayOfYear(1), today));
		List<String> text = blocks.stream()
			.filter(b -> !(b instanceof Block.Table))
			.map(b -> b instanceof Block.Paragraph p ? p.text() : ((Block.Item) b).line())
			.toList();
		assertThat(text.get(0))
			.contains("có 02 tủ sách (01 tủ đặt ở nơi công cộng) với 8 bản sách, trong đó 3 bản "
					+ "sách lý luận chính trị, chiếm 37,50%.")
			.endsWith("Nơi đặt: 01 tủ ở không gian đọc công cộng, 01 tủ trong phòng làm việc, 00 tủ ở nơi khác.");
		assertThat(text).anySatisfy(
				t -> assertThat(t).startsWith("Trong kỳ (từ 01/01/").endsWith("), có 2 lượt mượn của 2 bạn đọc."));
		assertThat(text).anySatisfy(t -> assertThat(t)
			.startsWith("01 tủ sách đặt trong phòng làm việc, không có sổ theo dõi mượn (không ghi lượt mượn nào "
					+ "trong kỳ): Tủ sách văn phòng Đảng ủy (Đảng ủy xã Phong Đông"));
		assertThat(blocks).filteredOn(b -> !(b instanceof Block.Table))
			.allSatisfy(
					b -> assertThat(b instanceof Block.Paragraph p ? p.draft() : ((Block.Item) b).draft()).isTrue());
		List<Block.Table> tables = blocks.stream()
			.filter(Block.Table.class::isInstance)
			.map(Block.Table.class::cast)
			.toList();
		assertThat(tables.get(0).rows()).containsExactly(List.of("Lý luận chính trị", "3", "37,50%"),
				List.of("Pháp luật", "2", "25,00%"), List.of("Nông nghiệp", "3", "37,50%"),
				List.of("Cộng", "8", "100,00%"));
		assertThat(tables.get(1).rows()).hasSize(2)
			.anySatisfy(r -> assertThat(r).contains("Phòng làm việc", "3", "0"))
			.anySatisfy(r -> assertThat(r).contains("Không gian đọc công cộng", "5", "2"));

		// A viewer of another commune cannot draft it.
		assertThatThrownBy(() -> source
			.draft(new SectionContext(this.users.scopeOf("xem.pd"), commune.getId(), today.withDayOfYear(1), today)))
			.isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

}
