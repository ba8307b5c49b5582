package vn.tuyengiao.press;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.text.VnFormat;

/**
 * The letter (công văn) to the post office about a title delivered less often than it
 * should be: addressed "Kính gửi: Bưu điện …", the facts with their figures (what the
 * unit subscribed, how often the title is published, how often it arrived and since
 * when), the request, and a date to answer by. Drafted as an official would write it; the
 * officer edits it in the register before signing.
 */
@Component
class ComplaintLetter {

	static final String TYPE = DocumentType.OFFICIAL_LETTER.abbreviation();

	/** Days the post office is given to answer. */
	static final int ANSWER_DAYS = 15;

	private final DocumentRegister register;

	private final PressCatalogue catalogue;

	private final PressSubscriptionRepository subscriptions;

	private final OrgUnits org;

	private final Clock clock;

	ComplaintLetter(DocumentRegister register, PressCatalogue catalogue, PressSubscriptionRepository subscriptions,
			OrgUnits org, Clock clock) {
		this.register = register;
		this.catalogue = catalogue;
		this.subscriptions = subscriptions;
		this.org = org;
		this.clock = clock;
	}

	PartyDocument build(Scope scope, DeliveryComplaint c, long bodyId) {
		IssuingBody body = this.register.body(scope, bodyId);
		OrgUnit unit = this.org.get(scope, c.getUnitId());
		String unitName = this.org.label(unit);
		PressTitle title = this.catalogue.title(c.getTitleId());
		LocalDate today = LocalDate.now(this.clock);
		String per = c.getFrequencyUnit().word();
		PartyDocument.Builder doc = PartyDocument
			.builder(ReportPages.header(body, unit.getName(), unit.getDocAbbreviation(), null, today),
					DocumentType.OFFICIAL_LETTER)
			.subject("V/v bảo đảm phát hành " + title.getName() + " đúng định kỳ");
		doc.paragraph("Kính gửi: " + c.getPostOffice() + ".");
		doc.paragraph("Thực hiện Chỉ thị số 11-CT/TW ngày 28 tháng 12 năm 1996 của Bộ Chính trị về việc mua và đọc "
				+ "báo, tạp chí của Đảng và Kết luận số 29-KL/TW của Ban Bí thư, các tổ chức đảng trên địa bàn đã "
				+ "đặt mua đầy đủ báo, tạp chí của Đảng theo quy định.");
		doc.paragraph(facts(c, unitName, title, per));
		if (c.getNote() != null) {
			doc.paragraph(c.getNote().endsWith(".") ? c.getNote() : c.getNote() + ".");
		}
		doc.draft("Để bảo đảm cán bộ, đảng viên được đọc báo, tạp chí của Đảng kịp thời, " + body.getName()
				+ " đề nghị " + c.getPostOffice() + " kiểm tra, chấn chỉnh khâu phát hành, bảo đảm phát "
				+ title.getName() + " đến " + unitName + " đủ " + VnFormat.count(c.getIssuesExpected()) + " số/" + per
				+ (title.getKind() == TitleKind.DAILY_NEWSPAPER ? " (hằng ngày)" : "")
				+ "; thông tin kết quả khắc phục về " + body.getName() + " trước "
				+ VnFormat.longDate(today.plusDays(ANSWER_DAYS)) + ".");
		doc.paragraph("Rất mong nhận được sự phối hợp của Quý cơ quan./.");
		doc.recipients(new Recipients(List.of(c.getPostOffice(), unitName + " (để biết)"), "Lưu Văn phòng"));
		doc.signature(ReportPages.signature(body, null, null));
		return doc.build();
	}

	/**
	 * "Chi bộ Trường Tiểu học Bình Minh đặt mua 01 tờ Báo Nhân Dân (quý I năm 2026). Báo
	 * Nhân Dân phát hành 07 số/tuần, nhưng từ ngày … đến nay báo chỉ được phát đến đơn vị
	 * 1–2 số/tuần."
	 */
	String facts(DeliveryComplaint c, String unitName, PressTitle title, String per) {
		StringBuilder sb = new StringBuilder();
		PressSubscription s = this.subscriptions.findByUnitIdAndTitleId(c.getUnitId(), c.getTitleId())
			.stream()
			.filter(x -> !x.getStartDate().isAfter(c.getPeriodFrom()) && !x.getEndDate().isBefore(c.getPeriodFrom()))
			.findFirst()
			.orElse(null);
		if (s != null) {
			sb.append(unitName)
				.append(" đặt mua ")
				.append(VnFormat.count(s.getCopies()))
				.append(" tờ ")
				.append(title.getName())
				.append(" ")
				.append(PressWords.period(s.getPeriodKind(), s.getPeriodNo(), s.getPeriodYear()))
				.append(". ");
		}
		sb.append(title.getName())
			.append(" phát hành ")
			.append(VnFormat.count(c.getIssuesExpected()))
			.append(" số/")
			.append(per)
			.append(", nhưng từ ")
			.append(VnFormat.longDate(c.getPeriodFrom()))
			.append(c.getPeriodTo() == null ? " đến nay" : " đến " + VnFormat.longDate(c.getPeriodTo()))
			.append(", báo chỉ được phát đến ")
			.append(unitName)
			.append(" ")
			.append(c.actualText())
			.append(" lần/")
			.append(per)
			.append(", nhiều số đến chậm, ảnh hưởng đến việc nắm bắt thông tin và công tác tuyên truyền của đơn vị.");
		return sb.toString();
	}

}
