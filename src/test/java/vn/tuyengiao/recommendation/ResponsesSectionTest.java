package vn.tuyengiao.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "recommendation.responses" section for the third quarter of 2026, as Kết luận
 * 215-KL/TW counts it: six recommendations of three communes (three of them the same ask,
 * grouped), answered on time, late, partly, forwarded, one still open past its due date.
 */
@IntegrationTest
class ResponsesSectionTest {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	OrgService orgs;

	@Autowired
	OrgUnits units;

	@Autowired
	RecommendationService service;

	@Autowired
	RecommendationGroups groups;

	@Autowired
	UserService users;

	final Scope system = Scope.system();

	SectionSource section() {
		return this.sources.stream().filter(s -> s.key().equals("recommendation.responses")).findFirst().orElseThrow();
	}

	@Test
	void theQuarterSectionCountsAnswersByEndStateAndGroupsTheSameAsk() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit province = this.orgs.create(this.system,
				new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Sóc Trăng " + n, "ST" + n, "TU", from));
		OrgUnit a = commune(province, "Đảng ủy xã Long Đức", n + ".LD");
		OrgUnit b = commune(province, "Đảng ủy xã Đại Ân 2", n + ".DA");
		OrgUnit c = commune(province, "Đảng ủy xã Trung Bình", n + ".TB");
		SectionContext q3 = new SectionContext(this.system, province.getId(), LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 9, 30));
		assertThat(section().draft(q3)).containsExactly(Block.draft("Từ ngày 01/07/2026 đến ngày 30/09/2026, Tỉnh ủy"
				+ " Sóc Trăng " + n + " và các đơn vị trực thuộc chưa nêu kiến nghị nào."));

		long r1 = raise(a, "2026-07-07", "Cấp bổ sung tài liệu sinh hoạt chi bộ năm 2026", province);
		answer(r1, RecommendationStatus.RESOLVED, "2026-07-20", "Đã cấp 40 bộ tài liệu");
		long r2 = raise(b, "2026-07-10", "Bưu điện giao báo Nhân Dân đúng ngày cho chi bộ ấp", province);
		this.service.respond(this.system, r2,
				new RecommendationService.Response(RecommendationStatus.FORWARDED, LocalDate.parse("2026-08-15"),
						"Chuyển Bưu điện tỉnh xem xét", "Bưu điện tỉnh Sóc Trăng", null, null, 0L));
		long r3 = raise(a, "2026-08-01", "Trang bị tủ sách pháp luật cho nhà văn hóa ấp", province);
		long r4 = raise(b, "2026-08-01", "Trang bị tủ sách pháp luật cho nhà văn hóa các ấp", province);
		long r5 = raise(c, "2026-08-02", "Trang bị tủ sách pháp luật cho nhà văn hóa ấp", province);
		long group = this.groups
			.create(this.system, "trang bị tủ sách pháp luật cho nhà văn hóa ấp", List.of(r3, r4, r5))
			.getId();
		this.groups.respond(this.system, group,
				new RecommendationService.Response(RecommendationStatus.PARTLY_RESOLVED, LocalDate.parse("2026-08-25"),
						"Trang bị trước cho 10 ấp, các ấp còn lại trong năm 2027", null, null, null, null));
		raise(c, "2026-09-05", "Tập huấn nghiệp vụ tuyên giáo cho cán bộ chi bộ", province);
		raise(a, "2026-10-10", "Bổ sung kinh phí hoạt động tủ sách", province);

		List<Block> blocks = section().draft(q3);
		assertThat(blocks.subList(0, 3)).containsExactly(
				Block.draft("Từ ngày 01/07/2026 đến ngày 30/09/2026, các đơn vị đã nêu 06 kiến nghị; đã được trả lời"
						+ " 5/6 kiến nghị, đạt 83,33% (đúng hạn 04, trễ hạn 01). Còn 01 kiến nghị đang chờ trả lời,"
						+ " trong đó 01 kiến nghị đã quá hạn trả lời."),
				Block.draft("Kết quả trả lời: 01 kiến nghị đã được giải quyết; 03 kiến nghị được giải quyết một phần;"
						+ " 01 kiến nghị đã chuyển cơ quan có thẩm quyền giải quyết."),
				Block.draft("Nội dung kiến nghị chủ yếu:"));
		List<String> items = blocks.subList(3, blocks.size()).stream().map(x -> assertItem(x)).toList();
		String la = this.units.label(a);
		String lb = this.units.label(b);
		String lc = this.units.label(c);
		assertThat(items).containsExactly(la + " kiến nghị: Cấp bổ sung tài liệu sinh hoạt chi bộ năm 2026.",
				lb + " kiến nghị: Bưu điện giao báo Nhân Dân đúng ngày cho chi bộ ấp.",
				lc + " kiến nghị: Tập huấn nghiệp vụ tuyên giáo cho cán bộ chi bộ.",
				"Nhiều đơn vị cùng kiến nghị trang bị tủ sách pháp luật cho nhà văn hóa ấp (03 đơn vị: " + la + "; "
						+ lb + "; " + lc + ").");

		Scope sibling = this.users.scopeOf("canbo.vbb");
		assertThatThrownBy(() -> section().draft(new SectionContext(sibling, province.getId(), q3.from(), q3.to())))
			.isInstanceOf(AppException.class);
	}

	static String assertItem(Block b) {
		assertThat(b).isInstanceOf(Block.Item.class);
		assertThat(((Block.Item) b).draft()).isTrue();
		return ((Block.Item) b).text();
	}

	OrgUnit commune(OrgUnit province, String name, String code) {
		return this.orgs.create(this.system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE, name,
				"ST" + code, "ĐU", LocalDate.of(2015, 1, 1)));
	}

	long raise(OrgUnit unit, String on, String body, OrgUnit addressee) {
		return this.service
			.raise(this.system,
					new RecommendationService.NewRecommendation(unit.getId(), SourceKind.UNIT_DIRECT, null, null,
							LocalDate.parse(on), RecommendationField.BOOKS_LIBRARY, body, body, addressee.getId(), null,
							null))
			.getId();
	}

	void answer(long id, RecommendationStatus status, String on, String text) {
		this.service.respond(this.system, id,
				new RecommendationService.Response(status, LocalDate.parse(on), text, null, null, null, 0L));
	}

}
