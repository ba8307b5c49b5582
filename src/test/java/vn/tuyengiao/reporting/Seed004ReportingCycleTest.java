package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Seed 004 end to end: the district registers Công văn 124-CV/BTGHU asking its 13
 * communes for the one-year review of Directive 05; Mỹ Thạnh drafts, issues and submits
 * its report; the district returns it once with a comment, Mỹ Thạnh corrects and
 * resubmits, the district accepts it; Lương Hòa's report is accepted too; the
 * consolidated draft carries Mỹ Thạnh's figures and sentences with their source, and the
 * recommendation both communes made is grouped once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed004ReportingCycleTest {

	static final List<String> MY_THANH = List.of(
			"Ngày 15 tháng 02 năm 2017, Đảng ủy xã tổ chức Hội nghị triển khai Chỉ thị 05 của Bộ Chính trị cho đảng viên "
					+ "trong Đảng bộ, có 178/189 đảng viên tham dự, đạt 94,18%. Đoàn viên, hội viên đạt 81,85% và nhân dân "
					+ "đạt 75,4%. Đảng ủy đã khen thưởng 02 tập thể và 18 cá nhân có thành tích tiêu biểu; phối hợp với đài "
					+ "truyền thanh huyện xây dựng 02 phóng sự tuyên truyền gương điển hình.",
			"Vai trò nêu gương của cán bộ chủ chốt, lãnh đạo Đảng ủy, Ủy ban nhân dân, các đoàn thể và chi bộ cơ bản "
					+ "thực hiện tốt.",
			"Việc đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh hàng tháng ở một số chi bộ vẫn "
					+ "còn chung chung, chưa sát với chức năng, nhiệm vụ của cán bộ, đảng viên.",
			"Tổ chức tọa đàm học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
			"Đề nghị Ban Tuyên giáo Huyện ủy cung cấp thêm tài liệu tuyên truyền về gương điển hình học tập và làm theo Bác.");

	static final List<String> LUONG_HOA = List.of(
			"Đảng ủy xã tổ chức hội nghị triển khai Chỉ thị 05 cho đảng viên, có 203/215 đảng viên tham dự, đạt 94,42%.",
			"Các chi bộ nghiêm túc triển khai thực hiện Chỉ thị 05 của Bộ Chính trị.",
			"Công tác tuyên truyền của Mặt trận, các đoàn thể chưa được đổi mới, chưa đi vào chiều sâu.",
			"Tăng cường công tác kiểm tra, giám sát việc thực hiện Chỉ thị 05-CT/TW đối với các chi bộ.",
			"Đề nghị Ban Tuyên giáo Huyện ủy cung cấp thêm tài liệu tuyên truyền về các gương điển hình học tập và làm theo Bác.");

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	ReportingCycle cycle;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Fixture.Data fx;

	GiongTrom gt;

	@BeforeAll
	void district() {
		this.gt = GiongTrom.build("S4", this.fx.province(), this.org, this.register, this.users);
	}

	@Test
	void theDistrictAsksMyThanhReportsIsReturnedOnceThenAcceptedAndTheConsolidatedDraftQuotesIt() {
		Incoming cv = this.gt.registerRequest(this.incoming, LocalDate.of(2017, 3, 10));
		assertThat(cv.number()).isEqualTo("124-CV/BTGHU");
		ReportRequest request = this.incoming.requests(this.gt.district0(), cv.id()).get(0);
		ReportingCycle.RequestView view = this.cycle.request(this.gt.district0(), request.id());
		assertThat(view.obligations()).hasSize(13);
		assertThat(view.total().completeness()).isEqualTo("0/13 (0,00%)");

		// Mỹ Thạnh sees what it owes, to whom, by when.
		Obligation owed = only(this.cycle.inbox(this.gt.myThanh(), this.gt.myThanhUnit().getId()));
		assertThat(owed.status()).isEqualTo(ObligationStatus.DUE);
		assertThat(owed.deadline()).isEqualTo(LocalDate.of(2017, 3, 10));
		assertThat(owed.receivingUnitId()).isEqualTo(this.gt.district().getId());

		// Drafts from the request (the introduction cites the Công văn), issues and
		// submits.
		long draft = this.consolidation.start(this.gt.myThanh(), owed.id(), null).draftId();
		PartyDocument skeleton = this.drafts.get(this.gt.myThanh(), draft).document();
		assertThat(((Block.Paragraph) skeleton.body().get(0)).text()).startsWith(
				"Thực hiện Công văn số 124-CV/BTGHU, ngày 23/02/2017 của Ban Tuyên giáo Huyện ủy Giồng Trôm về việc báo cáo sơ kết 01 năm");
		GiongTrom.fillAndIssue(this.drafts, this.gt.myThanh(), draft, MY_THANH);
		Obligation submitted = this.cycle.submit(this.gt.myThanh(), owed.id(), draft, null);
		assertThat(submitted.status()).isEqualTo(ObligationStatus.SUBMITTED);
		assertThat(submitted.reference()).isEqualTo("01-BC/ĐU");
		assertThat(this.cycle.request(this.gt.district0(), request.id()).total().completeness())
			.isEqualTo("1/13 (7,69%)");

		// The district returns it once with a comment: a new draft comes back to Mỹ
		// Thạnh.
		Obligation returned = this.cycle.returnReport(this.gt.district0(), owed.id(), submitted.version(),
				"Bổ sung kết quả kiểm tra việc đăng ký học tập của các chi bộ.");
		assertThat(returned.status()).isEqualTo(ObligationStatus.RETURNED);
		assertThat(returned.draftId()).isNotEqualTo(draft);
		ReportDrafts.Draft again = this.drafts.get(this.gt.myThanh(), returned.draftId());
		assertThat(again.editable()).isTrue();
		assertThat(again.entry().getCopiedFromId()).isEqualTo(draft);
		Obligation inInbox = only(this.cycle.inbox(this.gt.myThanh(), this.gt.myThanhUnit().getId()));
		assertThat(inInbox.status()).isEqualTo(ObligationStatus.RETURNED);
		assertThat(this.cycle.returnComments(this.gt.myThanh(), List.of(inInbox)))
			.containsValue("Bổ sung kết quả kiểm tra việc đăng ký học tập của các chi bộ.");
		assertThat(this.cycle.request(this.gt.district0(), request.id()).total().completeness())
			.isEqualTo("0/13 (0,00%)");

		// Mỹ Thạnh corrects the returned draft, issues it (number 02) and resubmits; the
		// district accepts.
		List<String> corrected = new java.util.ArrayList<>(MY_THANH);
		corrected.set(0, MY_THANH.get(0) + " Qua kiểm tra, các chi bộ đã nghiêm túc triển khai thực hiện Chỉ thị 05.");
		GiongTrom.fillAndIssue(this.drafts, this.gt.myThanh(), returned.draftId(), corrected);
		Obligation resubmitted = this.cycle.submit(this.gt.myThanh(), owed.id(), returned.draftId(), null);
		assertThat(resubmitted.reference()).isEqualTo("02-BC/ĐU");
		Obligation accepted = this.cycle.accept(this.gt.district0(), owed.id(), resubmitted.version());
		assertThat(accepted.status()).isEqualTo(ObligationStatus.ACCEPTED);
		assertThat(accepted.isLocked()).isTrue();
		assertThat(this.cycle.history(this.gt.district0(), owed.id())).extracting(ObligationEvent::action)
			.containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
		assertThat(this.cycle.history(this.gt.district0(), owed.id()).get(2).comment())
			.isEqualTo("Bổ sung kết quả kiểm tra việc đăng ký học tập của các chi bộ.");
		assertThat(this.cycle.history(this.gt.district0(), owed.id()).get(2).actor()).isEqualTo("gt.s4");

		// Lương Hòa's report is accepted as well.
		Obligation lh = only(this.cycle.inbox(this.gt.luongHoa(), this.gt.luongHoaUnit().getId()));
		long lhDraft = GiongTrom.writeAndIssue(this.consolidation, this.drafts, this.gt.luongHoa(), lh.id(), LUONG_HOA);
		this.cycle.accept(this.gt.district0(), lh.id(),
				this.cycle.submit(this.gt.luongHoa(), lh.id(), lhDraft, null).version());

		// Completeness and timeliness: submitted after the 2017 deadline, so not on time.
		ReportingCycle.RequestView after = this.cycle.request(this.gt.district0(), request.id());
		assertThat(after.total().completeness()).isEqualTo("2/13 (15,38%)");
		assertThat(after.total().timeliness()).isEqualTo("0/13 (0,00%)");

		// The consolidated draft: Mỹ Thạnh's figures and sentences, each with its source
		// unit.
		long consolidated = this.consolidation.draft(this.gt.district0(), request.id(), null);
		ReportDrafts.Draft c = this.drafts.get(this.gt.district0(), consolidated);
		assertThat(c.editable()).isTrue();
		assertThat(c.body().getUnitId()).isEqualTo(this.gt.district().getId());
		List<String> lines = c.document().body().stream().map(Seed004ReportingCycleTest::text).toList();
		String myThanh = "Đảng ủy xã Mỹ Thạnh";
		assertThat(lines)
			.anyMatch(l -> l.contains("178/189 đảng viên tham dự, đạt 94,18%") && l.endsWith("(" + myThanh + ")."));
		assertThat(lines).anyMatch(l -> l.contains("02 tập thể và 18 cá nhân") && l.contains(myThanh));
		assertThat(lines).anyMatch(l -> l.contains("81,85%") && l.contains("75,4%"));
		assertThat(lines).anyMatch(l -> l.contains("203/215") && l.endsWith("(Đảng ủy xã Lương Hòa)."));
		assertThat(lines).anyMatch(l -> l.startsWith("Vai trò nêu gương") && l.contains(myThanh));
		assertThat(lines).anyMatch(l -> l.contains("chung chung") && l.contains(myThanh));
		// The recommendation both communes made, grouped once with both units named.
		assertThat(lines.stream().filter(l -> l.contains("cung cấp thêm tài liệu tuyên truyền"))).singleElement()
			.satisfies(l -> assertThat(l).startsWith("Nhiều đơn vị cùng kiến nghị: Đề nghị Ban Tuyên giáo Huyện ủy")
				.endsWith("(02 đơn vị: Đảng ủy xã Mỹ Thạnh, Đảng ủy xã Lương Hòa)."));
		assertThat(lines).anyMatch(l -> l.contains("2/13 (15,38%)"));
	}

	static Obligation only(List<Obligation> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	static String text(Block b) {
		return b instanceof Block.Paragraph p ? p.text()
				: b instanceof Block.Item i ? i.text() : b instanceof Block.Heading h ? h.line() : "";
	}

}
