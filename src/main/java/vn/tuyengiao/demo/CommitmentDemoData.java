package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.system.DeploymentMode;

/**
 * Evaluation mode: this year's commitment campaign for the demo province, with a realistic share of commitments
 * handed in, signed by the cell committees and appraised in the commune the demo officer and cell secretary belong
 * to (and a thinner share elsewhere), some returned for more work, some too short or without last year's
 * shortcomings, and a few copied word for word — what the seeds complain about. Runs once, after the province.
 */
@Component
@Order(3)
class CommitmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CommitmentDemoData.class);

	private final CommitmentService commitments;

	private final JdbcTemplate jdbc;

	private final DeploymentMode mode;

	private final boolean enabled;

	CommitmentDemoData(CommitmentService commitments, JdbcTemplate jdbc, DeploymentMode mode,
			@Value("${tuyengiao.demo-data:false}") boolean enabled) {
		this.commitments = commitments;
		this.jdbc = jdbc;
		this.mode = mode;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.mode.isEvaluation()) {
			return;
		}
		Integer campaigns = this.jdbc.queryForObject("select count(*) from commitment_campaign", Integer.class);
		Long province = this.jdbc.query("select id from org_unit where parent_id is null order by id", rs -> rs.next() ? rs.getLong(1) : null);
		if (campaigns == null || campaigns > 0 || province == null) {
			return;
		}
		long started = System.nanoTime();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null, List.of()));
		try {
			load(province);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo commitments loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load(long province) {
		int year = LocalDate.now().getYear();
		Scope officer = new Scope("canbo.tinh", null, null, true, true, true);
		CommitmentCampaign campaign = this.commitments.createCampaign(officer, new CommitmentService.NewCampaign(province, year,
				CommitmentKind.YEARLY_COMMITMENT, null, LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31), false, true,
				GUIDANCE));
		// The demo accounts' commune gets most of the work done; the rest of the province a thinner share.
		String demoCell = this.jdbc.query("select u.path from app_user a join org_unit u on u.id = a.unit_id where a.username = 'bithu'",
				rs -> rs.next() ? rs.getString(1) : null);
		String demoCommune = demoCell == null ? null : demoCell.substring(0, demoCell.indexOf('/', demoCell.indexOf('/', 1) + 1) + 1);
		List<Object[]> members = this.jdbc.query("""
				select m.id, m.full_name, m.position, u.path from member m join org_unit u on u.id = m.unit_id
				where m.status in ('ACTIVE', 'AWAY') order by u.path, m.id""",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) });
		Random random = new Random(2026_01_15L);
		Scope secretary = new Scope("bithu", null, null, true, false, true);
		Scope commune = new Scope("canbo.xa", null, null, true, true, true);
		String copied = null;
		int n = 0;
		for (Object[] m : members) {
			String path = (String) m[3];
			boolean home = demoCommune != null && path.startsWith(demoCommune);
			double share = home ? 0.8 : 0.12;
			if (random.nextDouble() >= share) {
				continue;
			}
			long memberId = (Long) m[0];
			String position = m[2] == null || ((String) m[2]).isBlank() ? "Đảng viên" : (String) m[2];
			double kind = random.nextDouble();
			Commitment c;
			if (kind < 0.05 && copied != null) {
				// Copied word for word from the previous member's text: what copy detection will flag.
				c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft.text(copied), null);
			}
			else if (kind < 0.12) {
				c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft.text(
						"Tôi xin cam kết chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước, "
								+ "giữ gìn phẩm chất đạo đức, lối sống, hoàn thành nhiệm vụ được giao."), null);
			}
			else {
				Map<CommitmentSection, String> sections = sections(position, random);
				if (kind < 0.2) {
					sections.remove(CommitmentSection.SHORTCOMINGS);
				}
				c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft.form(sections), null);
				copied = c.body();
			}
			n++;
			double step = random.nextDouble();
			if (step < 0.7) {
				c = this.commitments.signOff(secretary, c.id(), step < 0.3 ? "Chi ủy đã đọc, thống nhất nội dung" : null, c.version());
				if (home && step < 0.45) {
					boolean passed = step > 0.05;
					this.commitments.appraise(commune, c.id(), passed ? AppraisalResult.PASSED : AppraisalResult.NEEDS_SUPPLEMENT,
							passed ? "Đạt yêu cầu" : "Chưa gắn với nhiệm vụ cụ thể của đảng viên, cần bổ sung chỉ tiêu", c.version());
				}
			}
		}
		log.info("Demo commitment campaign {}: {} commitments", campaign.title(), n);
	}

	private static final String GUIDANCE = """
			I. Về tư tưởng chính trị
			II. Về phẩm chất đạo đức, lối sống
			III. Về thực hiện chức trách, nhiệm vụ được giao
			IV. Về ý thức tổ chức kỷ luật, tính tiên phong, gương mẫu
			V. Khuyết điểm, hạn chế năm trước và biện pháp khắc phục""";

	private static final String[] IDEOLOGY = {
			"Tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng, kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
					+ "thường xuyên học tập, quán triệt nghị quyết của Đảng, không dao động trước luận điệu sai trái trên mạng xã hội.",
			"Kiên định lập trường tư tưởng, chấp hành nghiêm Cương lĩnh, Điều lệ Đảng; tích cực nghiên cứu các văn kiện Đại hội, "
					+ "chủ động đấu tranh phản bác các quan điểm sai trái, thù địch.",
			"Luôn giữ vững bản lĩnh chính trị, tin tưởng vào sự lãnh đạo của Đảng; tham gia đầy đủ các lớp học tập nghị quyết, "
					+ "viết bài thu hoạch nghiêm túc và vận dụng vào công việc hằng ngày." };

	private static final String[] ETHICS = {
			"Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực, khiêm tốn; không tham ô, lãng phí; thực hiện nghiêm những "
					+ "điều đảng viên không được làm, gương mẫu ở gia đình và nơi cư trú.",
			"Rèn luyện đạo đức cách mạng cần, kiệm, liêm, chính, chí công vô tư; sống hòa thuận với bà con lối xóm, vận động "
					+ "người thân chấp hành tốt chủ trương, chính sách ở địa phương." };

	private static final String[] DISCIPLINE = {
			"Chấp hành nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình; sinh hoạt chi bộ đầy đủ, đóng đảng phí "
					+ "đúng quy định; tiên phong, gương mẫu trong các phong trào thi đua của địa phương.",
			"Giữ nghiêm kỷ luật Đảng, tham gia sinh hoạt đầy đủ, đúng giờ; giữ mối liên hệ với chi ủy và nhân dân nơi cư trú, "
					+ "gương mẫu đi đầu trong các phong trào." };

	private static final String[] SHORTCOMINGS = {
			"Năm trước còn hạn chế: có lúc chưa dành thời gian nghiên cứu tài liệu trước khi sinh hoạt chi bộ. Biện pháp khắc "
					+ "phục: bố trí thời gian đọc tài liệu, chuẩn bị ý kiến trước mỗi kỳ sinh hoạt.",
			"Khuyết điểm năm trước: tham gia phát biểu xây dựng chi bộ chưa nhiều, có việc còn chậm. Biện pháp khắc phục: lập kế "
					+ "hoạch công việc từng tháng và nhờ chi ủy nhắc nhở, giúp đỡ." };

	private static Map<CommitmentSection, String> sections(String position, Random r) {
		Map<CommitmentSection, String> s = new EnumMap<>(CommitmentSection.class);
		s.put(CommitmentSection.IDEOLOGY, IDEOLOGY[r.nextInt(IDEOLOGY.length)]);
		s.put(CommitmentSection.ETHICS, ETHICS[r.nextInt(ETHICS.length)]);
		s.put(CommitmentSection.DUTIES, "Với cương vị " + position.toLowerCase(java.util.Locale.ROOT) + ", tôi cam kết hoàn "
				+ "thành tốt nhiệm vụ được giao, xây dựng kế hoạch công tác cụ thể từng quý, phấn đấu năm nay hoàn thành "
				+ (r.nextBoolean() ? "xuất sắc" : "tốt") + " nhiệm vụ và góp phần xây dựng chi bộ trong sạch, vững mạnh.");
		s.put(CommitmentSection.DISCIPLINE, DISCIPLINE[r.nextInt(DISCIPLINE.length)]);
		s.put(CommitmentSection.SHORTCOMINGS, SHORTCOMINGS[r.nextInt(SHORTCOMINGS.length)]);
		return s;
	}

}
