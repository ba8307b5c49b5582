package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.Effectiveness;
import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelGroup;
import vn.tuyengiao.emulation.ModelLifecycle;
import vn.tuyengiao.emulation.ModelReplication;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.PublicityChannel;
import vn.tuyengiao.emulation.Registration;
import vn.tuyengiao.emulation.RetireReason;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;

/**
 * Evaluation mode: models, exemplars and awards for the demo province, after the province
 * itself is loaded. The first commune gets models in most of its cells (one cell's model
 * sits next to its own Dân vận khéo model, one cell has none, so the coverage and overlap
 * pages have something to show), seed 000's exemplars, a commune award decision and a
 * proposal to the province. Runs only when no model is registered yet.
 */
@Component
@Order(5)
class DemoEmulationLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEmulationLoader.class);

	private final OrgUnits org;

	private final ModelService models;

	private final ModelLifecycle lifecycle;

	private final ModelReplication replication;

	private final ExemplarService exemplars;

	private final AwardService awards;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	DemoEmulationLoader(OrgUnits org, ModelService models, ModelLifecycle lifecycle, ModelReplication replication,
			ExemplarService exemplars, AwardService awards, TransactionTemplate tx, JdbcTemplate jdbc,
			DemoDataDone done, Clock clock) {
		this.clock = clock;
		this.org = org;
		this.done = done;
		this.models = models;
		this.lifecycle = lifecycle;
		this.replication = replication;
		this.exemplars = exemplars;
		this.awards = awards;
		this.tx = tx;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from emulation_model", Integer.class);
		Scope system = Scope.system();
		List<OrgUnit> roots = this.org.roots(system);
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("models, exemplars and awards",
				() -> this.tx.executeWithoutResult(status -> load(system, roots.get(0))));
	}

	private void load(Scope system, OrgUnit province) {
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.isEmpty()) {
			return;
		}
		int year = LocalDate.now(this.clock).getYear();
		int count = 0;
		for (int c = 0; c < Math.min(3, communes.size()); c++) {
			OrgUnit commune = communes.get(c);
			List<OrgUnit> cells = this.org.children(system, commune.getId())
				.stream()
				.filter(u -> u.getKind().holdsMembers() && !u.isClosed())
				.toList();
			if (cells.size() < 4) {
				continue;
			}
			// Leave the last cell of each commune without a model, for the coverage page.
			for (int i = 0; i < cells.size() - 1; i++) {
				Idea idea = IDEAS.get((i + c) % IDEAS.size());
				boolean old = i % 3 == 0;
				EmulationModel m = this.models
					.register(system,
							registration(cells.get(i).getId(), idea, Movement.HO_CHI_MINH, null,
									LocalDate.of(old ? year - 2 : year, old ? 3 : 2, 10 + i % 15)))
					.model();
				count++;
				if (i % 4 != 3) {
					m = this.lifecycle.advance(system, m.getId(), m.getVersion(), m.getStartDate().plusDays(20),
							"Chi ủy thống nhất");
					m = this.lifecycle.advance(system, m.getId(), m.getVersion(), m.getStartDate().plusDays(40),
							"Triển khai đến đảng viên");
				}
				if (old && m.getStatus().running()) {
					this.lifecycle.assess(system, m.getId(), year - 1, Effectiveness.GOOD, idea.result(),
							LocalDate.of(year - 1, 12, 15));
					if (i == 9 && LocalDate.now(this.clock).isAfter(LocalDate.of(year, 1, 20))) {
						// Copied by the neighbouring cell.
						this.replication.replicate(system, m.getId(),
								cells.get(i + 1 < cells.size() - 1 ? i + 1 : 1).getId(), LocalDate.of(year, 1, 20),
								"Học tập cách làm của chi bộ bạn");
						count++;
					}
				}
				if (i == 6 && m.getStatus().running()) {
					this.lifecycle.retire(system, m.getId(), m.getVersion(), RetireReason.OUTDATED,
							LocalDate.now(this.clock), "Không còn phù hợp với địa bàn sau sáp nhập");
				}
			}
			// The first cell's Dân vận khéo model and the Women's Union's model, close to
			// its own: the overlap warning.
			this.models.register(system, registration(cells.get(0).getId(), DVK.get(c % DVK.size()),
					Movement.DAN_VAN_KHEO, null, LocalDate.of(year - 1, 5, 1)));
			this.models.register(system, registration(cells.get(1).getId(), IDEAS.get((1 + c) % IDEAS.size()),
					Movement.MASS_ORGANISATION, MassOrganisation.WOMENS_UNION, LocalDate.of(year - 1, 8, 1)));
			count += 2;
			if (c == 0) {
				exemplarsAndAwards(system, commune, cells);
			}
		}
		log.info("Demo models, exemplars and awards loaded: {} models", count);
	}

	private void exemplarsAndAwards(Scope system, OrgUnit commune, List<OrgUnit> cells) {
		LocalDate found = LocalDate.now(this.clock).minusMonths(4);
		long thang = this.exemplars.create(system, new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL,
				cells.get(0).getId(), null, "Lê Văn Thắng",
				"Cựu chiến binh ấp, thuộc hộ nghèo, luôn phấn đấu trong làm ăn để vươn lên, tự xin thoát nghèo; có công hiến đất "
						+ "để xây dựng và mở rộng trụ sở ấp",
				found, DiscoveryMethod.SURVEY, ExemplarCategory.LAND_DONATION, null))
			.getId();
		this.exemplars.create(system,
				new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL, cells.get(1).getId(), null, "Võ Văn Thắng",
						"Hiến đất xây dựng Nhà văn hóa xã", found, DiscoveryMethod.SURVEY,
						ExemplarCategory.LAND_DONATION, null));
		long quy = this.exemplars.create(system, new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL,
				cells.get(2).getId(), null, "Nguyễn Thị Quý",
				"Chi hội Phụ nữ ấp, vận động mạnh thường quân tặng 100 suất quà (mỗi suất trị giá 400.000 đồng) cho hộ nghèo, "
						+ "cận nghèo và học sinh có hoàn cảnh khó khăn",
				found, DiscoveryMethod.VISIT, ExemplarCategory.CHARITY, null))
			.getId();
		this.exemplars.create(system,
				new ExemplarService.NewExemplar(HolderKind.COLLECTIVE, cells.get(3).getId(), null, null,
						"Chi bộ lãnh đạo ấp hoàn thành tiêu chí nông thôn mới kiểu mẫu, không có hộ nghèo", found,
						DiscoveryMethod.CELL_REPORT, ExemplarCategory.ECONOMY, null));
		this.exemplars.addPublicity(system, thang, PublicityChannel.RADIO, found.plusDays(10),
				"Gương cựu chiến binh tự xin thoát nghèo", null);
		this.exemplars.addPublicity(system, quy, PublicityChannel.FACEBOOK, found.plusDays(12),
				"100 suất quà cho hộ nghèo", "https://www.facebook.com/groups/tuyengiao.demo/posts/100");
		List<AwardService.Recipient> recipients = new ArrayList<>();
		recipients.add(AwardService.Recipient.collective(cells.get(0).getId()));
		recipients.add(AwardService.Recipient.collective(cells.get(3).getId()));
		String[] people = { "Lê Văn Thắng", "Nguyễn Thị Quý", "Võ Văn Thắng", "Trần Thị Mai", "Phạm Minh Tuấn" };
		for (int i = 0; i < people.length; i++) {
			recipients.add(AwardService.Recipient.person(people[i], cells.get(i % cells.size()).getId()));
		}
		LocalDate decided = LocalDate.now(this.clock).minusMonths(2);
		this.awards.create(system,
				new AwardService.NewAward(commune.getId(), false, null, AwardForm.CERTIFICATE, "12-QĐ/ĐU", decided,
						"Có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
						null, null, recipients));
		this.awards.create(system,
				new AwardService.NewAward(commune.getId(), true, null, AwardForm.MERIT, "05-TTr/ĐU",
						decided.plusDays(3), "Đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen", null, null,
						List.of(AwardService.Recipient.collective(cells.get(0).getId()),
								AwardService.Recipient.person("Lê Văn Thắng", cells.get(0).getId()))));
	}

	private record Idea(String title, String group, String content, String result) {
	}

	private static final List<Idea> IDEAS = List.of(new Idea("Thắp sáng đường quê", "ENVIRONMENT",
			"Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng",
			"Lắp 85 bóng đèn trên 3,2 km đường liên ấp"),
			new Idea("Tuyến đường hoa nông thôn mới", "ENVIRONMENT",
					"Mỗi hộ trồng và chăm sóc hoa trước nhà; đảng viên phụ trách từng đoạn đường, hằng tháng ra quân dọn vệ sinh",
					"2 km đường hoa, 120 hộ tham gia"),
			new Idea("Heo đất tiết kiệm giúp hộ nghèo", "SOCIAL_WELFARE",
					"Mỗi đảng viên nuôi một heo đất, cuối năm góp lại hỗ trợ hộ nghèo, cận nghèo sửa nhà, mua con giống",
					"Hỗ trợ 6 hộ nghèo, tổng số tiền 18 triệu đồng"),
			new Idea("Tổ tự quản an ninh trật tự", "SECURITY",
					"Tổ tự quản tuần tra ban đêm, phối hợp công an xã phòng chống trộm cắp, tệ nạn xã hội; chạy xe phát loa tuyên truyền",
					"Không để xảy ra trộm cắp tài sản lớn trên địa bàn ấp"),
			new Idea("Đảng viên giúp đảng viên làm kinh tế", "ECONOMY",
					"Đảng viên có kinh nghiệm hướng dẫn kỹ thuật nuôi tôm – lúa cho đảng viên, hộ dân còn khó khăn",
					"12 hộ áp dụng, thu nhập tăng 20%"),
			new Idea("Tủ sách pháp luật tại nhà văn hóa ấp", "CULTURE",
					"Đặt tủ sách pháp luật tại nhà văn hóa ấp; đảng viên thay phiên giới thiệu sách trong sinh hoạt chi bộ",
					"Trên 300 lượt người đọc sách trong năm"),
			new Idea("Khuyến học, khuyến tài", "EDUCATION",
					"Chi bộ vận động quỹ khuyến học, trao học bổng cho học sinh nghèo vượt khó học giỏi vào dịp khai giảng",
					"Trao 25 suất học bổng"),
			new Idea("Sinh hoạt chi bộ kể chuyện Bác", "PARTY_BUILDING",
					"Mỗi kỳ sinh hoạt một đảng viên kể một mẩu chuyện về Bác và rút ra bài học áp dụng vào công việc của mình",
					"12/12 kỳ sinh hoạt có kể chuyện và rút bài học"));

	private static final List<Idea> DVK = List.of(new Idea("Dân vận khéo: thắp sáng đường quê", "ENVIRONMENT",
			"Vận động hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp bóng đèn và tiền điện hằng tháng",
			""),
			new Idea("Dân vận khéo: con đường xanh, sạch, đẹp", "ENVIRONMENT",
					"Vận động nhân dân trồng hoa, dọn vệ sinh tuyến đường, phân loại rác tại hộ gia đình", ""));

	private Registration registration(long unitId, Idea idea, Movement movement, MassOrganisation massOrganisation,
			LocalDate start) {
		ModelGroup group = this.models.groups()
			.stream()
			.filter(g -> g.getCode().equals(idea.group()))
			.findFirst()
			.orElse(this.models.groups().get(0));
		return new Registration(unitId, null, idea.title(), group.getId(), movement, massOrganisation,
				"Địa bàn còn khó khăn; nhân dân mong muốn được cải thiện", "Hoàn thành trong năm, có sản phẩm cụ thể",
				idea.content(), "Địa bàn ấp", "Chi bộ chủ trì; Ban nhân dân ấp, Mặt trận và các đoàn thể phối hợp",
				"Nhân dân đóng góp, ngày công của đảng viên", "Quý I triển khai; quý IV sơ kết", idea.result(), true,
				true, start, null);
	}

}
