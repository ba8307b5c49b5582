package vn.tuyengiao.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Wording;
import vn.tuyengiao.study.internal.ReportWording;
import vn.tuyengiao.text.VnFormat;

/**
 * "Báo cáo kết quả triển khai học tập …" for a unit and a campaign as of a date: the
 * numbers come from the live roll-up; the narrative paragraphs are drafted from the data
 * and marked for the officer to edit.
 */
@Service
public class StudyReport {

	private final StudyService study;

	private final StudyRollup rollup;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final Messages messages;

	private final Clock clock;

	StudyReport(StudyService study, StudyRollup rollup, OrgUnits org, DocumentRegister register, Messages messages,
			Clock clock) {
		this.clock = clock;
		this.study = study;
		this.rollup = rollup;
		this.org = org;
		this.register = register;
		this.messages = messages;
	}

	/**
	 * What the officer chooses: the issuing body (for the header and number) and who
	 * signs.
	 */
	public record Request(long campaignId, long unitId, LocalDate asOf, Long issuingBodyId, String signerTitle,
			String signerName) {
	}

	@Transactional(readOnly = true)
	public PartyDocument build(Scope scope, Request r) {
		StudyCampaign campaign = this.study.campaign(scope, r.campaignId());
		OrgUnit unit = this.org.get(scope, r.unitId());
		LocalDate asOf = r.asOf() == null ? LocalDate.now(this.clock) : r.asOf();
		StudyRollup.Node node = this.rollup.rollup(scope, campaign.getId(), unit.getId(), asOf);
		List<StudySession> all = this.study.sessions(scope, campaign.getId());
		Map<Long, OrgUnit> organisers = this.org.getAll(all.stream().map(StudySession::getOrganiserUnitId).toList());
		List<StudySession> sessions = all.stream()
			.filter(s -> !s.getHeldOn().isAfter(asOf))
			.filter(s -> organisers.get(s.getOrganiserUnitId()).getPath().startsWith(unit.getPath()))
			.toList();

		IssuingBody body = r.issuingBodyId() == null ? null : this.register.body(scope, r.issuingBodyId());
		// The unit as it was named on the report's date (before 1 July 2025 the province
		// was "Tỉnh ủy Kiên Giang").
		String unitName = this.org.nameOn(unit, asOf);
		String issuer = body != null ? body.getName() : unitName;
		DocumentHeader header = ReportPages.header(body, unitName, unit.getDocAbbreviation(),
				ReportWording.placeOf(unit, this.org, asOf), asOf);

		PartyDocument.Builder doc = PartyDocument.builder(header, DocumentType.REPORT)
			.subject("kết quả triển khai " + ReportWording.studied(campaign));
		doc.paragraph(introduction(campaign, issuer));

		doc.heading("1.", "Công tác tổ chức triển khai, học tập");
		doc.draft(organisationParagraph(unit, campaign, sessions, asOf));

		doc.heading("2.", "Kết quả tổ chức triển khai, học tập");
		doc.item(Wording.end("Hình thức tổ chức học tập: " + classesSentence(unit, sessions, organisers)));
		StudyRollup.MemberFigures f = node.members();
		doc.item(Wording.end("Kết quả triển khai, học tập: tính đến " + VnFormat.longDate(asOf) + ", "
				+ ReportWording.collective(unit)
				+ (sessions.isEmpty() ? " chưa tổ chức lớp nào"
						: " tổ chức xong " + VnFormat.count(sessions.size()) + " lớp")
				+ (f.denominator() > 0 ? ", với " + f.ratio() + " đảng viên tiếp thu học tập, đạt " + f.rate()
						+ ReportWording.exclusions(f) : "")));
		for (Map.Entry<Audience, StudyRollup.Headcount> e : node.audiences().entrySet()) {
			if (e.getValue().population() > 0) {
				doc.item(this.messages.get(e.getKey().messageKey()) + ": "
						+ VnFormat.ratio(e.getValue().attended(), e.getValue().population()) + " người tiếp thu, đạt "
						+ e.getValue().rate() + ".");
			}
		}
		if (!node.children().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			Map<Long, String> labels = this.org.labels(node.children().stream().map(StudyRollup.Node::unit).toList());
			int i = 1;
			for (StudyRollup.Node c : node.children()) {
				StudyRollup.MemberFigures cf = c.members();
				// The unit's unambiguous label, or the name it bore on the report's date.
				String then = this.org.nameOn(c.unit(), asOf);
				rows.add(List.of(Integer.toString(i++),
						then.equals(c.unit().getName()) ? labels.get(c.unit().getId()) : then,
						VnFormat.number(cf.total()), VnFormat.number(cf.exempt()), VnFormat.number(cf.away()),
						VnFormat.number(cf.attended()), cf.rate()));
			}
			rows.add(List.of("", "Cộng", VnFormat.number(f.total()), VnFormat.number(f.exempt()),
					VnFormat.number(f.away()), VnFormat.number(f.attended()), f.rate()));
			doc.table("Kết quả đảng viên tiếp thu theo đơn vị (tỷ lệ = tiếp thu ÷ (tổng số − miễn − đi làm ăn xa))",
					List.of("TT", "Đơn vị", "Tổng số", "Miễn SH, CT", "Đi làm ăn xa", "Tiếp thu", "Tỷ lệ"), rows);
		}

		doc.heading("3.", "Đánh giá chung");
		for (String p : assessment(node, campaign, sessions)) {
			doc.draft(p);
		}
		doc.paragraph("Trên đây là báo cáo của " + issuer + " về kết quả triển khai " + ReportWording.studied(campaign)
				+ "./.");
		OrgUnit owner = this.org.get(campaign.getOwnerUnitId());
		doc.recipients(ReportPages.recipients(body, Recipients
			.of("Thường trực " + this.org.nameOn(owner, asOf) + " (b/c)", "Các đơn vị trực thuộc", "Lãnh đạo Ban")));
		doc.signature(ReportPages.signature(body, r.signerTitle(), r.signerName()));
		return doc.build();
	}

	/**
	 * "Thực hiện Kế hoạch số 196-KH/TU …, Ban Tuyên giáo … báo cáo kết quả triển khai học
	 * tập … như sau:", without saying "triển khai" or "học tập" twice.
	 */
	static String introduction(StudyCampaign campaign, String issuer) {
		String studied = ReportWording.studied(campaign);
		String plan = campaign.getBasisPlan() == null || campaign.getBasisPlan().isBlank() ? null
				: Wording.clause(campaign.getBasisPlan().strip());
		if (plan == null) {
			return issuer + " báo cáo kết quả triển khai " + studied + " như sau:";
		}
		return "Thực hiện " + plan + " về triển khai " + studied + ", " + issuer + " báo cáo kết quả như sau:";
	}

	static String organisationParagraph(OrgUnit unit, StudyCampaign campaign, List<StudySession> sessions,
			LocalDate asOf) {
		long online = sessions.stream().filter(s -> s.getFormat() == SessionFormat.ONLINE).count();
		long makeUp = sessions.stream().filter(StudySession::isMakeUp).count();
		StringBuilder sb = new StringBuilder(Wording.capitalise(ReportWording.collective(unit))
				+ " đã tổ chức triển khai " + ReportWording.studied(campaign) + " theo kế hoạch"
				+ (campaign.getDeadline() == null ? ""
						: ", hạn hoàn thành " + VnFormat.longDate(campaign.getDeadline()))
				+ "; đến " + VnFormat.longDate(asOf) + (sessions.isEmpty() ? " chưa tổ chức lớp nào"
						: " đã tổ chức " + VnFormat.count(sessions.size()) + " lớp"));
		if (online > 0) {
			sb.append(", trong đó ").append(VnFormat.count(online)).append(" lớp trực tuyến");
		}
		if (makeUp > 0) {
			sb.append(online > 0 ? ", " : ", trong đó ").append(VnFormat.count(makeUp)).append(" lớp học bù");
		}
		return Wording.end(sb.toString());
	}

	/**
	 * "Tổ chức ở cấp huyện 05 lớp (01 lớp trực tuyến); Đảng ủy xã … tổ chức 11 lớp; Chi
	 * bộ Trường THPT … 03 lớp".
	 */
	private String classesSentence(OrgUnit unit, List<StudySession> sessions, Map<Long, OrgUnit> organisers) {
		Map<Long, OrgUnit> children = this.org.getAll(organisers.values()
			.stream()
			.filter(o -> o.getPath().startsWith(unit.getPath()) && !o.getId().equals(unit.getId()))
			.map(o -> ReportWording.childIdOnTheWay(unit, o))
			.toList());
		Map<String, long[]> groups = new LinkedHashMap<>();
		for (StudySession s : sessions) {
			OrgUnit organiser = organisers.get(s.getOrganiserUnitId());
			String key;
			if (organiser.getId().equals(unit.getId())) {
				key = "tổ chức ở " + ReportWording.level(unit);
			}
			else {
				OrgUnit child = children.get(ReportWording.childIdOnTheWay(unit, organiser));
				key = child.getKind() == OrgUnitKind.COMMUNE_COMMITTEE ? "các xã, phường, thị trấn tổ chức"
						: this.org.label(child);
			}
			long[] n = groups.computeIfAbsent(key, k -> new long[2]);
			n[0]++;
			if (s.getFormat() == SessionFormat.ONLINE) {
				n[1]++;
			}
		}
		if (groups.isEmpty()) {
			return "chưa tổ chức lớp nào";
		}
		List<String> parts = new ArrayList<>();
		// Units of one kind together, as officials write: "các Trường THPT tổ chức 03
		// lớp".
		Wording.grouped(groups)
			.forEach((k,
					n) -> parts.add(k + (k.startsWith("các ") && !k.endsWith(" tổ chức") ? " tổ chức" : "") + " "
							+ VnFormat.count(n[0]) + " lớp"
							+ (n[1] > 0 ? " (" + VnFormat.count(n[1]) + " lớp trực tuyến)" : "")));
		String sentence = String.join("; ", parts);
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private List<String> assessment(StudyRollup.Node node, StudyCampaign campaign, List<StudySession> sessions) {
		List<String> paragraphs = new ArrayList<>();
		StudyRollup.MemberFigures f = node.members();
		paragraphs.add(ReportWording.rateAssessment(f));
		List<String> below = new ArrayList<>();
		Map<Long, String> labels = this.org.labels(node.children().stream().map(StudyRollup.Node::unit).toList());
		for (StudyRollup.Node c : node.children()) {
			StudyRollup.MemberFigures cf = c.members();
			if (cf.denominator() > 0 && f.denominator() > 0
					&& cf.attended() * f.denominator() < f.attended() * cf.denominator()) {
				below.add(labels.get(c.unit().getId()) + " (" + cf.rate() + ")");
			}
		}
		if (!below.isEmpty()) {
			paragraphs
				.add(Wording.end("Một số đơn vị có tỷ lệ tiếp thu thấp hơn mức chung: " + String.join(", ", below)));
		}
		if (campaign.getDeadline() != null) {
			long late = sessions.stream().filter(s -> s.getHeldOn().isAfter(campaign.getDeadline())).count();
			if (late > 0) {
				paragraphs.add("Có " + VnFormat.count(late) + " lớp tổ chức sau thời hạn "
						+ VnFormat.longDate(campaign.getDeadline()) + ".");
			}
		}
		if (node.notYetAttended() > 0) {
			paragraphs.add("Còn " + VnFormat.number(node.notYetAttended())
					+ " đảng viên chưa tiếp thu; các chi bộ cần tổ chức học bù.");
		}
		return paragraphs;
	}

}
