package vn.tuyengiao.press.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.press.ComplaintStatus;
import vn.tuyengiao.press.DeliveryComplaint;
import vn.tuyengiao.press.DeliveryComplaints;
import vn.tuyengiao.press.FrequencyUnit;
import vn.tuyengiao.press.FundingSource;
import vn.tuyengiao.press.PeriodKind;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.press.PressRule;
import vn.tuyengiao.press.PressSubscription;
import vn.tuyengiao.press.PressSubscriptions;
import vn.tuyengiao.press.PressSummaries;
import vn.tuyengiao.press.SubscriptionRenewal;
import vn.tuyengiao.press.PressSummary;
import vn.tuyengiao.press.PressTitle;
import vn.tuyengiao.press.TitleKind;

/**
 * Party press over REST: the catalogue, the rules, a unit's subscriptions, compliance,
 * the summary for reports, delivery complaints. Same scope rules as the pages; refusals
 * are problem details in Vietnamese naming the field ({@code errors}).
 */
@RestController
@RequestMapping("/api/v1/press")
@Tag(name = PressApiDocs.TAG, description = PressApiDocs.TAG_DESCRIPTION)
class PressApiController {

	private final PressCatalogue catalogue;

	private final PressSubscriptions subscriptions;

	private final PressCompliance compliance;

	private final PressSummaries summaries;

	private final DeliveryComplaints complaints;

	private final OrgUnits org;

	private final SubscriptionRenewal renewal;

	private final Clock clock;

	PressApiController(PressCatalogue catalogue, PressSubscriptions subscriptions, PressCompliance compliance,
			PressSummaries summaries, DeliveryComplaints complaints, OrgUnits org, SubscriptionRenewal renewal,
			Clock clock) {
		this.renewal = renewal;
		this.catalogue = catalogue;
		this.subscriptions = subscriptions;
		this.compliance = compliance;
		this.summaries = summaries;
		this.complaints = complaints;
		this.org = org;
		this.clock = clock;
	}

	record TitleDto(long id, String name, String publisher, TitleKind kind, int issuesExpected,
			FrequencyUnit frequencyUnit, LocalDate validFrom, LocalDate validTo, Long successorId, long version) {

		static TitleDto of(PressTitle t) {
			return new TitleDto(t.getId(), t.getName(), t.getPublisher(), t.getKind(), t.getIssuesExpected(),
					t.getFrequencyUnit(), t.getValidFrom(), t.getValidTo(), t.getSuccessorId(), t.getVersion());
		}

	}

	record RuleDto(long id, long ownerUnitId, OrgUnitKind unitKind, OrgUnitKind parentKind, long titleId,
			LocalDate validFrom, LocalDate validTo, String note, long version) {

		static RuleDto of(PressRule r) {
			return new RuleDto(r.getId(), r.getOwnerUnitId(), r.getUnitKind(), r.getParentKind(), r.getTitleId(),
					r.getValidFrom(), r.getValidTo(), r.getNote(), r.getVersion());
		}

	}

	record RuleRequest(Long ownerUnitId, String unitKind, String parentKind, Long titleId, LocalDate validFrom,
			LocalDate validTo, String note, Long version) {

		PressCatalogue.RuleForm form() {
			return new PressCatalogue.RuleForm(this.unitKind, this.parentKind, this.titleId, this.validFrom,
					this.validTo, this.note, this.version);
		}

	}

	record SubscriptionDto(long id, long unitId, long titleId, PeriodKind periodKind, int year, int periodNo,
			LocalDate startDate, LocalDate endDate, FundingSource funding, int copies, String note, long version) {

		static SubscriptionDto of(PressSubscription s) {
			return new SubscriptionDto(s.getId(), s.getUnitId(), s.getTitleId(), s.getPeriodKind(), s.getPeriodYear(),
					s.getPeriodNo(), s.getStartDate(), s.getEndDate(), s.getFunding(), s.getCopies(), s.getNote(),
					s.getVersion());
		}

	}

	record UnitComplianceDto(long unitId, String unit, OrgUnitKind kind, List<String> required, List<String> missing,
			boolean complete) {
	}

	record ComplianceDto(long unitId, LocalDate asOf, int unitsRequired, int unitsComplete, String rate,
			List<UnitComplianceDto> units) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "PressSummaryDto")
	record SummaryDto(PressSummary summary, String rate, String sentence) {
	}

	record ComplaintDto(long id, long unitId, String unit, long titleId, int issuesExpected, int actualMin,
			int actualMax, FrequencyUnit frequencyUnit, LocalDate periodFrom, LocalDate periodTo, String postOffice,
			String note, ComplaintStatus status, Long letterDraftId, long version) {
	}

	record ComplaintRequest(Long unitId, Long titleId, Integer issuesExpected, Integer actualMin, Integer actualMax,
			LocalDate periodFrom, LocalDate periodTo, String postOffice, String note) {
	}

	record StatusRequest(ComplaintStatus status, Long version) {
	}

	record LetterRequest(Long bodyId, Long version) {
	}

	@GetMapping("/titles")
	@Operation(summary = "Danh mục báo, tạp chí (kể cả tên đã ngừng phát hành, với ngày và tên kế tục)")
	List<TitleDto> titles() {
		return this.catalogue.titles().stream().map(TitleDto::of).toList();
	}

	@PostMapping("/titles")
	@Operation(summary = "Thêm báo, tạp chí (quản trị, cán bộ cấp tỉnh)")
	ResponseEntity<TitleDto> createTitle(Scope scope, @RequestBody PressCatalogue.TitleForm f) {
		return ResponseEntity.status(HttpStatus.CREATED).body(TitleDto.of(this.catalogue.createTitle(scope, f)));
	}

	@PutMapping("/titles/{id}")
	@Operation(summary = "Sửa báo, tạp chí; version là phiên bản đã đọc (409 nếu người khác vừa sửa)")
	TitleDto updateTitle(Scope scope, @PathVariable long id, @RequestBody PressCatalogue.TitleForm f) {
		return TitleDto.of(this.catalogue.updateTitle(scope, id, f));
	}

	@GetMapping("/rules")
	@Operation(summary = "Quy định báo, tạp chí bắt buộc theo loại tổ chức đảng áp dụng trong phạm vi người dùng")
	List<RuleDto> rules(Scope scope) {
		return this.catalogue.rules(scope).stream().map(RuleDto::of).toList();
	}

	@PostMapping("/rules")
	@Operation(summary = PressApiDocs.CREATE_RULE)
	ResponseEntity<RuleDto> createRule(Scope scope, @RequestBody RuleRequest r) {
		long owner = r.ownerUnitId() == null ? this.org.defaultUnit(scope, null) : r.ownerUnitId();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(RuleDto.of(this.catalogue.createRule(scope, owner, r.form())));
	}

	@PutMapping("/rules/{id}")
	@Operation(summary = "Sửa quy định; version là phiên bản đã đọc")
	RuleDto updateRule(Scope scope, @PathVariable long id, @RequestBody RuleRequest r) {
		return RuleDto.of(this.catalogue.updateRule(scope, id, r.form()));
	}

	@GetMapping("/units/{unitId}/subscriptions")
	@Operation(summary = "Các lần đặt mua báo, tạp chí của một tổ chức đảng")
	List<SubscriptionDto> subscriptions(Scope scope, @PathVariable long unitId) {
		return this.subscriptions.forUnit(scope, unitId).stream().map(SubscriptionDto::of).toList();
	}

	@PostMapping("/units/{unitId}/subscriptions")
	@Operation(summary = PressApiDocs.SUBSCRIBE)
	ResponseEntity<SubscriptionDto> subscribe(Scope scope, @PathVariable long unitId,
			@RequestBody PressSubscriptions.SubscriptionForm f) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(SubscriptionDto.of(this.subscriptions.create(scope, unitId, f)));
	}

	record RenewedDto(List<SubscriptionDto> created, List<String> skipped) {
	}

	@PostMapping("/units/{unitId}/subscriptions/renew")
	@Operation(summary = PressApiDocs.RENEW)
	RenewedDto renew(Scope scope, @PathVariable long unitId) {
		SubscriptionRenewal.Renewed r = this.renewal.renew(scope, unitId);
		return new RenewedDto(r.created().stream().map(SubscriptionDto::of).toList(), r.skipped());
	}

	@PutMapping("/subscriptions/{id}")
	@Operation(summary = "Sửa một lần đặt mua; version là phiên bản đã đọc")
	SubscriptionDto updateSubscription(Scope scope, @PathVariable long id,
			@RequestBody PressSubscriptions.SubscriptionForm f) {
		return SubscriptionDto.of(this.subscriptions.update(scope, id, f));
	}

	@DeleteMapping("/subscriptions/{id}")
	@Operation(summary = "Xóa một lần đặt mua; version là phiên bản đã đọc")
	ResponseEntity<Void> deleteSubscription(Scope scope, @PathVariable long id, @RequestParam Long version) {
		this.subscriptions.delete(scope, id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/compliance")
	@Operation(summary = "Tình hình đặt đủ báo, tạp chí bắt buộc của các tổ chức đảng dưới một đơn vị vào một ngày")
	ComplianceDto compliance(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now(this.clock) : asOf;
		PressCompliance.Compliance c = this.compliance.of(scope, this.org.defaultUnit(scope, unit), date);
		Map<Long, String> labels = this.org.labelsOf(c.units().stream().map(PressCompliance.UnitLine::unitId).toList());
		return new ComplianceDto(c.rootId(), date, c.required(), c.complete(),
				vn.tuyengiao.text.VnFormat.percent(c.complete(), c.required()),
				c.units()
					.stream()
					.map(l -> new UnitComplianceDto(l.unitId(), labels.get(l.unitId()), l.kind(), names(l.required()),
							names(l.missing()), l.complete()))
					.toList());
	}

	@GetMapping("/summary")
	@Operation(summary = "Số liệu và câu tóm tắt cho báo cáo định kỳ, báo cáo giám sát")
	SummaryDto summary(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now(this.clock) : asOf;
		PressSummary s = this.summaries.forUnit(scope, this.org.defaultUnit(scope, unit), date);
		return new SummaryDto(s, s.rate(), s.sentence());
	}

	@GetMapping("/complaints")
	@Operation(summary = "Phản ánh phát hành chậm của các đơn vị dưới một đơn vị, lọc theo trạng thái")
	List<ComplaintDto> complaints(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) ComplaintStatus status) {
		List<DeliveryComplaint> rows = this.complaints.list(scope, this.org.defaultUnit(scope, unit), status);
		Map<Long, String> labels = this.org.labelsOf(rows.stream().map(DeliveryComplaint::getUnitId).toList());
		return rows.stream().map(c -> dto(c, labels.get(c.getUnitId()))).toList();
	}

	@GetMapping("/complaints/{id}")
	@Operation(summary = "Một phản ánh phát hành")
	ComplaintDto complaint(Scope scope, @PathVariable long id) {
		DeliveryComplaint c = this.complaints.get(scope, id);
		return dto(c, this.org.labelOf(c.getUnitId()));
	}

	@PostMapping("/complaints")
	@Operation(summary = "Ghi phản ánh: số kỳ phát hành dự kiến và thực nhận (mỗi tuần hoặc tháng), từ ngày, bưu điện")
	ResponseEntity<ComplaintDto> record(Scope scope, @RequestBody ComplaintRequest r) {
		if (r.unitId() == null) {
			throw AppException.invalid("press.unitRequired");
		}
		DeliveryComplaint c = this.complaints.record(scope, r.unitId(),
				new DeliveryComplaints.ComplaintForm(r.titleId(), r.issuesExpected(), r.actualMin(), r.actualMax(),
						r.periodFrom(), r.periodTo(), r.postOffice(), r.note()));
		return ResponseEntity.status(HttpStatus.CREATED).body(dto(c, this.org.labelOf(c.getUnitId())));
	}

	@PostMapping("/complaints/{id}/status")
	@Operation(summary = "Chuyển trạng thái: OPEN, LETTER_SENT, RESOLVED; version là phiên bản đã đọc")
	ComplaintDto move(Scope scope, @PathVariable long id, @RequestBody StatusRequest r) {
		DeliveryComplaint c = this.complaints.move(scope, id, r.status(), r.version());
		return dto(c, this.org.labelOf(c.getUnitId()));
	}

	@PostMapping("/complaints/{id}/letter")
	@Operation(summary = "Soạn công văn gửi bưu điện thành dự thảo trong sổ văn bản của cơ quan ban hành (bodyId)")
	ResponseEntity<Map<String, Long>> letter(Scope scope, @PathVariable long id, @RequestBody LetterRequest r) {
		long draft = this.complaints.draftLetter(scope, id, r.bodyId(), r.version());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("draftId", draft));
	}

	private static ComplaintDto dto(DeliveryComplaint c, String unit) {
		return new ComplaintDto(c.getId(), c.getUnitId(), unit, c.getTitleId(), c.getIssuesExpected(), c.getActualMin(),
				c.getActualMax(), c.getFrequencyUnit(), c.getPeriodFrom(), c.getPeriodTo(), c.getPostOffice(),
				c.getNote(), c.getStatus(), c.getLetterDraftId(), c.getVersion());
	}

	private static List<String> names(List<PressTitle> titles) {
		return titles.stream().map(PressTitle::getName).toList();
	}

}
