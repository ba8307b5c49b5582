package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.CommitmentGenerator;

/**
 * Evaluation mode: this year's commitment campaign for the demo province, with a
 * realistic share of commitments handed in, signed by the cell committees and appraised
 * in the commune the demo officer and cell secretary belong to (and a thinner share
 * elsewhere), some returned for more work, some too short or without last year's
 * shortcomings, and a few copied — word for word, or with the sentences moved around and
 * a few words changed — plus one member who handed in last year's text again (last year's
 * campaign is there too): what the seeds complain about and copy detection flags. Runs
 * once, after the province.
 */
@Component
@Order(3)
class CommitmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CommitmentDemoData.class);

	private static final int MEMBERS_PER_TRANSACTION = 200;

	private final CommitmentService commitments;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final DemoDataDone done;

	private final Clock clock;

	CommitmentDemoData(CommitmentService commitments, JdbcTemplate jdbc, TransactionTemplate tx, DemoDataDone done,
			Clock clock) {
		this.clock = clock;
		this.commitments = commitments;
		this.jdbc = jdbc;
		this.tx = tx;
		this.done = done;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer campaigns = this.jdbc.queryForObject("select count(*) from commitment_campaign", Integer.class);
		Long province = this.jdbc.query("select id from org_unit where parent_id is null order by id",
				rs -> rs.next() ? rs.getLong(1) : null);
		if (campaigns == null || campaigns > 0 || province == null) {
			return;
		}
		this.done.loadInBackground("commitments", () -> load(province));
	}

	private void load(long province) {
		int year = LocalDate.now(this.clock).getYear();
		Scope officer = new Scope("canbo.tinh", null, null, true, true, true);
		CommitmentCampaign campaign = this.commitments.createCampaign(officer,
				new CommitmentService.NewCampaign(province, year, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31), false, true, GUIDANCE));
		// The demo accounts' commune gets most of the work done; the rest of the province
		// a thinner share.
		String demoCell = this.jdbc.query(
				"select u.path from app_user a join org_unit u on u.id = a.unit_id where a.username = 'bithu'",
				rs -> rs.next() ? rs.getString(1) : null);
		String demoCommune = demoCell == null ? null
				: demoCell.substring(0, demoCell.indexOf('/', demoCell.indexOf('/', 1) + 1) + 1);
		List<Object[]> members = this.jdbc.query("""
				select m.id, m.full_name, m.position, u.path from member m join org_unit u on u.id = m.unit_id
				where m.status in ('ACTIVE', 'AWAY') order by u.path, m.id""",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) });
		Random random = new Random(2026_01_15L);
		Scope secretary = new Scope("bithu", null, null, true, false, true);
		Scope commune = new Scope("canbo.xa", null, null, true, true, true);
		CommitmentGenerator texts = new CommitmentGenerator(2026_01_15L, 0);
		// Last year's campaign, with the commitments of some members of the demo commune:
		// one of them hands in the
		// same text again this year, which copy detection flags as the member's own last
		// year's text.
		CommitmentCampaign lastYear = this.commitments.createCampaign(officer,
				new CommitmentService.NewCampaign(province, year - 1, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(year - 1, 1, 15), LocalDate.of(year - 1, 3, 31), false, true, GUIDANCE));
		Map<Long, String> lastYears = new java.util.LinkedHashMap<>();
		this.tx.executeWithoutResult(status -> {
			for (Object[] m : members) {
				if (lastYears.size() >= 12 || demoCommune == null || !((String) m[3]).startsWith(demoCommune)) {
					continue;
				}
				long memberId = (Long) m[0];
				Commitment c = this.commitments.save(secretary, lastYear.id(), memberId,
						CommitmentService.Draft.form(sections(position(m), texts.next().text(), random)), null);
				c = this.commitments.signOff(secretary, c.id(), "Chi ủy đã đọc, thống nhất nội dung", c.version());
				this.commitments.appraise(commune, c.id(), AppraisalResult.PASSED, "Đạt yêu cầu", c.version());
				lastYears.put(memberId, c.body());
			}
		});
		// This year's commitments, a few hundred members per transaction (one per service
		// call was most of the time).
		Entry e = new Entry();
		for (int from = 0; from < members.size(); from += MEMBERS_PER_TRANSACTION) {
			List<Object[]> chunk = members.subList(from, Math.min(members.size(), from + MEMBERS_PER_TRANSACTION));
			this.tx.executeWithoutResult(status -> {
				for (Object[] m : chunk) {
					enter(m, e, campaign, demoCommune, lastYears, texts, random, year, secretary, commune);
				}
			});
		}
		log.info("Demo commitment campaign {}: {} commitments", campaign.title(), e.n);
	}

	/**
	 * How far this year's entry has got: whether last year's text was handed in again,
	 * the text to copy, the count.
	 */
	private static final class Entry {

		boolean resubmitted;

		String copied;

		int n;

	}

	private void enter(Object[] m, Entry e, CommitmentCampaign campaign, String demoCommune,
			Map<Long, String> lastYears, CommitmentGenerator texts, Random random, int year, Scope secretary,
			Scope commune) {
		String path = (String) m[3];
		boolean home = demoCommune != null && path.startsWith(demoCommune);
		double share = home ? 0.8 : 0.12;
		if (random.nextDouble() >= share) {
			return;
		}
		long memberId = (Long) m[0];
		String position = position(m);
		double kind = random.nextDouble();
		Commitment c;
		if (!e.resubmitted && lastYears.containsKey(memberId) && kind < 0.5) {
			// Last year's text handed in again.
			c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft
				.text(lastYears.get(memberId).replace(String.valueOf(year - 1), String.valueOf(year))), null);
			e.resubmitted = true;
		}
		else if (kind < 0.03 && e.copied != null) {
			// Copied word for word from the previous member's text.
			c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft.text(e.copied), null);
		}
		else if (kind < 0.08 && e.copied != null) {
			// Copied with the sentences moved around and a few words changed: still
			// flagged.
			c = this.commitments.save(secretary, campaign.id(), memberId,
					CommitmentService.Draft.text(disguise(e.copied, random)), null);
		}
		else if (kind < 0.12) {
			c = this.commitments.save(secretary, campaign.id(), memberId,
					CommitmentService.Draft
						.text("Tôi xin cam kết chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước, "
								+ "giữ gìn phẩm chất đạo đức, lối sống, hoàn thành nhiệm vụ được giao."),
					null);
		}
		else {
			Map<CommitmentSection, String> sections = sections(position, texts.next().text(), random);
			if (kind < 0.2) {
				sections.remove(CommitmentSection.SHORTCOMINGS);
			}
			c = this.commitments.save(secretary, campaign.id(), memberId, CommitmentService.Draft.form(sections), null);
			e.copied = c.body();
		}
		e.n++;
		double step = random.nextDouble();
		if (step < 0.7) {
			c = this.commitments.signOff(secretary, c.id(), step < 0.3 ? "Chi ủy đã đọc, thống nhất nội dung" : null,
					c.version());
			if (home && step < 0.45) {
				boolean passed = step > 0.05;
				this.commitments.appraise(commune, c.id(),
						passed ? AppraisalResult.PASSED : AppraisalResult.NEEDS_SUPPLEMENT,
						passed ? "Đạt yêu cầu" : "Chưa gắn với nhiệm vụ cụ thể của đảng viên, cần bổ sung chỉ tiêu",
						c.version());
			}
		}
	}

	private static final String GUIDANCE = """
			I. Về tư tưởng chính trị
			II. Về phẩm chất đạo đức, lối sống
			III. Về thực hiện chức trách, nhiệm vụ được giao
			IV. Về ý thức tổ chức kỷ luật, tính tiên phong, gương mẫu
			V. Khuyết điểm, hạn chế năm trước và biện pháp khắc phục""";

	private static String position(Object[] m) {
		return m[2] == null || ((String) m[2]).isBlank() ? "Đảng viên" : (String) m[2];
	}

	/**
	 * The form's sections from a generated commitment (the generator's texts are
	 * formulaic the way real ones are, but each is assembled from many interchangeable
	 * clauses and figures, so independent ones are not copies of each other), with the
	 * member's own position opening the duties section.
	 */
	private static Map<CommitmentSection, String> sections(String position, String generated, Random r) {
		Map<CommitmentSection, String> s = new EnumMap<>(CommitmentSection.class);
		CommitmentSection[] order = CommitmentSection.values();
		int current = -1;
		StringBuilder sb = new StringBuilder();
		for (String line : generated.split("\n")) {
			int heading = -1;
			for (int i = 0; i < CommitmentGenerator.SECTION_HEADINGS.length; i++) {
				if (line.strip().equals(CommitmentGenerator.SECTION_HEADINGS[i])) {
					heading = i;
				}
			}
			if (heading >= 0) {
				if (current >= 0) {
					s.put(order[current], sb.toString().strip());
				}
				current = heading;
				sb.setLength(0);
			}
			else if (current >= 0 && current < order.length) {
				if (current == order.length - 1 && sb.length() > 0) {
					break; // the place, date and signature after the last section
				}
				sb.append(line).append(' ');
			}
		}
		if (current >= 0) {
			s.put(order[current], sb.toString().strip());
		}
		s.put(CommitmentSection.DUTIES,
				"Với cương vị " + position.toLowerCase(java.util.Locale.ROOT) + ", tôi cam kết hoàn " + "thành "
						+ (r.nextBoolean() ? "xuất sắc" : "tốt") + " nhiệm vụ được giao. "
						+ s.getOrDefault(CommitmentSection.DUTIES, ""));
		return s;
	}

	/**
	 * A copy made to look different: the sentences of each paragraph shuffled and about
	 * one word in 30 changed.
	 */
	private static String disguise(String text, Random r) {
		String[] substitutes = { "luôn luôn", "tích cực", "nghiêm túc", "chủ động" };
		StringBuilder out = new StringBuilder();
		for (String para : text.split("\n")) {
			List<String> sentences = new java.util.ArrayList<>(List.of(para.split("(?<=\\.) ")));
			java.util.Collections.shuffle(sentences, r);
			out.append(String.join(" ", sentences)).append('\n');
		}
		String[] words = out.toString().split(" ");
		for (int i = 15; i < words.length; i += 30) {
			if (!words[i].contains("\n")) {
				words[i] = substitutes[r.nextInt(substitutes.length)];
			}
		}
		return String.join(" ", words).strip();
	}

}
