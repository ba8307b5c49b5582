package vn.tuyengiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.TreeGenerator;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingDayCounts;
import vn.tuyengiao.meeting.MeetingInput;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * {@code bench --only load}: the data of the Gatling load simulation (issue 18 item 2,
 * {@code bench/load.sh}). A province of {@code --tree-members} members (200,000) under a
 * national unit, bulk-loaded like the study bench; a study campaign with one class per
 * commune and its attendance; six months of completed cell meetings with attendance; a
 * yearly commitments campaign of the province; and the virtual users' accounts, written
 * with their cells, draft meetings and members to {@code secretaries.csv},
 * {@code officers-commune.csv} and {@code officers-province.csv} beside {@code --out}.
 * Every account, meeting draft and campaign is made through the application's services;
 * only the bulk history is plain SQL.
 */
final class LoadData {

	/** The password of every load-test account (printed in the CSV files too). */
	static final String PASSWORD = "TaiThu2026load";

	static final int SECRETARIES = 400;

	static final int COMMUNE_OFFICERS = 120;

	static final int PROVINCE_OFFICERS = 40;

	private final BenchApp app;

	LoadData(BenchApp app) {
		this.app = app;
	}

	Result load(long members, Path dir) throws IOException {
		Result r = new Result("Dữ liệu thử tải / Load-test data (issue 18)");
		String loadAvg = Stats.loadAverage();
		long t0 = System.nanoTime();
		TransactionTemplate tx = this.app.bean(TransactionTemplate.class);
		OrgService org = this.app.bean(OrgService.class);
		LocalDate today = this.app.bean(MeetingService.class).today();
		OrgUnit central = tx.execute(s -> org.create(Scope.system(), new NewUnit(null, OrgUnitKind.CENTRAL_COMMITTEE,
				"Ban Chấp hành Trung ương", "TW", "TW", LocalDate.of(2020, 1, 1))));
		BulkLoader.Loaded province = new BulkLoader(this.app).under(central.getId(), central.getPath(), 0)
			.load(TreeGenerator.scale(members, 7),
					new BulkLoader.Rewrite("AG", "BX", "91", "99", " (bench " + members / 1000 + "k)"),
					n -> System.err.printf(Locale.ROOT, "bench: loaded %,d province members%n", n));
		long provinceId = province.roots().get("BX");
		String path = this.app.jdbc.queryForObject("select path from org_unit where id = ?", String.class, provinceId);
		long loaded = System.nanoTime();

		long studyId = studyCampaign(tx, central.getId(), today);
		String attendance = new StudyBench(this.app).attend(studyId);
		long studied = System.nanoTime();
		int meetings = meetingHistory(path, today);
		long met = System.nanoTime();
		CommitmentCampaign commitments = tx.execute(s -> this.app.bean(CommitmentService.class)
			.createCampaign(Scope.system(),
					new CommitmentService.NewCampaign(provinceId, today.getYear(), CommitmentKind.YEARLY_COMMITMENT,
							"Cam kết tu dưỡng, rèn luyện, phấn đấu năm " + today.getYear() + " (thử tải)",
							today.withDayOfYear(1), today.plusMonths(1), false, false, null)));
		int secretaries = secretaries(tx, path, today, studyId, commitments.id(), dir.resolve("secretaries.csv"));
		int officers = officers(provinceId, studyId, commitments.id(), dir.resolve("officers-commune.csv"));
		long accounts = System.nanoTime();
		this.app.analyze();
		r.line("- Province `TreeGenerator.scale(" + members + ", 7)` renamed BX under a national unit: "
				+ Stats.n(province.units()) + " units, " + Stats.n(province.members()) + " members, bulk-loaded in "
				+ Stats.s((loaded - t0) / 1e6) + " s (load avg at start " + loadAvg + ").");
		r.line("- Study campaign " + studyId + " with one class per commune; " + attendance + " ("
				+ Stats.s((studied - loaded) / 1e6) + " s)");
		r.line("- " + Stats.n(meetings)
				+ " completed cell meetings (six months, one a month per cell) with attendance, "
				+ Stats.s((met - studied) / 1e6) + " s.");
		r.line("- Commitments campaign " + commitments.id() + " of the province; " + secretaries
				+ " cell secretaries (each with a draft meeting of today), " + officers + " officers, password `"
				+ PASSWORD + "`, in " + Stats.s((accounts - met) / 1e6) + " s; feeders in " + dir + ".");
		return r;
	}

	private long studyCampaign(TransactionTemplate tx, long centralId, LocalDate today) {
		LocalDate start = today.withDayOfYear(1);
		StudyCampaign campaign = tx.execute(s -> this.app.bean(StudyService.class)
			.createCampaign(Scope.system(),
					new StudyService.NewCampaign(centralId, StudyBench.CAMPAIGN_TITLE, DocumentKind.THEMATIC_TOPIC,
							"Kế hoạch số 01-KH/BTGTW (thử tải)", start, today.withDayOfYear(today.lengthOfYear()), null,
							EnumSet.of(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS), false)));
		this.app.jdbc.update(
				"""
						insert into study_session (campaign_id, organiser_unit_id, title, format, held_on, place, audiences, make_up, version, created_at)
						select ?, u.id, 'Hội nghị học tập chuyên đề năm ' || ?, 'IN_PERSON', ?, 'Hội trường ' || u.name, 'PARTY_MEMBERS,UNION_MEMBERS',
						       false, 0, current_timestamp
						from org_unit u where u.depth = 2""",
				campaign.getId(), today.getYear(),
				java.sql.Date.valueOf(start.plusDays((today.getDayOfYear() - 1) / 2)));
		return campaign.getId();
	}

	/**
	 * Six monthly meetings per cell before this month (the third of the month), one
	 * attendance row per member who had joined by then, kept counts set from them, as
	 * {@code GrassrootsBenchTest} does.
	 */
	private int meetingHistory(String path, LocalDate today) {
		LocalDate first = today.withDayOfMonth(3).minusMonths(6);
		int n = this.app.jdbc.update(
				"""
						insert into cell_meeting (unit_id, held_on, kind, topic, content, resolution, story_title, lesson,
						  status, expected_count, present_count, source, created_at, created_by, updated_at, version)
						select u.id, (cast(? as date) + (m || ' month')::interval)::date,
						  case when m % 3 = 2 and u.id % 10 <> 0 then 'THEMATIC' else 'REGULAR' end,
						  case when m % 3 = 2 and u.id % 10 <> 0 then 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' end,
						  'Thông tin thời sự, quán triệt nghị quyết', 'Thực hiện nhiệm vụ tháng',
						  case when (u.id + m) % 25 < 22 then 'Bác Hồ với đức tính tiết kiệm' end,
						  case when (u.id + m) % 25 < 20 then 'Tiết kiệm thời gian, của công' end,
						  'COMPLETED', 0, 0, 'FORM', now(), 'bench', now(), 0
						from org_unit u cross join generate_series(0, 5) m
						where u.path like ? and u.kind in ('CELL', 'GRASSROOTS_CELL')""",
				java.sql.Date.valueOf(first), path + "%");
		this.app.jdbc.update("""
				insert into meeting_attendance (meeting_id, member_id, present, excused)
				select m.id, mb.id, (m.id + mb.id) % 10 <> 0, false
				from cell_meeting m join org_unit u on u.id = m.unit_id join member mb on mb.unit_id = m.unit_id
				where u.path like ? and mb.join_date <= m.held_on and mb.status = 'ACTIVE'""", path + "%");
		this.app.jdbc.update("""
				update cell_meeting m set expected_count = a.expected, present_count = a.present
				from (select meeting_id, count(*) expected, sum(case when present then 1 else 0 end) present
				      from meeting_attendance group by meeting_id) a
				where a.meeting_id = m.id""");
		this.app.bean(MeetingDayCounts.class).refreshSubtree(path);
		this.app.jdbc.execute("vacuum full analyze cell_meeting");
		this.app.jdbc.execute("analyze meeting_attendance");
		this.app.jdbc.execute("vacuum analyze meeting_day_count");
		return n;
	}

	/**
	 * Secretaries of cells spread over the province (at least eight active members each,
	 * one account a cell), each with a draft meeting of today made by
	 * {@link MeetingService#save}: the simulation ticks its attendance.
	 */
	private int secretaries(TransactionTemplate tx, String path, LocalDate today, long studyId, long commitmentsId,
			Path csv) throws IOException {
		UserService users = this.app.bean(UserService.class);
		MeetingService meetings = this.app.bean(MeetingService.class);
		List<Long> cells = this.app.jdbc.queryForList("""
				select u.id from org_unit u
				where u.path like ? and u.kind in ('CELL', 'GRASSROOTS_CELL')
				  and (select count(*) from member m where m.unit_id = u.id and m.status = 'ACTIVE') >= 8
				order by mod(u.id * 7919, 10007), u.id limit ?""", Long.class, path + "%", SECRETARIES);
		List<String> lines = new ArrayList<>();
		lines.add("username,password,cellId,meetingId,sessionId,studyCampaignId,commitmentCampaignId,memberIds");
		int i = 0;
		for (long cell : cells) {
			String username = String.format(Locale.ROOT, "load.bt%03d", ++i);
			tx.executeWithoutResult(s -> users.create(Scope.system(), new UserService.NewUser(username,
					"Bí thư chi bộ " + username, Role.CELL_SECRETARY, cell, PASSWORD, false)));
			CellMeeting draft = tx.execute(
					s -> meetings.save(
							Scope.system(), null, new MeetingInput(cell, today, MeetingKind.REGULAR, null, null, null,
									null, null, null, null, null, null, false, false, List.of(), List.of(), null),
							false));
			String cellPath = this.app.jdbc.queryForObject("select path from org_unit where id = ?", String.class,
					cell);
			long commune = Long.parseLong(cellPath.split("/")[3]);
			Long session = this.app.jdbc.queryForObject(
					"select min(id) from study_session where campaign_id = ? and organiser_unit_id = ?", Long.class,
					studyId, commune);
			List<Long> ids = this.app.jdbc.queryForList(
					"select id from member where unit_id = ? and status = 'ACTIVE' order by id limit 12", Long.class,
					cell);
			lines.add(username + "," + PASSWORD + "," + cell + "," + draft.getId() + "," + session + "," + studyId + ","
					+ commitmentsId + "," + String.join(";", ids.stream().map(String::valueOf).toList()));
		}
		Files.createDirectories(csv.getParent());
		Files.write(csv, lines);
		return cells.size();
	}

	/** Commune officers of different communes, and provincial officers. */
	private int officers(long provinceId, long studyId, long commitmentsId, Path csv) throws IOException {
		UserService users = this.app.bean(UserService.class);
		List<Long> communes = this.app.jdbc.queryForList(
				"select id from org_unit where parent_id = ? order by mod(id * 7919, 10007), id limit ?", Long.class,
				provinceId, COMMUNE_OFFICERS);
		String head = "username,password,unitId,studyCampaignId,commitmentCampaignId";
		List<String> lines = new ArrayList<>(List.of(head));
		int i = 0;
		for (long commune : communes) {
			String username = String.format(Locale.ROOT, "load.xa%03d", ++i);
			users.create(Scope.system(), new UserService.NewUser(username, "Cán bộ tuyên giáo xã " + username,
					Role.OFFICER, commune, PASSWORD, false));
			lines.add(username + "," + PASSWORD + "," + commune + "," + studyId + "," + commitmentsId);
		}
		Files.write(csv.resolveSibling("officers-commune.csv"), lines);
		lines = new ArrayList<>(List.of(head));
		for (int p = 1; p <= PROVINCE_OFFICERS; p++) {
			String username = String.format(Locale.ROOT, "load.tinh%02d", p);
			users.create(Scope.system(), new UserService.NewUser(username, "Cán bộ Ban Tuyên giáo tỉnh " + username,
					Role.OFFICER, provinceId, PASSWORD, false));
			lines.add(username + "," + PASSWORD + "," + provinceId + "," + studyId + "," + commitmentsId);
		}
		Files.write(csv.resolveSibling("officers-province.csv"), lines);
		return communes.size() + PROVINCE_OFFICERS;
	}

}
