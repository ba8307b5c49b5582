package vn.tuyengiao.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;

/**
 * Evaluation mode: two study campaigns of the demo province. This year's Party Congress
 * resolution, finished in spring; and this year's thematic study (chuyên đề năm), still
 * running, with learning essays. Each has the province's online conference, a connection
 * point in every commune, a class per commune and a make-up class. Attendance is filled
 * to realistic rates (85–99% of those who must attend), one commune clearly lagging; the
 * thematic study's essays are handed in and graded by the communes. The campaigns and
 * classes go through the study service; attendance, essays and the roll-up's kept counts
 * are written in bulk, one transaction per campaign, as the demo's members are.
 */
@Component
@Order(4)
class StudyDemoData implements ApplicationRunner {

	/**
	 * Share of those who must attend who attend, commune by commune (in path order); the
	 * third lags.
	 */
	private static final double[] RATES = { 0.97, 0.93, 0.72, 0.95, 0.90 };

	private final StudyService study;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final DemoDataDone done;

	private final Clock clock;

	StudyDemoData(StudyService study, JdbcTemplate jdbc, TransactionTemplate tx, DemoDataDone done, Clock clock) {
		this.study = study;
		this.jdbc = jdbc;
		this.tx = tx;
		this.done = done;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer campaigns = this.jdbc.queryForObject("select count(*) from study_campaign", Integer.class);
		Long province = this.jdbc.query("select id from org_unit where parent_id is null order by id",
				rs -> rs.next() ? rs.getLong(1) : null);
		if (campaigns == null || campaigns > 0 || province == null) {
			return;
		}
		this.done.load("study campaigns", () -> load(province));
	}

	/** An open commune committee under the province. */
	record Commune(long id, String path, String name) {
	}

	private void load(long province) {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		List<Commune> communes = this.jdbc.query(
				"""
						select id, path, name from org_unit where parent_id = ? and kind = 'COMMUNE_COMMITTEE' and valid_to is null
						order by path""",
				(rs, i) -> new Commune(rs.getLong(1), rs.getString(2), rs.getString(3)), province);
		if (communes.isEmpty()) {
			return;
		}
		Scope officer = new Scope("canbo.tinh", null, null, true, true, true);
		Random random = new Random(2026_02_03L);

		// Spring: the resolution of the 14th Party Congress, finished.
		LocalDate congressFrom = today.minusMonths(9).withDayOfMonth(1);
		StudyCampaign congress = this.study.createCampaign(officer,
				new StudyService.NewCampaign(province,
						"Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
						DocumentKind.RESOLUTION, "Kế hoạch số 12-KH/TU của Tỉnh ủy", congressFrom,
						congressFrom.plusMonths(3).minusDays(1), congressFrom.plusMonths(3).minusDays(1),
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		campaign(officer, congress, province, communes, congressFrom.plusDays(9), random, today);

		// Now: this year's thematic study, with essays, still running.
		LocalDate topicFrom = today.minusMonths(3).withDayOfMonth(1);
		LocalDate topicTo = LocalDate.of(year, 12, 31).isAfter(today.plusDays(20)) ? LocalDate.of(year, 12, 31)
				: today.plusMonths(1);
		StudyCampaign topic = this.study
			.createCampaign(officer, new StudyService.NewCampaign(province, "Học tập chuyên đề năm " + year
					+ " “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh”",
					DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 45-KH/TU của Tỉnh ủy", topicFrom, topicTo, topicTo,
					EnumSet.of(Audience.PARTY_MEMBERS, Audience.CADRES), true));
		campaign(officer, topic, province, communes, topicFrom.plusDays(14), random, today);
	}

	/**
	 * The classes of one campaign from {@code first} on (the province's conference and
	 * the communes' connection points that day, each commune's class a week or two later,
	 * a make-up class a month after), then attendance and essays, in one transaction.
	 */
	private void campaign(Scope officer, StudyCampaign c, long province, List<Commune> communes, LocalDate first,
			Random random, LocalDate today) {
		boolean cadres = c.getAudiences().contains(Audience.CADRES);
		EnumSet<Audience> audiences = cadres ? EnumSet.of(Audience.PARTY_MEMBERS, Audience.CADRES)
				: EnumSet.of(Audience.PARTY_MEMBERS);
		this.tx.executeWithoutResult(status -> {
			StudySession host = this.study.createSession(officer,
					new StudyService.NewSession(c.getId(), province, "Hội nghị trực tuyến quán triệt " + subject(c),
							SessionFormat.ONLINE, null, first, "Hội trường Tỉnh ủy (điểm cầu chính)",
							"Đồng chí Phó Bí thư Thường trực Tỉnh ủy; Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
							EnumSet.of(Audience.PARTY_MEMBERS), false));
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> essays = new ArrayList<>();
			List<Object[]> headcounts = new ArrayList<>();
			List<Object[]> populations = new ArrayList<>();
			for (int i = 0; i < communes.size(); i++) {
				Commune commune = communes.get(i);
				String place = commune.name().replaceFirst("^Đảng ủy ", "");
				StudySession point = this.study.createSession(officer,
						new StudyService.NewSession(c.getId(), commune.id(),
								"Điểm cầu " + commune.name() + " — hội nghị trực tuyến của Tỉnh ủy",
								SessionFormat.ONLINE, host.getId(), first, "Hội trường Trung tâm chính trị " + place,
								"Báo cáo viên Tỉnh ủy (trực tuyến)", EnumSet.of(Audience.PARTY_MEMBERS), false));
				StudySession main = this.study.createSession(officer,
						new StudyService.NewSession(c.getId(), commune.id(),
								"Lớp học tập " + subject(c) + " — " + commune.name(), SessionFormat.IN_PERSON, null,
								first.plusDays(7 + i * 2), "Hội trường " + commune.name(),
								"Đồng chí Bí thư " + commune.name() + "; báo cáo viên cấp xã", audiences, false));
				StudySession makeUp = this.study.createSession(officer,
						new StudyService.NewSession(c.getId(), commune.id(),
								"Lớp học bù " + subject(c) + " — " + commune.name(), SessionFormat.IN_PERSON, null,
								first.plusDays(35 + i), "Phòng họp " + commune.name(), "Báo cáo viên cấp xã",
								EnumSet.of(Audience.PARTY_MEMBERS), true));
				double rate = RATES[i % RATES.length];
				attend(c, commune, List.of(), point, main, makeUp, rate, random, today, rows, essays);
				if (cadres) {
					int population = 45 + random.nextInt(40);
					populations.add(new Object[] { c.getId(), commune.id(), Audience.CADRES.name(), population });
					headcounts.add(new Object[] { main.getId(), commune.id(), Audience.CADRES.name(),
							(int) Math.round(population * Math.min(0.99, rate + 0.02)) });
				}
			}
			// The province's own bodies (outside every commune) follow the conference.
			Commune provinceLevel = this.jdbc.query("select id, path, name from org_unit where id = ?",
					rs -> rs.next() ? new Commune(rs.getLong(1), rs.getString(2), rs.getString(3)) : null, province);
			attend(c, provinceLevel, communes, host, host, host, 0.96, random, today, rows, essays);
			Timestamp at = Timestamp.from(Instant.now(this.clock));
			this.jdbc.batchUpdate(
					"insert into session_attendance (session_id, member_id, unit_id, recorded_by, recorded_at) values (?, ?, ?, 'bithu', ?)",
					rows.stream().map(r -> new Object[] { r[0], r[1], r[2], at }).toList());
			this.jdbc.batchUpdate(
					"insert into learning_essay (campaign_id, member_id, submitted_on, grade, appraisal_comment, "
							+ "appraised_by_unit_id, appraised_on) values (?, ?, ?, ?, ?, ?, ?)",
					essays);
			this.jdbc.batchUpdate(
					"insert into audience_population (campaign_id, unit_id, audience, population) values (?, ?, ?, ?)",
					populations);
			this.jdbc.batchUpdate(
					"insert into session_headcount (session_id, unit_id, audience, attended) values (?, ?, ?, ?)",
					headcounts);
			keptCounts(c.getId());
		});
	}

	/**
	 * Who of the commune attended which class: a member active on the class day attends
	 * with the commune's rate — most at the commune's class, some at the connection
	 * point, the rest at the make-up class — and, where the campaign asks for essays,
	 * hands one in, graded by the commune.
	 */
	private void attend(StudyCampaign c, Commune commune, List<Commune> except, StudySession point, StudySession main,
			StudySession makeUp, double rate, Random random, LocalDate today, List<Object[]> rows,
			List<Object[]> essays) {
		// Each status fragment names its date twice.
		List<long[]> members = new ArrayList<>(this.jdbc.query("""
				select m.id, m.unit_id, u.path from member m join org_unit u on u.id = m.unit_id
				where u.path like ? and %s = 'ACTIVE' and %s = 'ACTIVE' order by m.id"""
			.formatted(MemberStanding.statusOnSql("m.id", "?"), MemberStanding.statusOnSql("m.id", "?")), (rs, i) -> {
				String path = rs.getString(3);
				return except.stream().anyMatch(e -> path.startsWith(e.path())) ? null
						: new long[] { rs.getLong(1), rs.getLong(2) };
			}, commune.path() + "%", Date.valueOf(point.getHeldOn()), Date.valueOf(point.getHeldOn()),
				Date.valueOf(makeUp.getHeldOn()), Date.valueOf(makeUp.getHeldOn())));
		members.removeIf(java.util.Objects::isNull);
		for (long[] m : members) {
			if (random.nextDouble() >= rate) {
				continue;
			}
			double where = random.nextDouble();
			StudySession s = where < 0.12 ? point : where < 0.92 ? main : makeUp;
			rows.add(new Object[] { s.getId(), m[0], m[1] });
			if (!c.isEssayRequired() || random.nextDouble() >= 0.9) {
				continue;
			}
			LocalDate submitted = min(s.getHeldOn().plusDays(5 + random.nextInt(20)), today);
			double g = random.nextDouble();
			LocalDate appraised = submitted.plusDays(7 + random.nextInt(14));
			if (g >= 0.93 || appraised.isAfter(today)) {
				essays.add(new Object[] { c.getId(), m[0], Date.valueOf(submitted), null, null, null, null });
				continue;
			}
			String grade = g < 0.16 ? "EXCELLENT" : g < 0.62 ? "GOOD" : g < 0.9 ? "PASS" : "NEEDS_REVISION";
			String comment = switch (grade) {
				case "EXCELLENT" -> "Bài viết sâu sắc, liên hệ sát thực tế địa phương và bản thân";
				case "GOOD" -> "Nắm được nội dung cơ bản, có liên hệ bản thân";
				case "PASS" -> "Đạt yêu cầu; phần liên hệ còn chung chung";
				default -> "Chưa nêu kế hoạch làm theo của cá nhân; đề nghị bổ sung và nộp lại";
			};
			essays.add(new Object[] { c.getId(), m[0], Date.valueOf(submitted), grade, comment, commune.id(),
					Date.valueOf(appraised) });
		}
	}

	/**
	 * The roll-up's kept counts for the bulk-written attendance, as the study module
	 * keeps them on every change (first class per member, tallies per cell and day).
	 */
	private void keptCounts(long campaignId) {
		this.jdbc.update("""
				insert into campaign_attendee (campaign_id, member_id, unit_id, first_on)
				select campaign_id, member_id, unit_id, held_on from (
				    select s.campaign_id, a.member_id, a.unit_id, s.held_on,
				           row_number() over (partition by s.campaign_id, a.member_id order by s.held_on, s.id) as n
				    from session_attendance a join study_session s on s.id = a.session_id where s.campaign_id = ?) x
				where n = 1""", campaignId);
		this.jdbc.update("""
				insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path)
				select a.campaign_id, a.unit_id, a.first_on, count(*), u.path
				from campaign_attendee a join org_unit u on u.id = a.unit_id
				where a.campaign_id = ? group by a.campaign_id, a.unit_id, a.first_on, u.path""", campaignId);
	}

	private static String subject(StudyCampaign c) {
		return c.getDocumentKind() == DocumentKind.THEMATIC_TOPIC ? "chuyên đề năm " + c.getPeriodFrom().getYear()
				: "Nghị quyết Đại hội XIV của Đảng";
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
