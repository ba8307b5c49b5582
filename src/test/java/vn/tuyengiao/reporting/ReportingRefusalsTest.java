package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Bad input is refused with a clear Vietnamese message and nothing changes: submitting to
 * a unit that did not ask, a report for another unit's obligation, a report not issued,
 * approving one's own report, anything on an accepted report, a return without a reason,
 * a stale version; an incoming document without a number, with a file that is not PDF or
 * Word, received before it was issued, or asking units outside the receiving unit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingRefusalsTest {

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
	Messages messages;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	GiongTrom gt;

	Obligation myThanh;

	Obligation luongHoa;

	@BeforeAll
	void district() {
		this.gt = GiongTrom.build("BI", this.fx.province(), this.org, this.register, this.users);
		this.gt.registerRequest(this.incoming, LocalDate.now(this.clock).plusDays(30));
		this.myThanh = this.cycle.inbox(this.gt.myThanh(), this.gt.myThanhUnit().getId()).get(0);
		this.luongHoa = this.cycle.inbox(this.gt.luongHoa(), this.gt.luongHoaUnit().getId()).get(0);
	}

	@Test
	void refusalsChangeNothingAndSayWhy() {
		List<String> sections = Seed004ReportingCycleTest.MY_THANH;
		long mtReport = GiongTrom.writeAndIssue(this.consolidation, this.drafts, this.gt.myThanh(), this.myThanh.id(),
				sections);
		long lhReport = GiongTrom.writeAndIssue(this.consolidation, this.drafts, this.gt.luongHoa(), this.luongHoa.id(),
				Seed004ReportingCycleTest.LUONG_HOA);
		this.myThanh = this.cycle.obligation(this.gt.myThanh(), this.myThanh.id());

		// Submitting to a unit that did not ask: the province asked Mỹ Thạnh for nothing.
		refused(() -> this.cycle.submitTo(this.gt.myThanh(), this.fx.province(), mtReport), "reporting.notAsked",
				"không yêu cầu Đảng ủy xã Mỹ Thạnh nộp báo cáo nào");
		// A report of another unit for this obligation, even by an officer who sees both.
		refused(() -> this.cycle.submit(this.gt.district0(), this.myThanh.id(), lhReport, null),
				"reporting.otherUnitsReport", "Báo cáo của Đảng ủy xã Lương Hòa không phải của Đảng ủy xã Mỹ Thạnh");
		// Lương Hòa does not even see Mỹ Thạnh's obligation.
		assertThatThrownBy(() -> this.cycle.submit(this.gt.luongHoa(), this.myThanh.id(), lhReport, null))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(404));
		// A draft not issued yet.
		long notIssued = this.drafts.copyId(this.gt.myThanh(), mtReport);
		refused(() -> this.cycle.submit(this.gt.myThanh(), this.myThanh.id(), notIssued, null), "reporting.notIssued",
				"chưa phát hành");
		// Nothing was submitted by any of these.
		assertThat(this.cycle.obligation(this.gt.myThanh(), this.myThanh.id())).isEqualTo(this.myThanh);
		assertThat(this.cycle.history(this.gt.myThanh(), this.myThanh.id())).extracting(ObligationEvent::action)
			.containsExactly("DRAFTED");

		// A stale version (the page read before someone else's change).
		refused(() -> this.cycle.submit(this.gt.myThanh(), this.myThanh.id(), mtReport, this.myThanh.version() - 1),
				"error.staleVersion", "");

		// Approving one's own report: the district officer submitted for Mỹ Thạnh, so may
		// not accept it.
		Obligation submitted = this.cycle.submit(this.gt.district0(), this.myThanh.id(), mtReport, null);
		refused(() -> this.cycle.accept(this.gt.district0(), this.myThanh.id(), submitted.version()),
				"reporting.ownReport", "do chính mình nộp");
		// Mỹ Thạnh may not accept its own report either: it is not the unit that asked.
		assertThatThrownBy(() -> this.cycle.accept(this.gt.myThanh(), this.myThanh.id(), submitted.version()))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		// A return needs a reason.
		Scope admin = this.users.scopeOf("admin.t");
		refused(() -> this.cycle.returnReport(admin, this.myThanh.id(), submitted.version(), "  "),
				"reporting.commentRequired", "lý do trả lại");
		// Submitting twice while it awaits review.
		refused(() -> this.cycle.submit(this.gt.myThanh(), this.myThanh.id(), mtReport, null),
				"reporting.alreadySubmitted", "đang chờ");
		assertThat(this.cycle.obligation(admin, this.myThanh.id())).isEqualTo(submitted);

		// Accepted: locked against resubmission, return, drafting and editing the report.
		Obligation accepted = this.cycle.accept(admin, this.myThanh.id(), submitted.version());
		refused(() -> this.cycle.submit(this.gt.myThanh(), this.myThanh.id(), mtReport, null), "reporting.locked",
				"đã được tiếp nhận");
		refused(() -> this.cycle.returnReport(admin, this.myThanh.id(), accepted.version(), "Sửa lại"),
				"reporting.locked", "không sửa, không nộp lại");
		refused(() -> this.consolidation.start(this.gt.myThanh(), this.myThanh.id(), null), "reporting.locked",
				"đã được tiếp nhận");
		refused(() -> this.drafts.save(this.gt.myThanh(), mtReport,
				this.drafts.get(this.gt.myThanh(), mtReport).entry().getVersion(), java.util.Map.of(2, "Sửa")),
				"register.alreadyIssued", "");
		assertThat(this.cycle.obligation(admin, this.myThanh.id())).isEqualTo(accepted);
		assertThat(this.cycle.history(admin, this.myThanh.id())).extracting(ObligationEvent::action)
			.containsExactly("DRAFTED", "SUBMITTED", "ACCEPTED");
	}

	@Test
	void badIncomingDocumentsAreRefusedAndNothingIsRegistered() {
		int before = this.incoming.list(this.gt.district0(), this.gt.district().getId()).size();
		var form = new IncomingRegister.IncomingForm(this.gt.district().getId(), " ", LocalDate.of(2017, 2, 23), null,
				null, "Ban Tuyên giáo Tỉnh ủy", "V/v báo cáo năm");
		refused(() -> this.incoming.register(this.gt.district0(), form, null, null), "reporting.field.required",
				"Chưa nhập: Số, ký hiệu.");
		var good = new IncomingRegister.IncomingForm(this.gt.district().getId(), "05-CV/BTGTU",
				LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 1), null, "Ban Tuyên giáo Tỉnh ủy", "V/v báo cáo năm");
		refused(() -> this.incoming.register(this.gt.district0(), good, null, null),
				"reporting.incoming.receivedBeforeIssued", "Ngày đến 01/02/2026 trước ngày văn bản 03/02/2026");
		var dated = new IncomingRegister.IncomingForm(this.gt.district().getId(), "05-CV/BTGTU",
				LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4), null, "Ban Tuyên giáo Tỉnh ủy", "V/v báo cáo năm");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
		refused(() -> this.incoming.register(this.gt.district0(), dated,
				new IncomingRegister.Upload("cong-van.pdf", png), null), "reporting.file.badType",
				"Tệp \"cong-van.pdf\" không phải PDF hoặc Word");
		// A request to units outside the receiving unit, and a period that ends before it
		// starts.
		var outside = new IncomingRegister.RequestForm(this.gt.myThanhUnit().getId(), this.gt.district().getId(),
				List.of(OrgUnitKind.COMMUNE_COMMITTEE), ReportType.YEARLY, "tổng kết năm 2026",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15), null);
		refused(() -> this.incoming.register(this.gt.district0(), dated, null, outside),
				"reporting.request.rootOutside", "chỉ yêu cầu được các đơn vị cấp dưới");
		var backwards = new IncomingRegister.RequestForm(this.gt.district().getId(), this.gt.district().getId(),
				List.of(), ReportType.YEARLY, "tổng kết năm 2026", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 15), null);
		refused(() -> this.incoming.register(this.gt.district0(), dated, null, backwards),
				"reporting.request.periodOrder", "ngày bắt đầu sau ngày kết thúc");
		// A sibling commune may not register in the district's book.
		assertThatThrownBy(() -> this.incoming.register(this.gt.luongHoa(), dated, null, null))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThat(this.incoming.list(this.gt.district0(), this.gt.district().getId())).hasSize(before);

		// A real PDF is kept and read back.
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Incoming kept = this.incoming.register(this.gt.district0(), dated,
				new IncomingRegister.Upload("C:\\scan\\05-CV.pdf", pdf), null);
		assertThat(kept.fileName()).isEqualTo("05-CV.pdf");
		assertThat(this.incoming.file(this.gt.district0(), kept.id()).content()).isEqualTo(pdf);
		assertThatThrownBy(() -> this.incoming.file(this.gt.luongHoa(), kept.id()))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(404));
	}

	private void refused(Runnable action, String key, String inMessage) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(AppException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(this.messages.of(ex)).contains(inMessage);
		});
	}

}
