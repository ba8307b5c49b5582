package vn.tuyengiao.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.generator.TreeGenerator;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyReport;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;

/**
 * Issue 3's figures: the live campaign roll-up for a province of 200,000 members and for
 * the whole country (5.6M members) through {@link StudyRollup#rollup}, the same call the
 * campaign page, the API and the report make; a cell secretary's checklist save and how
 * soon the roll-up shows it; the province report as DOCX and PDF.
 * <p>
 * Data: a national unit with the generated provinces under it (one of them a 200k
 * province "BX"), a nation-wide campaign, one class per commune-level unit, and
 * attendance for about 93 % of active members, written in bulk. The bulk insert fills the
 * roll-up's kept counts with the same statements the migration uses on existing data;
 * after that, every change in the measured part goes through {@link StudyService} and
 * {@link StudyAttendance}.
 */
final class StudyBench {

	static final String CAMPAIGN_TITLE = "Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026 (đo hiệu năng)";

	private static final int WARMUP = 3;

	private static final int RUNS = 15;

	private final BenchApp app;

	StudyBench(BenchApp app) {
		this.app = app;
	}

	record Data(long centralId, long provinceId, long campaignId, String note) {
	}

	/** The kept data of an earlier run, or null. */
	Data kept() {
		List<Map<String, Object>> c = this.app.jdbc
			.queryForList("select id, owner_unit_id from study_campaign where title = ?", CAMPAIGN_TITLE);
		List<Map<String, Object>> p = this.app.jdbc.queryForList("select id from org_unit where short_code = 'BX'");
		if (c.isEmpty() || p.isEmpty()) {
			return null;
		}
		return new Data(((Number) c.get(0).get("owner_unit_id")).longValue(), ((Number) p.get(0).get("id")).longValue(),
				((Number) c.get(0).get("id")).longValue(), "Kept the data of an earlier run (--keep-data).");
	}

	Data load(long members, long provinceMembers) {
		OrgService org = this.app.bean(OrgService.class);
		TransactionTemplate tx = this.app.bean(TransactionTemplate.class);
		LocalDate from = LocalDate.of(2020, 1, 1);
		OrgUnit central = tx.execute(s -> org.create(Scope.system(),
				new NewUnit(null, OrgUnitKind.CENTRAL_COMMITTEE, "Ban Chấp hành Trung ương", "TW", "TW", from)));
		long t0 = System.nanoTime();
		BulkLoader.Loaded country = new BulkLoader(this.app).under(central.getId(), central.getPath(), 0)
			.load(TreeGenerator.scale(members - provinceMembers, 1), null,
					n -> System.err.printf(Locale.ROOT, "bench: loaded %,d members%n", n));
		BulkLoader.Loaded province = new BulkLoader(this.app).under(central.getId(), central.getPath(), 0)
			.load(TreeGenerator.scale(provinceMembers, 7),
					new BulkLoader.Rewrite("AG", "BX", "91", "99", " (bench " + provinceMembers / 1000 + "k)"),
					n -> System.err.printf(Locale.ROOT, "bench: loaded %,d province members%n", n));
		long loaded = System.nanoTime();

		StudyService study = this.app.bean(StudyService.class);
		LocalDate today = LocalDate.now();
		LocalDate start = today.withDayOfYear(1);
		StudyCampaign campaign = tx.execute(s -> study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(central.getId(), CAMPAIGN_TITLE, DocumentKind.THEMATIC_TOPIC,
						"Kế hoạch số 01-KH/BTGTW (đo hiệu năng)", start, today.withDayOfYear(today.lengthOfYear()),
						null, EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS), false)));
		// One class per commune-level unit (the level that holds classes after 2025), on
		// a day of this year.
		int sessions = this.app.jdbc.update(
				"""
						insert into study_session (campaign_id, organiser_unit_id, title, format, held_on, place, audiences, make_up, version, created_at)
						select ?, u.id, 'Hội nghị học tập chuyên đề năm ' || ?, 'IN_PERSON', ?, 'Hội trường ' || u.name, 'PARTY_MEMBERS,UNION_MEMBERS',
						       false, 0, current_timestamp
						from org_unit u where u.depth = 2""",
				campaign.getId(), today.getYear(),
				java.sql.Date.valueOf(start.plusDays((today.getDayOfYear() - 1) / 2)));
		String attendanceNote = attend(campaign.getId());
		this.app.analyze();
		String note = "National unit \"Ban Chấp hành Trung ương\" with `TreeGenerator.scale("
				+ (members - provinceMembers) + ", 1)` (" + country.roots().size() + " provinces, "
				+ Stats.n(country.units()) + " units, " + Stats.n(country.members())
				+ " members) and one 200k province `TreeGenerator.scale(" + provinceMembers + ", 7)` renamed BX ("
				+ Stats.n(province.units()) + " units, " + Stats.n(province.members()) + " members), "
				+ "bulk-loaded in " + Stats.s((loaded - t0) / 1e6) + " s; campaign with " + Stats.n(sessions)
				+ " classes (one per commune-level unit); " + attendanceNote;
		return new Data(central.getId(), province.roots().get("BX"), campaign.getId(), note);
	}

	/**
	 * Writes the campaign's attendance in bulk (about 93 % of active members, a tenth of
	 * the exempt, at their commune's class), union-member populations and headcounts,
	 * then fills the kept counts with the migration's statements. Skipped when the
	 * campaign already has attendance (a kept dataset).
	 */
	String attend(long campaignId) {
		Long done = this.app.jdbc.queryForObject("select count(*) from campaign_attendee where campaign_id = ?",
				Long.class, campaignId);
		if (done != null && done > 0) {
			return "attendance kept from an earlier run.";
		}
		long t0 = System.nanoTime();
		Long rows = this.app.jdbc.queryForObject(
				"""
						select count(*) from session_attendance a join study_session s on s.id = a.session_id where s.campaign_id = ?""",
				Long.class, campaignId);
		if (rows != null && rows > 0) {
			long t = System.nanoTime();
			this.app.analyze();
			fillKeptCountsAfterBulkLoad(this.app.jdbc, campaignId);
			long counted = System.nanoTime();
			this.app.analyze();
			return Stats.n(rows)
					+ " attendance rows kept from an earlier run; kept counts filled by the migration's statements in "
					+ Stats.s((counted - t) / 1e6) + " s.";
		}
		// The commune is the third id of the path "/central/province/commune/…";
		// shallower units have none.
		int attendance = this.app.jdbc
			.update("""
					insert into session_attendance (session_id, member_id, unit_id, recorded_by, recorded_at)
					select s.id, m.id, m.unit_id, 'bench', current_timestamp
					from member m join org_unit u on u.id = m.unit_id
					join study_session s on s.campaign_id = ? and s.organiser_unit_id = cast(nullif(split_part(u.path, '/', 4), '') as bigint)
					where (m.status = 'ACTIVE' and mod(m.id * 7919, 100) < 93) or (m.status = 'EXEMPT' and mod(m.id, 10) = 0)""",
					campaignId);
		this.app.jdbc.update("delete from audience_population where campaign_id = ?", campaignId);
		int population = this.app.jdbc.update("""
				insert into audience_population (campaign_id, unit_id, audience, population)
				select ?, u.id, 'UNION_MEMBERS', 300 + mod(u.id * 31, 400) from org_unit u where u.depth = 2""",
				campaignId);
		this.app.jdbc.update(
				"delete from session_headcount where session_id in (select id from study_session where campaign_id = ?)",
				campaignId);
		this.app.jdbc.update("""
				insert into session_headcount (session_id, unit_id, audience, attended)
				select s.id, s.organiser_unit_id, 'UNION_MEMBERS', 250 + mod(s.organiser_unit_id * 31, 300)
				from study_session s where s.campaign_id = ?""", campaignId);
		long written = System.nanoTime();
		fillKeptCountsAfterBulkLoad(this.app.jdbc, campaignId);
		long counted = System.nanoTime();
		this.app.analyze();
		return Stats.n(attendance) + " attendance rows and " + Stats.n(population)
				+ " union-member populations written in " + Stats.s((written - t0) / 1e6)
				+ " s; kept counts filled by the migration's statements in " + Stats.s((counted - written) / 1e6)
				+ " s.";
	}

	/**
	 * Fills a campaign's kept counts from its attendance rows, with the statements the V4
	 * migration used on existing data. Only for attendance written in bulk outside the
	 * application (this benchmark's loader); the application itself keeps the counts in
	 * step on every change and never needs this.
	 */
	private static void fillKeptCountsAfterBulkLoad(org.springframework.jdbc.core.JdbcTemplate jdbc, long campaignId) {
		jdbc.update("delete from campaign_tally where campaign_id = ?", campaignId);
		jdbc.update("delete from campaign_attendee where campaign_id = ?", campaignId);
		jdbc.update("""
				insert into campaign_attendee (campaign_id, member_id, unit_id, first_on)
				select campaign_id, member_id, unit_id, held_on from (
				    select s.campaign_id, a.member_id, a.unit_id, s.held_on,
				           row_number() over (partition by s.campaign_id, a.member_id order by s.held_on, s.id) as n
				    from session_attendance a join study_session s on s.id = a.session_id where s.campaign_id = ?) x
				where n = 1""", campaignId);
		jdbc.update(
				"""
						insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path)
						select a.campaign_id, a.unit_id, a.first_on, count(*), u.path from campaign_attendee a join org_unit u on u.id = a.unit_id
						where a.campaign_id = ? group by a.campaign_id, a.unit_id, a.first_on, u.path""",
				campaignId);
	}

	Result run(Data d) {
		StudyRollup rollup = this.app.bean(StudyRollup.class);
		OrgUnits org = this.app.bean(OrgUnits.class);
		Result r = new Result("Học tập / Study campaign roll-up (PostgreSQL)");
		r.line("- " + d.note());
		OrgUnit province = org.get(d.provinceId());
		Scope national = Scope.system();
		Scope provincial = new Scope("bench.tinh", province.getPath(), province.getId(), true, true, false);

		List<String> lines = new ArrayList<>();
		lines.add("| Roll-up (" + RUNS + " runs after " + WARMUP
				+ " warm-up) | members in scope | load avg | p50 | p95 | max |");
		lines.add("|---|---|---|---|---|---|");
		Stats provinceStats = time(() -> rollup.rollup(provincial, d.campaignId(), d.provinceId(), null));
		StudyRollup.Node pn = rollup.rollup(provincial, d.campaignId(), d.provinceId(), null);
		lines.add(row("province BX, `rollup(scope, campaign, province, today)`", pn, provinceStats));
		Stats nationalStats = time(() -> rollup.rollup(national, d.campaignId(), d.centralId(), null));
		StudyRollup.Node nn = rollup.rollup(national, d.campaignId(), d.centralId(), null);
		lines.add(row("whole country, `rollup(scope, campaign, national unit, today)`", nn, nationalStats));
		// An earlier date, before the 2025 mergers: today's kept counts corrected by the
		// members whose standing changed since (MemberStanding.asOfByCurrentTree).
		LocalDate beforeMergers = LocalDate.of(2025, 6, 30);
		Stats asOfStats = time(() -> rollup.rollup(provincial, d.campaignId(), d.provinceId(), beforeMergers));
		StudyRollup.Node an = rollup.rollup(provincial, d.campaignId(), d.provinceId(), beforeMergers);
		lines.add(row("province BX as of 30/06/2025, `rollup(scope, campaign, province, 2025-06-30)`", an, asOfStats));
		Stats nationalAsOfStats = time(() -> rollup.rollup(national, d.campaignId(), d.centralId(), beforeMergers));
		StudyRollup.Node nan = rollup.rollup(national, d.campaignId(), d.centralId(), beforeMergers);
		lines.add(row("whole country as of 30/06/2025, `rollup(scope, campaign, national unit, 2025-06-30)`", nan,
				nationalAsOfStats));
		lines.forEach(r::line);
		r.line("");
		r.line(asOfCheck(province.getPath(), beforeMergers));
		r.line("- National figures: " + nn.members().ratio() + " đảng viên tiếp thu, " + nn.members().rate() + " (tổng "
				+ Stats.n(nn.members().total()) + ", miễn " + Stats.n(nn.members().exempt()) + ", đi làm ăn xa "
				+ Stats.n(nn.members().away()) + "), " + nn.children().size() + " provinces, " + Stats.n(nn.sessions())
				+ " classes.");

		// Correctness: the kept counts against a full recount from the raw rows.
		long t = System.nanoTime();
		long recount = this.app.jdbc.queryForObject("""
				select count(distinct a.member_id) from session_attendance a join study_session s on s.id = a.session_id
				where s.campaign_id = ?""", Long.class, d.campaignId());
		long members = this.app.jdbc.queryForObject(
				"select count(*) from member where " + MemberStanding.onRollStatusSql("status"), Long.class);
		double recountMs = (System.nanoTime() - t) / 1e6;
		r.line("- Check: a full recount from the raw rows (`count(distinct member_id)` over all attendance, and members by status) gives "
				+ Stats.n(recount) + " attended of " + Stats.n(members) + " on the roll; the roll-up says "
				+ Stats.n(nn.members().attended()) + " of " + Stats.n(nn.members().total()) + " — "
				+ (recount == nn.members().attended() && members == nn.members().total() ? "equal" : "**different**")
				+ ". The recount alone takes " + Stats.ms(recountMs)
				+ " ms, which is why the roll-up reads kept counts.");

		// Live: a cell secretary's checklist, then the roll-up at once.
		r.line(liveUpdate(d, provincial));

		// The province report, DOCX and PDF, from this data.
		StudyReport reports = this.app.bean(StudyReport.class);
		DocxRenderer docx = this.app.bean(DocxRenderer.class);
		PdfRenderer pdf = this.app.bean(PdfRenderer.class);
		StudyReport.Request req = new StudyReport.Request(d.campaignId(), d.provinceId(), null, null, null, null);
		Stats docxStats = time(() -> docx.render(reports.build(provincial, req)));
		Stats pdfStats = time(() -> pdf.render(reports.build(provincial, req)));
		PartyDocument doc = reports.build(provincial, req);
		int docxKb = docx.render(doc).length / 1024;
		int pdfKb = pdf.render(doc).length / 1024;
		r.line("");
		r.line("| Province report (build from data + render) | size | p50 | p95 | max |");
		r.line("|---|---|---|---|---|");
		r.line("| DOCX | " + docxKb + " KB | " + Stats.ms(docxStats.p50()) + " ms | " + Stats.ms(docxStats.p95())
				+ " ms | " + Stats.ms(docxStats.max()) + " ms |");
		r.line("| PDF | " + pdfKb + " KB | " + Stats.ms(pdfStats.p50()) + " ms | " + Stats.ms(pdfStats.p95()) + " ms | "
				+ Stats.ms(pdfStats.max()) + " ms |");
		r.line("");
		r.target("Campaign roll-up, province of " + Stats.n(pn.members().total()) + " members, p95", "< 300 ms",
				Stats.ms(provinceStats.p95()) + " ms", provinceStats.p95() < 300);
		r.target("Campaign roll-up, whole country (" + Stats.n(nn.members().total()) + " members), p95", "< 2 s",
				Stats.ms(nationalStats.p95()) + " ms", nationalStats.p95() < 2000);
		r.target("Campaign roll-up as of 30/06/2025 (before the mergers), province of " + Stats.n(an.members().total())
				+ " members then, p95", "< 300 ms", Stats.ms(asOfStats.p95()) + " ms", asOfStats.p95() < 300);
		r.target(
				"Campaign roll-up as of 30/06/2025, whole country (" + Stats.n(nan.members().total())
						+ " members then), p95",
				"< 2 s", Stats.ms(nationalAsOfStats.p95()) + " ms", nationalAsOfStats.p95() < 2000);
		r.target("Province report DOCX / PDF (data + render), p95", "< 2 s each",
				Stats.ms(docxStats.p95()) + " / " + Stats.ms(pdfStats.p95()) + " ms",
				docxStats.p95() < 2000 && pdfStats.p95() < 2000);
		return r;
	}

	/**
	 * The as-of member counts (kept counts corrected by the members who changed since)
	 * against the recount from every member's periods, per child of the province.
	 */
	private String asOfCheck(String provincePath, LocalDate date) {
		MemberStanding standing = this.app.bean(MemberStanding.class);
		Map<String, Long> kept = new java.util.TreeMap<>();
		Map<String, Long> recount = new java.util.TreeMap<>();
		long t0 = System.nanoTime();
		standing.recountByCurrentTree(provincePath, date, true,
				c -> recount.merge(c.path() + " " + c.status(), c.count(), Long::sum));
		double recountMs = (System.nanoTime() - t0) / 1e6;
		long t1 = System.nanoTime();
		standing.correctedByCurrentTree(provincePath, date, true,
				c -> kept.merge(c.path() + " " + c.status(), c.count(), Long::sum));
		double correctedMs = (System.nanoTime() - t1) / 1e6;
		boolean corrects = standing.correctsByCurrentTree(provincePath, date);
		Long changed = this.app.jdbc.queryForObject("""
				select count(*) from member m join org_unit u on u.id = m.unit_id
				where u.path like ? and m.standing_since > ?""", Long.class, provincePath + "%", date);
		return "- As of " + date + ": members per commune and status from the kept counts corrected by the "
				+ Stats.n(changed == null ? 0 : changed)
				+ " members of the province whose cell or status changed since (and those who left its cells), against a recount from every member's periods: "
				+ (kept.equals(recount) ? "equal" : "**different**") + " (" + recount.size()
				+ " commune × status figures); one run of each takes " + Stats.ms(correctedMs) + " ms (corrected) and "
				+ Stats.ms(recountMs) + " ms (recount). The roll-up takes the " + (corrects ? "correction" : "recount")
				+ " here (`MemberStanding.correctsByCurrentTree`: the correction when fewer than one member in 6 "
				+ "under the root changed since).";
	}

	private String liveUpdate(Data d, Scope provincial) {
		StudyAttendance study = this.app.bean(StudyAttendance.class);
		StudyRollup rollup = this.app.bean(StudyRollup.class);
		Map<String, Object> cell = this.app.jdbc.queryForMap(
				"""
						select m.unit_id, count(*) n from member m join org_unit u on u.id = m.unit_id
						where u.path like ? and m.status = 'ACTIVE' group by m.unit_id having count(*) >= 30 order by m.unit_id limit 1""",
				this.app.jdbc.queryForObject("select path from org_unit where id = ?", String.class, d.provinceId())
						+ "%");
		long cellId = ((Number) cell.get("unit_id")).longValue();
		String cellPath = this.app.jdbc.queryForObject("select path from org_unit where id = ?", String.class, cellId);
		long communeId = Long.parseLong(cellPath.split("/")[3]);
		long sessionId = this.app.jdbc.queryForObject(
				"select id from study_session where campaign_id = ? and organiser_unit_id = ?", Long.class,
				d.campaignId(), communeId);
		java.sql.Date heldOn = this.app.jdbc.queryForObject("select held_on from study_session where id = ?",
				java.sql.Date.class, sessionId);
		// Members on the roll on the class date (some generated members joined or changed
		// status after it).
		List<Long> ids = this.app.jdbc.queryForList(
				"""
						select id from member where unit_id = ? and status = 'ACTIVE' and join_date <= ? and status_since <= ? order by id""",
				Long.class, cellId, heldOn, heldOn);
		long before = rollup.rollup(provincial, d.campaignId(), d.provinceId(), null).members().attended();
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			List<Long> present = i % 2 == 0 ? ids : ids.subList(0, ids.size() / 2);
			long t = System.nanoTime();
			study.setCellAttendance(provincial, sessionId, cellId, present);
			ms.add((System.nanoTime() - t) / 1e6);
		}
		long half = rollup.rollup(provincial, d.campaignId(), d.provinceId(), null).members().attended();
		study.setCellAttendance(provincial, sessionId, cellId, ids);
		long all = rollup.rollup(provincial, d.campaignId(), d.provinceId(), null).members().attended();
		Stats s = Stats.of(ms);
		return "- Live: a cell secretary saves the checklist of a cell of " + ids.size()
				+ " active members 10 times (all present, " + "then half), `StudyAttendance.setCellAttendance` p50 "
				+ Stats.ms(s.p50()) + " ms, max " + Stats.ms(s.max()) + " ms; the province roll-up right after shows "
				+ Stats.n(half) + " attended with half the cell ticked and " + Stats.n(all) + " with all ticked ("
				+ (all - half == ids.size() - ids.size() / 2 ? "the difference is exactly the unticked members"
						: "**unexpected difference**")
				+ "; before the runs: " + Stats.n(before) + "). No rebuild step exists.";
	}

	private Stats time(Runnable work) {
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < WARMUP + RUNS; i++) {
			long t = System.nanoTime();
			work.run();
			if (i >= WARMUP) {
				ms.add((System.nanoTime() - t) / 1e6);
			}
		}
		return Stats.of(ms);
	}

	private static String row(String what, StudyRollup.Node n, Stats s) {
		return "| " + what + " | " + Stats.n(n.members().total()) + " | " + Stats.loadAverage() + " | "
				+ Stats.ms(s.p50()) + " ms | " + Stats.ms(s.p95()) + " ms | " + Stats.ms(s.max()) + " ms |";
	}

}
