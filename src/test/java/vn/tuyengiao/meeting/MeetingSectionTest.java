package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, item 5 for meetings: the section a periodic report drafts for a commune of
 * five cells over quarter I/2026 — seed 000's "Hầu hết các chi bộ trực thuộc đều thực
 * hiện kể mẫu chuyện về Bác" with the count behind "hầu hết" (4/5), meetings held against
 * those due (5 cells × 3 months), the thematic quota, attendance with its formula, the
 * cells lagging named.
 */
@IntegrationTest
class MeetingSectionTest {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	MeetingService meetings;

	@Autowired
	UserService users;

	/** The commune's five cells and the members expected at their meetings. */
	record Commune(long commune, List<Long> cells, List<List<Long>> rolls, String officer, String secretary) {
	}

	/**
	 * Đảng ủy xã Vĩnh Thuận of {@link MeetingWorld} (ấp Vĩnh Phong, whose third member
	 * works away, and ấp Vĩnh Lợi) with three more cells of one member each.
	 */
	private Commune fiveCells() {
		MeetingWorld w = MeetingWorld.build(this.org, this.members, this.users);
		List<Long> cells = new ArrayList<>(List.of(w.cell(), w.sibling()));
		List<List<Long>> rolls = new ArrayList<>(List.of(List.of(w.thang(), w.hoa(), w.ut()), List.of(w.lan())));
		String[][] more = { { "Chi bộ ấp Vĩnh Hòa", "VH", "Lê Văn Hai", "11" },
				{ "Chi bộ ấp Vĩnh Thạnh", "VTH", "Đặng Thị Ba", "12" },
				{ "Chi bộ Trường Tiểu học Vĩnh Thuận", "TH", "Võ Thị Mai", "13" } };
		for (String[] c : more) {
			OrgUnit cell = this.org.create(Scope.system(), new NewUnit(w.commune(), OrgUnitKind.CELL, c[0],
					w.code() + ".VT." + c[1], "CB", LocalDate.of(2025, 7, 1)));
			cells.add(cell.getId());
			rolls.add(List.of(MeetingWorld.member(this.members, c[2], "Bí thư chi bộ", MemberStatus.ACTIVE, null, cell,
					w.code() + c[3])));
		}
		return new Commune(w.commune(), cells, rolls, w.officer(), w.secretary());
	}

	private void meeting(long cell, LocalDate date, MeetingKind kind, List<Long> present, List<Long> absent,
			boolean story) {
		List<MeetingInput.Attendance> rows = new ArrayList<>();
		present.forEach(m -> rows.add(new MeetingInput.Attendance(m, true, null)));
		absent.forEach(m -> rows.add(new MeetingInput.Attendance(m, false, "Đi khám bệnh")));
		long chair = present.get(0);
		this.meetings.save(Scope.system(), null,
				new MeetingInput(cell, date, kind, kind == MeetingKind.THEMATIC ? "Học tập và làm theo Bác" : null,
						chair, chair, null, "Quán triệt nghị quyết, thông tin thời sự", null,
						"Tiếp tục vận động Nhân dân xây dựng nông thôn mới",
						story ? "Bác Hồ với đức tính tiết kiệm" : null,
						story ? "Tiết kiệm thời gian, của công trong công việc hằng ngày" : null, true, true, rows,
						List.of(), null),
				true);
	}

	@Test
	void theCommuneSectionCarriesSeed000sStatementWithItsCountAndNamesTheCellsLagging() {
		Commune w = fiveCells();
		LocalDate jan = LocalDate.of(2026, 1, 6);
		LocalDate feb = LocalDate.of(2026, 2, 3);
		LocalDate mar = LocalDate.of(2026, 3, 3);
		// Four cells tell a story with its lesson at every monthly meeting; the school's
		// cell meets twice, without a story, and holds no thematic meeting.
		for (int i = 0; i < 4; i++) {
			long cell = w.cells().get(i);
			List<Long> roll = w.rolls().get(i);
			List<Long> here = i == 0 ? roll.subList(0, 2) : roll;
			List<Long> away = i == 0 ? roll.subList(2, 3) : List.of();
			meeting(cell, jan, MeetingKind.REGULAR, here, away, true);
			meeting(cell, feb, MeetingKind.REGULAR, i == 0 ? roll.subList(0, 1) : here,
					i == 0 ? roll.subList(1, 3) : away, true);
			meeting(cell, mar, MeetingKind.REGULAR, here, away, true);
			if (i < 3) {
				meeting(cell, LocalDate.of(2026, 3, 20), MeetingKind.THEMATIC, here, away, false);
			}
		}
		meeting(w.cells().get(4), jan, MeetingKind.REGULAR, w.rolls().get(4), List.of(), false);
		meeting(w.cells().get(4), feb, MeetingKind.REGULAR, w.rolls().get(4), List.of(), false);

		SectionSource source = this.sources.stream()
			.filter(s -> s.key().equals("meeting.cell-meetings"))
			.findFirst()
			.orElseThrow();
		assertThat(source.label()).startsWith("Sinh hoạt chi bộ");
		List<Block> blocks = source.draft(new SectionContext(this.users.scopeOf(w.officer()), w.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		List<String> text = blocks.stream().map(MeetingSectionTest::text).toList();

		assertThat(text.get(0)).isEqualTo("Từ ngày 01/01/2026 đến ngày 31/03/2026, 5/5 chi bộ tổ chức sinh hoạt với 17 "
				+ "kỳ sinh hoạt có biên bản hoàn thành, trong đó 14 kỳ sinh hoạt thường kỳ (14/15 kỳ phải tổ chức = 5 chi "
				+ "bộ × 03 tháng, đạt 93,33%) và 03 kỳ sinh hoạt chuyên đề.");
		assertThat(text).anySatisfy(t -> assertThat(t).startsWith(
				"Đa số các chi bộ trực thuộc sinh hoạt chuyên đề ít nhất mỗi quý một lần (3/5 chi bộ). (Chỉ tiêu: mỗi chi "
						+ "bộ ít nhất 01 kỳ sinh hoạt chuyên đề mỗi quý; xét 01 quý đã kết thúc trong kỳ.)"));
		assertThat(text).anySatisfy(t -> assertThat(t).startsWith("Hầu hết các chi bộ trực thuộc đều thực hiện kể mẫu "
				+ "chuyện về Bác trong sinh hoạt định kỳ hàng tháng (4/5 chi bộ). Có 12 kỳ sinh hoạt kể mẫu chuyện về Bác, "
				+ "trong đó 12 kỳ có ghi bài học rút ra"));
		assertThat(text).contains(
				"Hầu hết các chi bộ trực thuộc đều rút ra được bài học từ mẩu chuyện về Bác để vận dụng (4/5 chi bộ).");
		// 2 expected in the first cell (the third member works away), 1 in each other;
		// one absence.
		assertThat(text).contains("Đảng viên dự sinh hoạt 20/21 lượt, đạt 95,24% (số lượt có mặt ÷ số lượt phải dự, "
				+ "không tính đảng viên miễn sinh hoạt, đi làm ăn xa).");
		assertThat(text).anySatisfy(t -> assertThat(t).startsWith(
				"- 01 chi bộ chưa kể mẫu chuyện về Bác và rút ra bài học ở trên một nửa số kỳ sinh hoạt thường kỳ: "
						+ "Chi bộ Trường Tiểu học Vĩnh Thuận"));
		assertThat(text).anySatisfy(t -> assertThat(t)
			.startsWith("- 02 chi bộ chưa bảo đảm mỗi quý ít nhất một kỳ sinh hoạt chuyên đề: Chi bộ ấp Vĩnh Thạnh")
			.contains("(quý I/2026)")
			.contains("Chi bộ Trường Tiểu học Vĩnh Thuận"));
		assertThat(blocks).filteredOn(b -> !(b instanceof Block.Table))
			.allSatisfy(
					b -> assertThat(b instanceof Block.Paragraph p ? p.draft() : ((Block.Item) b).draft()).isTrue());
		Block.Table table = blocks.stream()
			.filter(Block.Table.class::isInstance)
			.map(Block.Table.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(table.rows()).hasSize(6);
		assertThat(table.rows().get(5)).containsExactly("", "Cộng", "5/5", "17", "3", "12", "12", "95,24%");
		assertThat(String.join(" ", text)).doesNotContain("null").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

		// A cell secretary of the commune reads only her own cell: the commune is
		// refused.
		assertThatThrownBy(() -> source.draft(new SectionContext(this.users.scopeOf(w.secretary()), w.commune(),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))))
			.isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

	@Test
	void aCommuneWithNoCellSaysSoAndAPeriodWithNoMeetingNamesEveryCell() {
		Commune w = fiveCells();
		SectionSource source = this.sources.stream()
			.filter(s -> s.key().equals("meeting.cell-meetings"))
			.findFirst()
			.orElseThrow();
		List<String> text = source
			.draft(new SectionContext(this.users.scopeOf(w.officer()), w.commune(), LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 3, 31)))
			.stream()
			.map(MeetingSectionTest::text)
			.toList();
		assertThat(text.get(0))
			.startsWith("Từ ngày 01/01/2026 đến ngày 31/03/2026, 0/5 chi bộ tổ chức sinh hoạt với 00 kỳ");
		assertThat(text).anySatisfy(t -> assertThat(t).startsWith(
				"Chưa có chi bộ trực thuộc nào thực hiện kể mẫu chuyện về Bác trong sinh hoạt định kỳ hàng tháng (0/5 chi bộ)."));
		assertThat(text).anySatisfy(
				t -> assertThat(t).startsWith("- 05 chi bộ chưa tổ chức kỳ sinh hoạt nào có biên bản hoàn thành: "));
	}

	static String text(Block b) {
		if (b instanceof Block.Paragraph p) {
			return p.text();
		}
		if (b instanceof Block.Item i) {
			return i.line();
		}
		if (b instanceof Block.Heading h) {
			return h.line();
		}
		return String.valueOf(((Block.Table) b).caption());
	}

}
