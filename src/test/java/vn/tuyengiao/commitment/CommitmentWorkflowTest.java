package vn.tuyengiao.commitment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The yearly cycle of one commune: a campaign, commitments entered by the cell secretary,
 * signed by the cell committee, appraised by the commune's appraisal team (returned once
 * for more work), followed through at year end; completeness with exempt, away and
 * retired members.
 */
@IntegrationTest
class CommitmentWorkflowTest {

	@Autowired
	CommitmentService commitments;

	@Autowired
	CommitmentCompleteness completeness;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	Samples.Commune x;

	Member hung;

	Member mai;

	Member tam;

	Member ba;

	Member sau;

	Member lan;

	Scope secretary;

	Scope officer;

	@BeforeEach
	void commune() {
		this.x = Samples.commune(this.orgChanges, this.fx.province());
		this.hung = Samples.member(this.members, this.x.cellA(), "Nguyễn Văn Hùng", "Trưởng ấp",
				"Điều hành công việc của ấp Tân Lập", MemberStatus.ACTIVE, false);
		this.mai = Samples.member(this.members, this.x.cellA(), "Trần Thị Mai", "Chi hội trưởng Phụ nữ",
				"Vận động hội viên phụ nữ tham gia phong trào", MemberStatus.ACTIVE, false);
		this.tam = Samples.member(this.members, this.x.cellA(), "Lê Văn Tâm", "Đảng viên", "Làm ăn tại Bình Dương",
				MemberStatus.AWAY, false);
		this.ba = Samples.member(this.members, this.x.cellA(), "Võ Văn Ba", "Cán bộ hưu trí", "Nguyên Chủ tịch UBND xã",
				MemberStatus.ACTIVE, true);
		this.sau = Samples.member(this.members, this.x.cellA(), "Phạm Văn Sáu", "Đảng viên", "Sức khỏe yếu",
				MemberStatus.EXEMPT, true);
		this.lan = Samples.member(this.members, this.x.cellB(), "Huỳnh Thị Lan", "Hiệu trưởng", "Quản lý nhà trường",
				MemberStatus.ACTIVE, false);
		this.secretary = new Scope("bithu." + this.x.suffix(), this.x.cellA().getPath(), this.x.cellA().getId(), true,
				false, false);
		this.officer = new Scope("canbo." + this.x.suffix(), this.x.commune().getPath(), this.x.commune().getId(), true,
				true, false);
	}

	CommitmentCampaign campaign(boolean expectAway) {
		return this.commitments.createCampaign(this.officer,
				new CommitmentService.NewCampaign(this.x.commune().getId(), 2026, CommitmentKind.YEARLY_COMMITMENT,
						null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 31), false, expectAway,
						"1. Về tư tưởng chính trị\n2. Về phẩm chất đạo đức, lối sống"));
	}

	@Test
	void submittedSignedReturnedResubmittedAppraisedAndFollowedThrough() {
		CommitmentCampaign c = campaign(true);
		assertThat(c.title()).isEqualTo("Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026");

		Commitment hungs = this.commitments.save(this.secretary, c.id(), this.hung.getId(),
				CommitmentService.Draft.form(Samples.sections("Trưởng ấp")), null);
		assertThat(hungs.status()).isEqualTo(CommitmentStatus.SUBMITTED);
		assertThat(hungs.body()).startsWith("1. Về tư tưởng chính trị\nTuyệt đối trung thành")
			.contains("5. Khuyết điểm, hạn chế");
		assertThat(hungs.enteredBy()).isEqualTo(this.secretary.username());

		// The cell secretary signs for the cell committee, but does not appraise: that is
		// the commune's team.
		Commitment signed = this.commitments.signOff(this.secretary, hungs.id(), "Nội dung sát với nhiệm vụ trưởng ấp",
				hungs.version());
		assertThat(signed.status()).isEqualTo(CommitmentStatus.SIGNED);
		assertThat(signed.signedBy()).isEqualTo(this.secretary.username());
		assertThat(signed.signedAt()).isNotNull();
		assertThatThrownBy(() -> this.commitments.appraise(this.secretary, hungs.id(), AppraisalResult.PASSED, null,
				signed.version()))
			.isInstanceOfSatisfying(AppException.class,
					e -> assertThat(e.messageKey()).isEqualTo("commitment.appraiserNotAbove"));
		assertThatThrownBy(() -> this.commitments.appraise(this.officer, hungs.id(), AppraisalResult.NEEDS_SUPPLEMENT,
				" ", signed.version()))
			.isInstanceOfSatisfying(AppException.class,
					e -> assertThat(e.messageKey()).isEqualTo("commitment.reasonsRequired"));

		Commitment returned = this.commitments.appraise(this.officer, hungs.id(), AppraisalResult.NEEDS_SUPPLEMENT,
				"Chưa nêu chỉ tiêu cụ thể về xây dựng nông thôn mới của ấp", signed.version());
		assertThat(returned.status()).isEqualTo(CommitmentStatus.RETURNED);
		assertThat(returned.appraisingUnitId()).isEqualTo(this.x.commune().getId());

		var sections = new java.util.EnumMap<>(Samples.sections("Trưởng ấp"));
		sections.put(CommitmentSection.DUTIES, sections.get(CommitmentSection.DUTIES)
				+ " Phấn đấu ấp Tân Lập đạt chuẩn ấp nông thôn mới kiểu mẫu trong năm 2026.");
		Commitment again = this.commitments.save(this.secretary, c.id(), this.hung.getId(),
				CommitmentService.Draft.form(sections), returned.version());
		assertThat(again.status()).isEqualTo(CommitmentStatus.SUBMITTED);
		assertThat(again.signedBy()).isNull();
		again = this.commitments.signOff(this.secretary, again.id(), null, again.version());
		Commitment appraised = this.commitments.appraise(this.officer, again.id(), AppraisalResult.PASSED,
				"Đạt yêu cầu", again.version());
		assertThat(appraised.status()).isEqualTo(CommitmentStatus.APPRAISED);

		Commitment kept = this.commitments.recordFollowThrough(this.secretary, appraised.id(), FollowThrough.PARTLY,
				"Ấp chưa đạt chuẩn kiểu mẫu, còn thiếu tiêu chí môi trường", appraised.version());
		assertThat(kept.followThrough()).isEqualTo(FollowThrough.PARTLY);

		List<CommitmentStep> history = this.commitments.history(this.officer, hungs.id());
		assertThat(history).extracting(CommitmentStep::step)
			.containsExactly("SUBMITTED", "SIGNED", "RETURNED", "RESUBMITTED", "SIGNED", "APPRAISED",
					"FOLLOW_THROUGH_PARTLY");
		assertThat(history).extracting(CommitmentStep::actor)
			.containsExactly(this.secretary.username(), this.secretary.username(), this.officer.username(),
					this.secretary.username(), this.secretary.username(), this.officer.username(),
					this.secretary.username());
		assertThat(history.get(2).note()).isEqualTo("Chưa nêu chỉ tiêu cụ thể về xây dựng nông thôn mới của ấp");
		assertThat(history).allSatisfy(h -> assertThat(h.actedAt()).isNotNull());
	}

	@Test
	void editingAfterSignOffReturnsItToSubmittedAndSaysSo() {
		CommitmentCampaign c = campaign(true);
		String text = Samples.text("Trần Thị Mai", "Chi hội trưởng Phụ nữ");
		Commitment mais = this.commitments.save(this.secretary, c.id(), this.mai.getId(),
				CommitmentService.Draft.text(text), null);
		Commitment signed = this.commitments.signOff(this.secretary, mais.id(), "Đồng ý", mais.version());
		assertThat(signed.editedAfterSignoff()).isFalse();

		Commitment edited = this.commitments.save(this.secretary, c.id(), this.mai.getId(),
				CommitmentService.Draft.text(text + "\nBổ sung: vận động 20 hội viên tham gia mô hình tiết kiệm."),
				signed.version());
		assertThat(edited.status()).isEqualTo(CommitmentStatus.SUBMITTED);
		assertThat(edited.editedAfterSignoff()).isTrue();
		assertThat(edited.signedBy()).isNull();
		assertThat(this.commitments.history(this.secretary, mais.id())).extracting(CommitmentStep::step)
			.containsExactly("SUBMITTED", "SIGNED", "EDITED_AFTER_SIGNOFF");

		// Someone who loaded the signed version cannot save over the edit.
		assertThatThrownBy(() -> this.commitments.signOff(this.secretary, mais.id(), null, signed.version()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(409));
		assertThatThrownBy(() -> this.commitments.save(this.secretary, c.id(), this.mai.getId(),
				CommitmentService.Draft.text(text), signed.version()))
			.isInstanceOfSatisfying(AppException.class,
					e -> assertThat(e.messageKey()).isEqualTo("error.staleVersion"));
		// Entering a second commitment for her instead of editing is refused.
		assertThatThrownBy(() -> this.commitments.save(this.secretary, c.id(), this.mai.getId(),
				CommitmentService.Draft.text(text), null))
			.isInstanceOfSatisfying(AppException.class,
					e -> assertThat(e.messageKey()).isEqualTo("commitment.alreadyEntered"));

		Commitment resigned = this.commitments.signOff(this.secretary, mais.id(), "Đã xem phần bổ sung",
				edited.version());
		assertThat(resigned.editedAfterSignoff()).isFalse();
	}

	@Test
	void completenessCountsRetiredAndAwayButNotExemptAndRollsUp() {
		CommitmentCampaign c = campaign(true);
		// Expected in Tân Lập: Hùng, Mai, Tâm (away), Ba (retired cadre) — not Sáu
		// (exempt). In the school: Lan.
		Commitment hungs = this.commitments.save(this.secretary, c.id(), this.hung.getId(),
				CommitmentService.Draft.form(Samples.sections("Trưởng ấp")), null);
		this.commitments.signOff(this.secretary, hungs.id(), null, hungs.version());
		this.commitments.save(this.secretary, c.id(), this.ba.getId(),
				CommitmentService.Draft.text(Samples.text("Võ Văn Ba", "Cán bộ hưu trí")), null);
		// The exempt member wrote one anyway: counted apart, not in the rate.
		this.commitments.save(this.secretary, c.id(), this.sau.getId(),
				CommitmentService.Draft.text(Samples.text("Phạm Văn Sáu", "Đảng viên")), null);

		CommitmentCompleteness.Node commune = this.completeness.rollup(this.officer, c.id(), this.x.commune().getId());
		assertThat(commune.figures()).isEqualTo(new CommitmentCompleteness.Figures(5, 2, 1, 0, 0, 1));
		assertThat(commune.figures().submittedRatio()).isEqualTo("2/5");
		assertThat(commune.figures().submittedRate()).isEqualTo("40,00%");
		CommitmentCompleteness.Node cellA = commune.children()
			.stream()
			.filter(n -> n.unit().getId().equals(this.x.cellA().getId()))
			.findFirst()
			.orElseThrow();
		assertThat(cellA.figures().expected()).isEqualTo(4);
		assertThat(cellA.figures().missing()).isEqualTo(2);

		// The province sees the commune's figures inside its own.
		CommitmentCompleteness.Node province = this.completeness.rollup(Scope.system(), c.id(),
				this.x.commune().getId());
		assertThat(province.figures()).isEqualTo(commune.figures());

		List<CommitmentCompleteness.MemberRow> missing = this.completeness.missing(this.secretary, c.id(),
				this.x.cellA().getId());
		assertThat(missing).extracting(CommitmentCompleteness.MemberRow::fullName)
			.containsExactlyInAnyOrder("Trần Thị Mai", "Lê Văn Tâm");
		assertThat(missing).filteredOn(r -> r.fullName().equals("Lê Văn Tâm"))
			.singleElement()
			.satisfies(r -> assertThat(r.statusThen()).isEqualTo("AWAY"));
		List<CommitmentCompleteness.MemberRow> reminders = this.completeness.reminders(this.secretary, c.id(),
				this.x.cellA().getId());
		assertThat(reminders).extracting(CommitmentCompleteness.MemberRow::fullName)
			// Missing, and waiting for the cell committee's signature (the exempt
			// member's too).
			.containsExactlyInAnyOrder("Trần Thị Mai", "Lê Văn Tâm", "Võ Văn Ba", "Phạm Văn Sáu");
	}

	@Test
	void membersAwayCanBeLeftOutByTheCampaign() {
		CommitmentCampaign c = this.commitments.createCampaign(this.officer,
				new CommitmentService.NewCampaign(this.x.commune().getId(), 2026, CommitmentKind.PERSONAL_PLAN,
						"Đăng ký làm theo Bác năm 2026", LocalDate.of(2026, 1, 15), null, false, false, null));
		CommitmentCompleteness.Node cellA = this.completeness.rollup(this.secretary, c.id(), this.x.cellA().getId());
		assertThat(cellA.figures().expected()).isEqualTo(3);
		assertThat(this.completeness.missing(this.secretary, c.id(), this.x.cellA().getId()))
			.extracting(CommitmentCompleteness.MemberRow::fullName)
			.doesNotContain("Lê Văn Tâm", "Phạm Văn Sáu")
			.contains("Võ Văn Ba");
		// One campaign per unit, year and kind.
		assertThatThrownBy(() -> this.commitments.createCampaign(this.officer,
				new CommitmentService.NewCampaign(this.x.commune().getId(), 2026, CommitmentKind.PERSONAL_PLAN, null,
						LocalDate.of(2026, 2, 1), null, false, false, null)))
			.isInstanceOfSatisfying(AppException.class,
					e -> assertThat(e.messageKey()).isEqualTo("commitment.campaignExists"));
	}

	@Test
	void aCellSecretaryOfAnotherCellCannotReadOrChange() {
		CommitmentCampaign c = campaign(true);
		Commitment lans = this.commitments.save(this.officer, c.id(), this.lan.getId(),
				CommitmentService.Draft.form(Samples.sections("Hiệu trưởng")), null);
		assertThatThrownBy(() -> this.commitments.get(this.secretary, lans.id()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThatThrownBy(() -> this.commitments.signOff(this.secretary, lans.id(), null, lans.version()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThatThrownBy(() -> this.commitments.save(this.secretary, c.id(), this.lan.getId(),
				CommitmentService.Draft.text("Nội dung khác"), lans.version()))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThat(this.commitments.get(this.officer, lans.id()).version()).isEqualTo(lans.version());
	}

}
