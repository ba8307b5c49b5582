package vn.tuyengiao.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * A district of seed 004 for the reporting tests: Huyện ủy Giồng Trôm with its 13
 * communes, a register for the district's Ban Tuyên giáo and for each commune's Đảng ủy,
 * and an officer for the district and for two communes. {@code tag} keeps codes and user
 * names apart between test classes sharing the database.
 */
record GiongTrom(OrgUnit district, List<OrgUnit> communes, IssuingBody btghu, Map<Long, IssuingBody> bodies,
		Scope district0, Scope myThanh, Scope luongHoa, String tag) {

	static final List<String> COMMUNES = List.of("Mỹ Thạnh", "Lương Hòa", "Lương Quới", "Lương Phú", "Châu Hòa",
			"Châu Bình", "Thuận Điền", "Hưng Lễ", "Hưng Nhượng", "Hưng Phong", "Phong Nẫm", "Phước Long", "Tân Thanh");

	static GiongTrom build(String tag, long provinceId, OrgService org, DocumentRegister register, UserService users) {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit district = org.create(system, new NewUnit(provinceId, OrgUnitKind.DISTRICT_COMMITTEE,
				"Huyện ủy Giồng Trôm " + tag, "R." + tag, "HU", from));
		IssuingBody btghu = register.createBody(system, district.getId(), "Ban Tuyên giáo Huyện ủy", "BTGHU",
				"HUYỆN ỦY GIỒNG TRÔM", "Giồng Trôm");
		register.createTerm(system, district.getId(), "Nhiệm kỳ 2015–2030", from, null);
		List<OrgUnit> communes = new ArrayList<>();
		Map<Long, IssuingBody> bodies = new java.util.HashMap<>();
		int i = 0;
		for (String name : COMMUNES) {
			OrgUnit c = org.create(system, new NewUnit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy xã " + name, "R." + tag + "." + (++i), "ĐU", from));
			communes.add(c);
			if (i <= 2) {
				IssuingBody b = register.createBody(system, c.getId(), "Đảng ủy xã " + name, "ĐU", null, name);
				register.createTerm(system, c.getId(), "Nhiệm kỳ 2015–2030", from, null);
				bodies.put(c.getId(), b);
			}
		}
		String t = tag.toLowerCase(java.util.Locale.ROOT);
		users.create(system, new UserService.NewUser("gt." + t, "Cán bộ huyện", Role.OFFICER, district.getId(),
				Fixture.PASSWORD, false));
		users.create(system, new UserService.NewUser("mt." + t, "Cán bộ Mỹ Thạnh", Role.OFFICER,
				communes.get(0).getId(), Fixture.PASSWORD, false));
		users.create(system, new UserService.NewUser("lh." + t, "Cán bộ Lương Hòa", Role.OFFICER,
				communes.get(1).getId(), Fixture.PASSWORD, false));
		return new GiongTrom(district, communes, btghu, bodies, users.scopeOf("gt." + t), users.scopeOf("mt." + t),
				users.scopeOf("lh." + t), tag);
	}

	OrgUnit myThanhUnit() {
		return this.communes.get(0);
	}

	OrgUnit luongHoaUnit() {
		return this.communes.get(1);
	}

	/**
	 * Công văn 124-CV/BTGHU ngày 23/02/2017 asking the 13 communes for the one-year
	 * review.
	 */
	Incoming registerRequest(IncomingRegister incoming, LocalDate deadline) {
		return incoming.register(this.district0,
				new IncomingRegister.IncomingForm(this.district.getId(), "124-CV/BTGHU", LocalDate.of(2017, 2, 23),
						LocalDate.of(2017, 2, 23), null, "Ban Tuyên giáo Huyện ủy Giồng Trôm",
						"V/v báo cáo sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII"),
				null,
				new IncomingRegister.RequestForm(this.district.getId(), this.district.getId(),
						List.of(OrgUnitKind.COMMUNE_COMMITTEE), ReportType.PRELIMINARY_REVIEW,
						"sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII",
						LocalDate.of(2016, 5, 15), LocalDate.of(2017, 2, 28), deadline, null));
	}

	/**
	 * The unit drafts its report for the obligation, writes the sections (results,
	 * strengths, shortcomings, tasks, recommendations, in the skeleton's order) and
	 * issues it; returns the draft's id.
	 */
	static long writeAndIssue(Consolidation consolidation, ReportDrafts drafts, Scope scope, long obligationId,
			List<String> sections) {
		long draft = consolidation.start(scope, obligationId, null).draftId();
		return fillAndIssue(drafts, scope, draft, sections);
	}

	/** The headings the sections are written under, in order (skeleton or template). */
	static final List<String> SECTION_HEADINGS = List.of("ket qua", "mat duoc", "han che", "phuong huong", "kien nghi");

	static long fillAndIssue(ReportDrafts drafts, Scope scope, long draft, List<String> sections) {
		ReportDrafts.Draft d = drafts.get(scope, draft);
		// Each section's text replaces the first paragraph or item under its heading,
		// whether the draft is the empty skeleton or drafted from a report template.
		List<vn.tuyengiao.report.Block> body = d.document().body();
		Map<Integer, String> texts = new java.util.HashMap<>();
		for (int s = 0; s < sections.size(); s++) {
			if (sections.get(s) == null) {
				continue;
			}
			int at = -1;
			for (int i = 0; i < body.size() && at < 0; i++) {
				if (body.get(i) instanceof vn.tuyengiao.report.Block.Heading h
						&& vn.tuyengiao.text.VietnameseText.fold(h.text()).contains(SECTION_HEADINGS.get(s))) {
					for (int j = i + 1; j < body.size() && at < 0; j++) {
						if (body.get(j) instanceof vn.tuyengiao.report.Block.Paragraph
								|| body.get(j) instanceof vn.tuyengiao.report.Block.Item) {
							at = j;
						}
					}
				}
			}
			texts.put(at, sections.get(s));
		}
		var saved = drafts.save(scope, draft, d.entry().getVersion(), texts);
		drafts.issue(scope, draft, saved.getVersion(), false);
		return draft;
	}

}
