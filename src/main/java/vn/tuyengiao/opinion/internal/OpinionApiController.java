package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnits;

/**
 * Public opinion over REST: topics, collaborators, items, hot topics and the summary,
 * with the pages' scope rules (a unit sees its own and its subtree's).
 */
@RestController
@RequestMapping("/api/v1/opinion")
@Tag(name = "Dư luận xã hội",
		description = "Chủ đề, cộng tác viên, ý kiến dư luận, vấn đề nổi lên, số liệu tổng hợp theo đơn vị và kỳ")
class OpinionApiController {

	private final TopicCatalogue topics;

	private final CollaboratorRoster roster;

	private final OpinionItems items;

	private final ItemList list;

	private final OpinionFigures figures;

	private final OrgUnits units;

	private final Clock clock;

	OpinionApiController(TopicCatalogue topics, CollaboratorRoster roster, OpinionItems items, ItemList list,
			OpinionFigures figures, OrgUnits units, Clock clock) {
		this.topics = topics;
		this.roster = roster;
		this.items = items;
		this.list = list;
		this.figures = figures;
		this.units = units;
		this.clock = clock;
	}

	// ---- topics

	@GetMapping("/topics")
	List<TopicCatalogue.TopicRow> topics(Scope scope) {
		return this.topics.visible(scope);
	}

	record TopicRequest(Long unitId, String name, OpinionField field) {
	}

	@PostMapping("/topics")
	@Operation(summary = "Thêm chủ đề vào danh mục của một đơn vị (quản trị viên: danh mục chung, không có đơn vị)")
	ResponseEntity<TopicCatalogue.TopicRow> createTopic(Scope scope, @RequestBody TopicRequest r) {
		OpinionTopic t = this.topics.create(scope, r.unitId(), r.name(), r.field());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TopicCatalogue.TopicRow(t.getId(), t.getName(), t.getField(), t.getUnitId(), t.isActive(),
					t.getVersion()));
	}

	// ---- collaborators

	record CollaboratorDto(long id, long unitId, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo, long version) {

		static CollaboratorDto of(Collaborator x) {
			return new CollaboratorDto(x.getId(), x.getUnitId(), x.getMemberId(), x.getFullName(), x.getOccupation(),
					x.getContact(), x.getValidFrom(), x.getValidTo(), x.getVersion());
		}

	}

	record CollaboratorRequest(Long unitId, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo, Long version) {

		CollaboratorRoster.CollaboratorData data() {
			return new CollaboratorRoster.CollaboratorData(this.unitId, this.memberId, this.fullName, this.occupation,
					this.contact, this.validFrom, this.validTo);
		}

	}

	@GetMapping("/collaborators")
	@Operation(
			summary = "Cộng tác viên của đơn vị và các đơn vị trực thuộc (đang làm nhiệm vụ vào ngày on; mặc định hôm nay; all=true: cả người đã thôi)")
	List<CollaboratorRoster.CollaboratorRow> collaborators(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) Boolean all) {
		return this.roster.list(scope, this.units.defaultUnit(scope, unitId),
				Boolean.TRUE.equals(all) ? null : on != null ? on : today());
	}

	@GetMapping("/collaborators/counts")
	@Operation(summary = "Số cộng tác viên đang làm nhiệm vụ theo đơn vị trực thuộc (mỗi đơn vị gồm cả cấp dưới)")
	List<CollaboratorRoster.RosterCount> collaboratorCounts(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate on) {
		return this.roster.counts(scope, this.units.defaultUnit(scope, unitId), on != null ? on : today());
	}

	@PostMapping("/collaborators")
	ResponseEntity<CollaboratorDto> createCollaborator(Scope scope, @RequestBody CollaboratorRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(CollaboratorDto.of(this.roster.create(scope, r.data())));
	}

	@GetMapping("/collaborators/{id}")
	CollaboratorDto collaborator(Scope scope, @PathVariable long id) {
		return CollaboratorDto.of(this.roster.get(scope, id));
	}

	@PutMapping("/collaborators/{id}")
	@Operation(summary = "Sửa cộng tác viên; version là phiên bản đã đọc (người khác sửa trước thì bị từ chối, 409)")
	CollaboratorDto updateCollaborator(Scope scope, @PathVariable long id, @RequestBody CollaboratorRequest r) {
		return CollaboratorDto.of(this.roster.update(scope, id, r.version(), r.data()));
	}

	// ---- items

	record ItemDto(long id, long unitId, String hamlet, LocalDate observedOn, long topicId, OpinionField field,
			Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId, Long sourceUnitId,
			String content, String handling, long version) {

		static ItemDto of(OpinionItem i) {
			return new ItemDto(i.getId(), i.getUnitId(), i.getHamlet(), i.getObservedOn(), i.getTopicId(), i.getField(),
					i.getTendency(), i.getIntensity(), i.getSpread(), i.getCollaboratorId(), i.getSourceUnitId(),
					i.getContent(), i.getHandling(), i.getVersion());
		}

	}

	record ItemRequest(Long unitId, String hamlet, LocalDate observedOn, Long topicId, OpinionField field,
			Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId, Long sourceUnitId,
			String content, String handling, Long version) {

		OpinionItems.ItemInput input() {
			return new OpinionItems.ItemInput(this.unitId, this.hamlet, this.observedOn, this.topicId, this.field,
					this.tendency, this.intensity, this.spread, this.collaboratorId, this.sourceUnitId, this.content,
					this.handling);
		}

	}

	@GetMapping("/items")
	@Operation(summary = "Ý kiến dư luận của đơn vị và cấp dưới trong kỳ (mặc định tháng này), mới nhất trước")
	List<ItemList.ItemRow> items(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long topicId, @RequestParam(required = false) Tendency tendency) {
		OpinionPeriod p = OpinionPeriod.of(from, to, today());
		return this.list.list(scope,
				new ItemList.Filter(this.units.defaultUnit(scope, unitId), p.from(), p.to(), topicId, tendency));
	}

	@PostMapping("/items")
	@Operation(
			summary = "Ghi nhận ý kiến: nguồn là cộng tác viên (collaboratorId) hoặc đơn vị (sourceUnitId; mặc định đơn vị ghi nhận); lĩnh vực mặc định theo chủ đề")
	ResponseEntity<ItemDto> createItem(Scope scope, @RequestBody ItemRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED).body(ItemDto.of(this.items.record(scope, r.input())));
	}

	@GetMapping("/items/{id}")
	ItemDto item(Scope scope, @PathVariable long id) {
		return ItemDto.of(this.items.get(scope, id));
	}

	@PutMapping("/items/{id}")
	@Operation(summary = "Sửa ý kiến; version là phiên bản đã đọc (người khác sửa trước thì bị từ chối, 409)")
	ItemDto updateItem(Scope scope, @PathVariable long id, @RequestBody ItemRequest r) {
		return ItemDto.of(this.items.update(scope, id, r.version(), r.input()));
	}

	// ---- hot topics and summary

	@GetMapping("/summary")
	@Operation(
			summary = "Số liệu dư luận của đơn vị và cấp dưới trong kỳ: tổng số, chiều hướng, chủ đề xếp theo số ý kiến (hot = vấn đề nổi lên theo ngưỡng rule), các đơn vị trực thuộc")
	OpinionSummary summary(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		OpinionPeriod p = OpinionPeriod.of(from, to, today());
		return this.figures.summary(scope, this.units.defaultUnit(scope, unitId), p.from(), p.to());
	}

	@GetMapping("/hot-topics")
	@Operation(summary = "Vấn đề nổi lên trong kỳ (mặc định tháng này) của đơn vị và cấp dưới")
	List<OpinionSummary.TopicFigures> hotTopics(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return summary(scope, unitId, from, to).hot();
	}

	record HotRequest(Long unitId, Long topicId, LocalDate from, LocalDate to) {
	}

	record HotDto(ItemList.HotLink hot, String recommendationUrl) {
	}

	@PostMapping("/hot-topics")
	@Operation(
			summary = "Giữ một vấn đề nổi lên (đơn vị, chủ đề, kỳ, số liệu) để chuyển thành kiến nghị; trả về địa chỉ trang tạo kiến nghị")
	ResponseEntity<HotDto> keepHot(Scope scope, @RequestBody HotRequest r) {
		if (r.unitId() == null || r.topicId() == null) {
			throw AppException.invalid("error.badRequest");
		}
		OpinionPeriod p = OpinionPeriod.of(r.from(), r.to(), today());
		OpinionSummary.TopicFigures t = this.figures.summary(scope, r.unitId(), p.from(), p.to())
			.topics()
			.stream()
			.filter(x -> x.topicId() == r.topicId())
			.findFirst()
			.orElseThrow(() -> AppException.notFound("opinion.topicNotFound", r.topicId()));
		ItemList.HotLink link = this.list.keep(scope, r.unitId(), r.topicId(), p.from(), p.to(), (int) t.items(),
				(int) t.units());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new HotDto(link, OpinionController.recommendationUrl(link)));
	}

	@GetMapping("/hot-topics/kept")
	List<ItemList.HotLink> kept(Scope scope, @RequestParam(required = false) Long unitId) {
		return this.list.hotLinks(scope, this.units.defaultUnit(scope, unitId));
	}

	record RecommendationRequest(String recommendationRef) {
	}

	@PutMapping("/hot-topics/{id}/recommendation")
	@Operation(summary = "Ghi kiến nghị trả lời vấn đề nổi lên (mã tham chiếu của kiến nghị)")
	ItemList.HotLink answer(Scope scope, @PathVariable long id, @RequestBody RecommendationRequest r) {
		return this.list.answer(scope, id, r.recommendationRef());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
