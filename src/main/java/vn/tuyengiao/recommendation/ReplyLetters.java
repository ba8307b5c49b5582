package vn.tuyengiao.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.text.VnFormat;

/**
 * The reply letter (công văn trả lời) to a recommendation or a group: drafted into the
 * register by the addressee's issuing body, "Kính gửi" the units that asked, the subject,
 * what they asked and the answer recorded. The officer edits and issues it in the
 * register, then records its number here ({@link RecommendationService#recordReply}).
 */
@Service
public class ReplyLetters {

	static final String TYPE = DocumentType.OFFICIAL_LETTER.abbreviation();

	private final RecommendationService service;

	private final RecommendationGroups groups;

	private final RecommendationRepository recommendations;

	private final DocumentRegister register;

	private final ReportDrafts drafts;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	ReplyLetters(RecommendationService service, RecommendationGroups groups, RecommendationRepository recommendations,
			DocumentRegister register, ReportDrafts drafts, OrgUnits org, AuditLog audit, Clock clock) {
		this.service = service;
		this.groups = groups;
		this.recommendations = recommendations;
		this.register = register;
		this.drafts = drafts;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drafts the reply to a recommendation (to its whole group when it is in one);
	 * returns the draft's id (its page is {@code /register/drafts/{id}}).
	 */
	@Transactional
	public long draft(Scope scope, long id) {
		Recommendation r = this.service.get(scope, id);
		List<Recommendation> all = r.getGroupId() == null ? List.of(r)
				: this.recommendations.findByGroupIdOrderById(r.getGroupId());
		String title = r.getGroupId() == null ? r.getSubject() : this.groups.get(scope, r.getGroupId()).title();
		return draft(scope, all, title, "recommendation=" + id);
	}

	/** Drafts the reply to every member of a group. */
	@Transactional
	public long draftGroup(Scope scope, long groupId) {
		RecommendationGroups.Group g = this.groups.get(scope, groupId);
		return draft(scope, this.recommendations.findByGroupIdOrderById(groupId), g.title(),
				"recommendationGroup=" + groupId);
	}

	private long draft(Scope scope, List<Recommendation> all, String title, String params) {
		Recommendation first = all.get(0);
		OrgUnit addressee = this.org.get(first.getAddresseeUnitId());
		scope.requireWrite(addressee.getPath());
		if (!this.service.canAnswer(scope, first)) {
			throw AppException.forbidden();
		}
		IssuingBody body = this.register.bodies(scope)
			.stream()
			.filter(b -> java.util.Objects.equals(b.getUnitId(), addressee.getId()))
			.findFirst()
			.orElseThrow(() -> AppException.invalid("recommendation.noIssuingBody", this.org.label(addressee)));
		PartyDocument doc = build(body, addressee, all, title);
		long draft = this.drafts.createId(scope,
				new ReportDrafts.NewDraft("recommendation-reply", params, body.getId(), TYPE, doc));
		for (Recommendation x : all) {
			this.audit.record("UPDATE", "Recommendation", x.getId(), this.org.get(x.getRaisedUnitId()).getPath(),
					"Soạn công văn trả lời kiến nghị", x.getSubject());
		}
		return draft;
	}

	PartyDocument build(IssuingBody body, OrgUnit addressee, List<Recommendation> all, String title) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> labels = this.org
			.labelsOf(all.stream().map(Recommendation::getRaisedUnitId).distinct().toList());
		List<String> askers = new ArrayList<>(labels.values());
		PartyDocument.Builder doc = PartyDocument
			.builder(ReportPages.header(body, addressee.getName(), addressee.getDocAbbreviation(), null, today),
					DocumentType.OFFICIAL_LETTER)
			.subject("V/v trả lời kiến nghị " + lower(strip(title)));
		doc.paragraph("Kính gửi: " + String.join("; ", askers) + ".");
		StringBuilder asked = new StringBuilder(body.getName()).append(" nhận được kiến nghị của ");
		for (int i = 0; i < all.size(); i++) {
			Recommendation x = all.get(i);
			asked.append(i == 0 ? "" : "; ")
				.append(labels.get(x.getRaisedUnitId()))
				.append(" (ngày ")
				.append(VnFormat.shortDate(x.getRaisedOn()))
				.append(")");
		}
		asked.append(" về ").append(strip(first(all).getBody())).append(".");
		doc.paragraph(asked.toString());
		String answer = all.stream()
			.map(Recommendation::getAnswer)
			.filter(a -> a != null && !a.isBlank())
			.findFirst()
			.orElse(null);
		doc.draft("Về nội dung này, " + body.getName() + " trả lời như sau: " + (answer == null ? "…" : strip(answer))
				+ ".");
		doc.paragraph("Đề nghị các đơn vị nghiên cứu, triển khai thực hiện./.");
		List<String> to = new ArrayList<>(askers);
		doc.recipients(new Recipients(to, "Lưu Văn phòng"));
		doc.signature(ReportPages.signature(body, null, null));
		return doc.build();
	}

	private static Recommendation first(List<Recommendation> all) {
		return all.get(0);
	}

	private static String strip(String s) {
		String t = s == null ? "" : s.strip();
		while (t.endsWith(".") || t.endsWith(";")) {
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}

	private static String lower(String s) {
		return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

}
