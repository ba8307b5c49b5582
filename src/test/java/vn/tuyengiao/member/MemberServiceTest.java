package vn.tuyengiao.member;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MemberServiceTest {

	@Autowired
	MemberService members;

	@Autowired
	MemberSearch search;

	@Autowired
	UserService users;

	@Autowired
	vn.tuyengiao.org.OrgService orgService;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void searchIgnoresDiacriticsUnicodeFormAndTonePlacement() {
		assertThat(names("nguyen van thang")).contains("Nguyễn Văn Thắng").doesNotContain("Lê Văn Thắng");
		assertThat(names(Normalizer.normalize("Nguyễn Văn Thắng", Normalizer.Form.NFD))).contains("Nguyễn Văn Thắng");
		assertThat(names("tran thi hoa")).contains("Trần Thị Hòa");
		assertThat(names("Trần Thị Hoà")).contains("Trần Thị Hòa");
		assertThat(names("TRẦN THỊ HÒA")).contains("Trần Thị Hòa");
		assertThat(names("thang")).contains("Nguyễn Văn Thắng", "Lê Văn Thắng", "Võ Văn Thắng");
	}

	@Test
	void searchStaysInsideTheUsersScope() {
		Scope vbb = this.users.scopeOf("canbo.vbb");
		var rows = this.search.search(vbb, new MemberSearch.Query("thang", null, null, null, null, false), 0, 50)
			.rows();
		assertThat(rows).extracting(MemberSearch.Row::fullName)
			.contains("Nguyễn Văn Thắng")
			.doesNotContain("Lê Văn Thắng", "Võ Văn Thắng");
		assertThatThrownBy(() -> this.search.search(vbb,
				new MemberSearch.Query(null, this.fx.cellCc(), null, null, null, false), 0, 50))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
	}

	@Test
	void filtersByStatusAndRetiredCadre() {
		var cell = this.orgService.create(this.system,
				new vn.tuyengiao.org.UnitCommands.NewUnit(this.fx.communePd(), vn.tuyengiao.org.OrgUnitKind.CELL,
						"Chi bộ ấp Cái Chanh 3", "T.FI.CC3", "CB", LocalDate.of(2025, 7, 1)));
		add("Lê Văn Năm", "93500001", cell.getId(), MemberStatus.ACTIVE, true);
		add("Võ Thị Sáu", "93500002", cell.getId(), MemberStatus.EXEMPT, true);
		add("Đặng Văn Bảy", "93500003", cell.getId(), MemberStatus.AWAY, false);
		add("Hồ Thị Tám", "93500004", cell.getId(), MemberStatus.TRANSFERRED_OUT, false);
		var exempt = this.search.search(this.system,
				new MemberSearch.Query(null, cell.getId(), MemberStatus.EXEMPT, null, null, false), 0, 50);
		assertThat(exempt.rows()).extracting(MemberSearch.Row::fullName).containsExactly("Võ Thị Sáu");
		var retired = this.search.search(this.system,
				new MemberSearch.Query(null, cell.getId(), null, null, true, false), 0, 50);
		assertThat(retired.rows()).extracting(MemberSearch.Row::fullName)
			.containsExactlyInAnyOrder("Lê Văn Năm", "Võ Thị Sáu");
		var onRoll = this.search.search(this.system,
				new MemberSearch.Query(null, cell.getId(), null, null, null, false), 0, 50);
		assertThat(onRoll.rows()).extracting(MemberSearch.Row::fullName).doesNotContain("Hồ Thị Tám").hasSize(3);
		var everyone = this.search.search(this.system,
				new MemberSearch.Query(null, cell.getId(), null, null, null, true), 0, 50);
		assertThat(everyone.total()).isEqualTo(4);
	}

	private void add(String name, String card, long cell, MemberStatus status, boolean retired) {
		this.members.create(this.system,
				new MemberData(name, Gender.MALE, LocalDate.of(1960, 1, 1), card, LocalDate.of(1985, 1, 1),
						LocalDate.of(1986, 1, 1), null, cell, null, null, status, LocalDate.of(2020, 1, 1), retired));
	}

	@Test
	void rulesNameTheFieldThatIsWrong() {
		LocalDate future = LocalDate.now().plusDays(3);
		MemberData bad = new MemberData("Nguyễn Văn Bé", Gender.MALE, LocalDate.of(2010, 1, 1), "93000001", future,
				null, null, this.fx.cellVl1(), null, null, MemberStatus.ACTIVE, null, false);
		assertThatThrownBy(() -> this.members.create(this.system, bad)).isInstanceOfSatisfying(
				InvalidMemberException.class,
				ex -> assertThat(ex.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.contains(org.assertj.core.groups.Tuple.tuple(MemberField.JOIN_DATE, "validation.future"),
							org.assertj.core.groups.Tuple.tuple(MemberField.CARD_NUMBER, "member.cardTaken")));
		MemberData young = new MemberData("Nguyễn Văn Bé", Gender.MALE, LocalDate.of(2000, 1, 1), null,
				LocalDate.of(2015, 1, 1), null, null, this.fx.cellVl1(), null, null, MemberStatus.ACTIVE, null, false);
		assertThatThrownBy(() -> this.members.create(this.system, young)).isInstanceOfSatisfying(
				InvalidMemberException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("member.joinTooYoung"));
	}

	@Test
	void membersBelongOnlyToCells() {
		MemberData atCommune = new MemberData("Đỗ Thị Mai", Gender.FEMALE, LocalDate.of(1980, 1, 1), null,
				LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), null, this.fx.communeVbb(), null, null,
				MemberStatus.ACTIVE, null, false);
		assertThatThrownBy(() -> this.members.create(this.system, atCommune)).isInstanceOfSatisfying(
				InvalidMemberException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("member.unitNotCell"));
	}

	@Test
	void statusChangesKeepHistoryAndCountsAsOfADateFollowIt() {
		Member m = this.members.create(this.system,
				new MemberData("Ngô Văn Phúc", Gender.MALE, LocalDate.of(1975, 4, 1), "93300001",
						LocalDate.of(2000, 5, 19), LocalDate.of(2001, 5, 19), null, this.fx.cellThbm(), "Giáo viên",
						null, MemberStatus.ACTIVE, LocalDate.of(2001, 5, 19), false));
		long before = count(this.fx.cellThbm(), LocalDate.of(2024, 6, 1), MemberStatus.AWAY);
		this.members.changeStatus(this.system, m.getId(), MemberStatus.AWAY, LocalDate.of(2024, 3, 1),
				"Đi làm ăn xa ở Bình Dương", m.getVersion());
		assertThat(count(this.fx.cellThbm(), LocalDate.of(2024, 2, 28), MemberStatus.AWAY)).isEqualTo(before - 0);
		assertThat(count(this.fx.cellThbm(), LocalDate.of(2024, 6, 1), MemberStatus.AWAY)).isEqualTo(before + 1);
		var details = this.members.details(this.system, m.getId());
		assertThat(details.statusHistory()).extracting(MemberStatusPeriod::getStatus)
			.containsExactly(MemberStatus.AWAY, MemberStatus.ACTIVE);
		assertThat(details.statusHistory().get(1).getValidTo()).isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void concurrentEditsAreDetectedNotOverwritten() {
		Member m = this.members.create(this.system,
				new MemberData("Dương Thị Ngọc Ánh", Gender.FEMALE, LocalDate.of(1985, 8, 8), "93300002",
						LocalDate.of(2010, 2, 3), LocalDate.of(2011, 2, 3), null, this.fx.cellThbm(), "Giáo viên", null,
						MemberStatus.ACTIVE, null, false));
		long version = m.getVersion();
		MemberData first = new MemberData("Dương Thị Ngọc Ánh", Gender.FEMALE, LocalDate.of(1985, 8, 8), "93300002",
				LocalDate.of(2010, 2, 3), LocalDate.of(2011, 2, 3), null, null, "Phó Hiệu trưởng", null,
				MemberStatus.ACTIVE, null, false);
		MemberData second = new MemberData("Dương Thị Ngọc Ánh", Gender.FEMALE, LocalDate.of(1985, 8, 8), "93300002",
				LocalDate.of(2010, 2, 3), LocalDate.of(2011, 2, 3), null, null, "Tổ trưởng chuyên môn", null,
				MemberStatus.ACTIVE, null, false);
		this.members.update(this.system, m.getId(), first, version);
		assertThatThrownBy(() -> this.members.update(this.system, m.getId(), second, version))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(409));
		assertThat(this.members.get(this.system, m.getId()).getPosition()).isEqualTo("Phó Hiệu trưởng");
	}

	@Test
	void aViewerCannotChangeAnything() {
		Scope viewer = this.users.scopeOf("xem.pd");
		Member quy = this.members.get(viewer, this.fx.quyCc());
		assertThatThrownBy(() -> this.members.changeStatus(viewer, quy.getId(), MemberStatus.AWAY, LocalDate.now(),
				null, quy.getVersion()))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.readOnly"));
	}

	private long count(long unit, LocalDate date, MemberStatus status) {
		return this.search.countsAsOf(unit, date).get(status);
	}

	private java.util.List<String> names(String q) {
		return this.search.search(this.system, new MemberSearch.Query(q, null, null, null, null, false), 0, 100)
			.rows()
			.stream()
			.map(MemberSearch.Row::fullName)
			.toList();
	}

}
