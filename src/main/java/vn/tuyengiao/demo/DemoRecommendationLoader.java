package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.Recommendation;
import vn.tuyengiao.recommendation.RecommendationField;
import vn.tuyengiao.recommendation.RecommendationGroups;
import vn.tuyengiao.recommendation.RecommendationService;
import vn.tuyengiao.recommendation.RecommendationService.NewRecommendation;
import vn.tuyengiao.recommendation.RecommendationService.Response;
import vn.tuyengiao.recommendation.RecommendationStatus;
import vn.tuyengiao.recommendation.SourceKind;

/**
 * Evaluation mode: seed 000's five recommendations on the demo province, dated in the
 * last months: the first commune's history team and library (partly resolved), its first
 * cell's daily newspaper (resolved by the post office), a school nurse (forwarded to the
 * People's Committee, still open there), the floating market's rubbish (overdue at the
 * commune), and the documents three communes asked for (grouped, open); plus two
 * near-identical ones of other communes the province is offered to group. Runs only when
 * no recommendation exists.
 */
@Component
@Order(8)
class DemoRecommendationLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRecommendationLoader.class);

	private final OrgUnits org;

	private final RecommendationService service;

	private final RecommendationGroups groups;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	DemoRecommendationLoader(OrgUnits org, RecommendationService service, RecommendationGroups groups,
			TransactionTemplate tx, JdbcTemplate jdbc, DemoDataDone done, Clock clock) {
		this.org = org;
		this.service = service;
		this.groups = groups;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from recommendation", Integer.class);
		Scope system = Scope.system();
		List<OrgUnit> roots = this.org.roots(system);
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("recommendations", () -> this.tx.executeWithoutResult(status -> load(system, roots.get(0))));
	}

	private void load(Scope system, OrgUnit province) {
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.size() < 4) {
			return;
		}
		OrgUnit first = communes.get(0);
		List<OrgUnit> cells = this.org.children(system, first.getId())
			.stream()
			.filter(u -> u.getKind().holdsMembers() && !u.isClosed())
			.toList();
		if (cells.size() < 3) {
			return;
		}
		LocalDate t = LocalDate.now(this.clock);
		long p = province.getId();
		Recommendation history = raise(system, first.getId(), t.minusDays(60), RecommendationField.PARTY_HISTORY,
				"Sưu tầm lịch sử, sách nông nghiệp, thư viện xã",
				"Ban Tuyên giáo Tỉnh ủy thành lập tổ hỗ trợ xã về công tác sưu tầm lịch sử đảng bộ; vận động hỗ trợ sách về "
						+ "nông nghiệp cho xã; kiến nghị với Tỉnh ủy bố trí cho xã xây dựng thư viện",
				p, null);
		answer(system, history, RecommendationStatus.PARTLY_RESOLVED, t.minusDays(30),
				"Đã thành lập tổ hỗ trợ xã sưu tầm lịch sử đảng bộ và chuyển 50 đầu sách nông nghiệp; việc xây dựng thư viện "
						+ "xã chưa bố trí được kinh phí trong năm",
				null);
		Recommendation press = raise(system, cells.get(0).getId(), t.minusDays(50), RecommendationField.PRESS,
				"Phát báo hằng ngày cho chi bộ",
				"Ban Tuyên giáo Tỉnh ủy làm việc với Bưu điện nên phát báo cho chi bộ hàng ngày (hiện nay 1 đến 2 lần/tuần)",
				p, "Bưu điện tỉnh");
		answer(system, press, RecommendationStatus.RESOLVED, t.minusDays(20),
				"Bưu điện tỉnh đã điều chỉnh tuyến phát, báo Nhân Dân và báo của tỉnh đến chi bộ hằng ngày", null);
		Recommendation nurse = raise(system, cells.get(1).getId(), t.minusDays(45),
				RecommendationField.EDUCATION_HEALTH, "Cán bộ y tế học đường",
				"Bố trí cho trường 01 cán bộ có chuyên môn y tế để làm y tế học đường (hiện nay đang bố trí 01 giáo viên dư "
						+ "làm y tế học đường)",
				p, null);
		answer(system, nurse, RecommendationStatus.FORWARDED, t.minusDays(25),
				"Việc bố trí nhân viên y tế trường học thuộc thẩm quyền chính quyền; đã chuyển kiến nghị",
				"Ủy ban nhân dân xã");
		raise(system, cells.get(2).getId(), t.minusDays(70), RecommendationField.ENVIRONMENT, "Rác thải khu chợ nổi",
				"Khu chợ nổi ghe neo đậu thường bỏ rác xuống sông gây ô nhiễm môi trường", first.getId(), null);
		String docs = "Ban Tuyên giáo Tỉnh ủy thời gian tới cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên ở cơ sở "
				+ "trong tiếp thu, học tập nghị quyết (hiện nay 03 đảng viên/cuốn)";
		long d1 = raise(system, first.getId(), t.minusDays(40), RecommendationField.DOCUMENTS,
				"Tài liệu học tập nghị quyết", docs, p, null)
			.getId();
		long d2 = raise(system, communes.get(1).getId(), t.minusDays(38), RecommendationField.DOCUMENTS,
				"Tài liệu nghị quyết cho đảng viên", "Đề nghị " + docs, p, null)
			.getId();
		long d3 = raise(system, communes.get(communes.size() - 1).getId(), t.minusDays(35),
				RecommendationField.DOCUMENTS, "Tài liệu học tập nghị quyết", docs.replace("thời gian tới ", ""), p,
				null)
			.getId();
		this.groups.create(system, docs, List.of(d1, d2, d3));
		String wifi = "Đề nghị hỗ trợ lắp đặt Internet tại nhà văn hóa ấp để chi bộ sinh hoạt trực tuyến và đảng viên "
				+ "sử dụng Sổ tay đảng viên điện tử";
		raise(system, communes.get(2).getId(), t.minusDays(12), RecommendationField.INFRASTRUCTURE,
				"Internet tại nhà văn hóa ấp", wifi, p, null);
		raise(system, communes.get(3).getId(), t.minusDays(9), RecommendationField.INFRASTRUCTURE,
				"Lắp Internet nhà văn hóa ấp", wifi.replace("Đề nghị hỗ trợ", "Kiến nghị hỗ trợ"), p, null);
		log.info("Demo recommendations loaded");
	}

	private Recommendation raise(Scope system, long unit, LocalDate on, RecommendationField field, String subject,
			String body, long addressee, String external) {
		return this.service.raise(system,
				new NewRecommendation(unit, SourceKind.VISIT, null, "Tổ làm việc của Ban Tuyên giáo Tỉnh ủy", on, field,
						subject, body, addressee, external, on.plusDays(30)));
	}

	private void answer(Scope system, Recommendation r, RecommendationStatus status, LocalDate on, String text,
			String forwardedTo) {
		this.service.respond(system, r.getId(), new Response(status, on, text, forwardedTo, null, null, null));
	}

}
