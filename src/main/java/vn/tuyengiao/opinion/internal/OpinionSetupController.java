package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/** The collaborator roster and the topic catalogue pages. */
@Controller
class OpinionSetupController {

	private final CollaboratorRoster roster;

	private final TopicCatalogue topics;

	private final OrgUnits units;

	private final MemberService members;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	OpinionSetupController(CollaboratorRoster roster, TopicCatalogue topics, OrgUnits units, MemberService members,
			FormActions forms, Messages messages, Clock clock) {
		this.roster = roster;
		this.topics = topics;
		this.units = units;
		this.members = members;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	/** The roster's filters: the unit, and whether former collaborators show too. */
	record RosterQuery(Long unit, Boolean all, Integer page) {
	}

	/** The collaborator form. */
	record CollaboratorForm(Long unitId, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo, Long version) {

		CollaboratorRoster.CollaboratorData data() {
			return new CollaboratorRoster.CollaboratorData(this.unitId, this.memberId, this.fullName, this.occupation,
					this.contact, this.validFrom, this.validTo);
		}

	}

	@GetMapping("/opinion/collaborators")
	String collaborators(Scope scope, RosterQuery q, Model model) {
		OrgUnit unit = this.units.get(scope, this.units.defaultUnit(scope, q.unit()));
		LocalDate today = today();
		boolean all = Boolean.TRUE.equals(q.all());
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", this.units.label(unit));
		model.addAttribute("all", all);
		model.addAttribute("counts", this.roster.counts(scope, unit.getId(), today));
		model.addAttribute("rows", Listing.Slice.ofList(this.roster.list(scope, unit.getId(), all ? null : today),
				q.page() == null ? 0 : q.page(), Listing.PAGE_SIZE));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today);
		model.addAttribute("memberName", null);
		return "opinion/collaborators";
	}

	@PostMapping("/opinion/collaborators")
	String createCollaborator(Scope scope, CollaboratorForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect,
				"/opinion/collaborators" + (form.unitId() == null ? "" : "?unit=" + form.unitId()),
				() -> this.roster.create(scope, form.data()), x -> "/opinion/collaborators/" + x.getId(),
				x -> this.messages.get("opinion.collaboratorSaved", x.getFullName()));
	}

	@GetMapping("/opinion/collaborators/{id}")
	String collaborator(Scope scope, @PathVariable long id, Model model) {
		Collaborator x = this.roster.get(scope, id);
		model.addAttribute("x", x);
		model.addAttribute("unit", this.units.get(scope, x.getUnitId()));
		model.addAttribute("memberName",
				x.getMemberId() == null ? null : this.members.get(scope, x.getMemberId()).getFullName());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "opinion/collaborator";
	}

	@PostMapping("/opinion/collaborators/{id}")
	String updateCollaborator(Scope scope, @PathVariable long id, CollaboratorForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/opinion/collaborators/" + id,
				() -> this.roster.update(scope, id, form.version(), form.data()));
	}

	/** A topic's form: its unit (none for the common catalogue), name and field. */
	record TopicForm(Long unitId, String name, OpinionField field, Boolean active, Long version) {
	}

	@GetMapping("/opinion/topics")
	String topics(Scope scope, Model model) {
		List<TopicCatalogue.TopicRow> rows = this.topics.visible(scope);
		model.addAttribute("rows", rows);
		model.addAttribute("fields", OpinionField.values());
		model.addAttribute("canManage", scope.canManageUnits());
		model.addAttribute("owner", scope.rootUnitId() == null ? null : this.units.get(scope.rootUnitId()));
		model.addAttribute("editable", rows.stream()
			.collect(java.util.stream.Collectors.toMap(TopicCatalogue.TopicRow::id, t -> scope.canManageUnits()
					&& (t.unitId() == null ? scope.admin() : scope.contains(this.units.get(t.unitId()).getPath())))));
		return "opinion/topics";
	}

	@PostMapping("/opinion/topics")
	String createTopic(Scope scope, TopicForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/opinion/topics",
				() -> this.topics.create(scope, form.unitId(), form.name(), form.field()).getName(),
				name -> "/opinion/topics", name -> this.messages.get("opinion.topicSaved", name));
	}

	@PostMapping("/opinion/topics/{id}")
	String updateTopic(Scope scope, @PathVariable long id, TopicForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/opinion/topics", () -> this.topics.update(scope, id, form.version(),
				form.name(), form.field(), !Boolean.FALSE.equals(form.active())));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
