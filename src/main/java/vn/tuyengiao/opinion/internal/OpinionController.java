package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The pages of opinion items: the period's list with the recording form, one item with
 * its correction form, the hot topics, the roll-up of the units below, the exports.
 */
@Controller
class OpinionController {

	private final OpinionItems items;

	private final ItemList list;

	private final OpinionFigures figures;

	private final TopicCatalogue topics;

	private final CollaboratorRoster roster;

	private final OpinionExport export;

	private final OrgUnits units;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	OpinionController(OpinionItems items, ItemList list, OpinionFigures figures, TopicCatalogue topics,
			CollaboratorRoster roster, OpinionExport export, OrgUnits units, FormActions forms, Messages messages,
			Clock clock) {
		this.items = items;
		this.list = list;
		this.figures = figures;
		this.topics = topics;
		this.roster = roster;
		this.export = export;
		this.units = units;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	/** The filters of the items list. */
	record ItemsQuery(Long unit, LocalDate from, LocalDate to, Long topic, Tendency tendency, Integer page) {
	}

	/** The recording and correction form. */
	record ItemForm(Long unitId, String hamlet, LocalDate observedOn, Long topicId, OpinionField field,
			Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId, String content, String handling,
			Long version) {

		OpinionItems.ItemInput input() {
			return new OpinionItems.ItemInput(this.unitId, this.hamlet, this.observedOn, this.topicId, this.field,
					this.tendency, this.intensity, this.spread, this.collaboratorId, null, this.content, this.handling);
		}

	}

	@GetMapping("/opinion")
	String items(Scope scope, ItemsQuery q, Model model) {
		OrgUnit unit = this.units.get(scope, this.units.defaultUnit(scope, q.unit()));
		OpinionPeriod period = OpinionPeriod.of(q.from(), q.to(), today());
		List<ItemList.ItemRow> rows = this.list.list(scope,
				new ItemList.Filter(unit.getId(), period.from(), period.to(), q.topic(), q.tendency()));
		model.addAttribute("rows", Listing.Slice.ofList(rows, q.page() == null ? 0 : q.page(), Listing.PAGE_SIZE));
		model.addAttribute("query", q);
		period(model, unit, period);
		formChoices(scope, model, unit);
		return "opinion/items";
	}

	@PostMapping("/opinion/items")
	String record(Scope scope, ItemForm form, RedirectAttributes redirect) {
		String back = "/opinion" + (form.unitId() == null ? "" : "?unit=" + form.unitId());
		return this.forms.redirect(redirect, back, () -> this.items.record(scope, form.input()),
				item -> UriComponentsBuilder.fromPath("/opinion/hot")
					.queryParam("from", OpinionPeriod.of(item.getObservedOn(), null, today()).from())
					.build()
					.toUriString(),
				item -> this.messages.get("opinion.itemSaved"));
	}

	@GetMapping("/opinion/items/{id}")
	String item(Scope scope, @PathVariable long id, Model model) {
		OpinionItem item = this.items.get(scope, id);
		OrgUnit unit = this.units.get(scope, item.getUnitId());
		model.addAttribute("item", item);
		model.addAttribute("unit", unit);
		model.addAttribute("topic",
				this.topics.visible(Scope.system())
					.stream()
					.filter(t -> t.id() == item.getTopicId())
					.findFirst()
					.orElse(null));
		model.addAttribute("collaborator",
				item.getCollaboratorId() == null ? null : this.roster.get(Scope.system(), item.getCollaboratorId()));
		model.addAttribute("sourceUnit",
				item.getSourceUnitId() == null ? null : this.units.labelOf(item.getSourceUnitId()));
		formChoices(scope, model, unit);
		return "opinion/item";
	}

	@PostMapping("/opinion/items/{id}")
	String update(Scope scope, @PathVariable long id, ItemForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/opinion/items/" + id,
				() -> this.items.update(scope, id, form.version(), form.input()));
	}

	/** The period and unit of a figures page. */
	record PeriodQuery(Long unit, LocalDate from, LocalDate to) {
	}

	@GetMapping("/opinion/hot")
	String hot(Scope scope, PeriodQuery q, Model model) {
		OrgUnit unit = this.units.get(scope, this.units.defaultUnit(scope, q.unit()));
		OpinionPeriod period = OpinionPeriod.of(q.from(), q.to(), today());
		OpinionSummary summary = this.figures.summary(scope, unit.getId(), period.from(), period.to());
		model.addAttribute("summary", summary);
		model.addAttribute("links", this.list.hotLinks(scope, unit.getId()));
		model.addAttribute("canWrite", scope.canWrite());
		period(model, unit, period);
		return "opinion/hot";
	}

	/**
	 * "Chuyển kiến nghị": keeps the hot topic as shown and opens a new recommendation
	 * that names it as its source.
	 */
	@PostMapping("/opinion/hot")
	String passOn(Scope scope, @RequestParam long unit, @RequestParam long topic, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		OpinionSummary s = this.figures.summary(scope, unit, from, to);
		OpinionSummary.TopicFigures t = s.topics()
			.stream()
			.filter(x -> x.topicId() == topic)
			.findFirst()
			.orElseThrow(() -> vn.tuyengiao.common.AppException.notFound("opinion.topicNotFound", topic));
		ItemList.HotLink link = this.list.keep(scope, unit, topic, from, to, (int) t.items(), (int) t.units());
		return "redirect:" + recommendationUrl(link);
	}

	/**
	 * Where a new recommendation about a hot topic is drafted (module recommendation).
	 */
	static String recommendationUrl(ItemList.HotLink link) {
		return "/recommendations/new?sourceKind=OPINION&sourceRef=" + link.id() + "&unitId=" + link.unitId();
	}

	@GetMapping("/opinion/rollup")
	String rollup(Scope scope, PeriodQuery q, Model model) {
		OrgUnit unit = this.units.get(scope, this.units.defaultUnit(scope, q.unit()));
		OpinionPeriod period = OpinionPeriod.of(q.from(), q.to(), today());
		model.addAttribute("summary", this.figures.summary(scope, unit.getId(), period.from(), period.to()));
		period(model, unit, period);
		return "opinion/rollup";
	}

	@GetMapping({ "/opinion/items.xlsx", "/api/v1/opinion/items.xlsx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel workbook",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(summary = "Ý kiến dư luận của đơn vị và cấp dưới trong kỳ dạng Excel")
	ResponseEntity<byte[]> itemsXlsx(Scope scope, @org.springdoc.core.annotations.ParameterObject ItemsQuery q) {
		long unitId = this.units.defaultUnit(scope, q.unit());
		OpinionPeriod period = OpinionPeriod.of(q.from(), q.to(), today());
		return this.export.items(scope,
				new ItemList.Filter(unitId, period.from(), period.to(), q.topic(), q.tendency()));
	}

	@GetMapping({ "/opinion/rollup.xlsx", "/api/v1/opinion/rollup.xlsx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel workbook",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Tổng hợp dư luận theo đơn vị trực thuộc và theo chủ đề dạng Excel")
	ResponseEntity<byte[]> rollupXlsx(Scope scope, @org.springdoc.core.annotations.ParameterObject PeriodQuery q) {
		long unitId = this.units.defaultUnit(scope, q.unit());
		OpinionPeriod period = OpinionPeriod.of(q.from(), q.to(), today());
		return this.export.rollup(scope, unitId, period.from(), period.to());
	}

	private void period(Model model, OrgUnit unit, OpinionPeriod period) {
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", this.units.label(unit));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("previousMonth", period.from().minusMonths(1).withDayOfMonth(1));
	}

	private void formChoices(Scope scope, Model model, OrgUnit unit) {
		model.addAttribute("topics", this.topics.usable(scope));
		model.addAttribute("fields", OpinionField.values());
		model.addAttribute("tendencies", Tendency.values());
		model.addAttribute("intensities", Intensity.values());
		model.addAttribute("spreads", Spread.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today());
		model.addAttribute("collaborators",
				scope.canWrite() ? this.roster.forUnit(scope, unit.getId(), today()) : List.of());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
