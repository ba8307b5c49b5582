package vn.tuyengiao.member.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;

/**
 * Member list with search and filters, detail with history, forms, status changes and
 * Excel export.
 */
@Controller
class MemberController {

	private final MemberService members;

	private final MemberSearch search;

	private final OrgUnits org;

	private final Messages messages;

	private final FormActions actions;

	private final MemberExport export;

	private final Clock clock;

	MemberController(MemberService members, MemberSearch search, OrgUnits org, Messages messages, FormActions actions,
			MemberExport export, Clock clock) {
		this.actions = actions;
		this.export = export;
		this.clock = clock;
		this.members = members;
		this.search = search;
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/members")
	String list(Scope scope, MemberFilter filter, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Listing.Sort sort = filter.sorting();
		var result = this.search.list(scope, filter.query(), sort, filter.after(),
				filter.page() == null ? 0 : Math.max(0, filter.page()), Listing.PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("sort", sort);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("unit", filter.unit() == null ? null : this.org.get(scope, filter.unit()));
		model.addAttribute("canWrite", scope.canWrite());
		return htmx != null ? "members/list :: results" : "members/list";
	}

	@GetMapping("/members/export.xlsx")
	void export(Scope scope, MemberFilter filter, HttpServletResponse response) throws IOException {
		this.export.write(scope, filter.query(), response);
	}

	@GetMapping("/members/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		model.addAttribute("d", this.members.details(scope, id));
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "members/show";
	}

	@GetMapping("/members/new")
	String newForm(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		OrgUnit u = unit == null ? null : this.org.get(scope, unit);
		scope.requireWrite(u == null ? (scope.pathPrefix() == null ? "/" : scope.pathPrefix()) : u.getPath());
		model.addAttribute("form", new MemberForm(null, null, null, null, null, null, null,
				u == null ? null : u.getId(), null, null, MemberStatus.ACTIVE, null, false, 0));
		return formView(model, null);
	}

	@PostMapping("/members")
	String create(Scope scope, MemberForm form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			Member m = this.members.create(scope, form.data());
			redirect.addFlashAttribute("flash", this.messages.get("member.created", m.getFullName()));
			return "redirect:/members/" + m.getId();
		}, () -> {
			model.addAttribute("form", form);
			return formView(model, null);
		});
	}

	@GetMapping("/members/{id}/edit")
	String editForm(Scope scope, @PathVariable long id, Model model) {
		Member m = this.members.get(scope, id);
		OrgUnit u = this.org.get(m.getUnitId());
		scope.requireWrite(u.getPath());
		model.addAttribute("form",
				new MemberForm(m.getFullName(), m.getGender(), m.getBirthDate(), m.getCardNumber(), m.getJoinDate(),
						m.getFullMemberDate(), null, u.getId(), m.getPosition(), m.getDuties(), m.getStatus(),
						m.getStatusSince(), m.isRetiredCadre(), m.getVersion()));
		return formView(model, m);
	}

	@PostMapping("/members/{id}")
	String update(Scope scope, @PathVariable long id, MemberForm form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			Member m = this.members.update(scope, id, form.data(), form.version());
			redirect.addFlashAttribute("flash", this.messages.get("member.updated", m.getFullName()));
			return "redirect:/members/" + id;
		}, () -> {
			model.addAttribute("form", form);
			return formView(model, this.members.get(scope, id));
		});
	}

	@PostMapping("/members/{id}/status")
	String changeStatus(Scope scope, @PathVariable long id, StatusChange change, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/members/" + id, () -> {
			Member m = this.members.changeStatus(scope, id, change.status(), change.since(), change.note(),
					change.version());
			return this.messages.get("member.statusChanged", m.getFullName());
		});
	}

	private String formView(Model model, Member member) {
		model.addAttribute("member", member);
		// The cell the form's picker shows: the one picked, or named by code by older
		// clients.
		MemberForm form = (MemberForm) model.getAttribute("form");
		OrgUnit cell = null;
		if (form != null && form.unitId() != null) {
			cell = this.org.getAll(List.of(form.unitId())).get(form.unitId());
		}
		else if (form != null && form.unitCode() != null && !form.unitCode().isBlank()) {
			cell = this.org.findByCode(form.unitCode()).orElse(null);
		}
		model.addAttribute("formUnit", cell);
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("genders", Gender.values());
		return "members/form";
	}

	/** The list's filters, bound from the query string. */
	record MemberFilter(String q, Long unit, MemberStatus status, Gender gender, Boolean retired, Boolean all,
			String sort, Long after, Integer page) {

		Listing.Sort sorting() {
			return Listing.Sort.parse(this.sort, "name", MemberSearch.SORTS.keySet());
		}

		MemberSearch.Query query() {
			return new MemberSearch.Query(this.q, this.unit, this.status, this.gender, this.retired,
					Boolean.TRUE.equals(this.all));
		}

	}

	/** The status form on a member's page. */
	record StatusChange(MemberStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			String note, long version) {
	}

	record MemberForm(String fullName, Gender gender,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String cardNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fullMemberDate, String unitCode, Long unitId,
			String position, String duties, MemberStatus status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusSince, Boolean retiredCadre, long version) {

		MemberData data() {
			return new MemberData(this.fullName, this.gender, this.birthDate, this.cardNumber, this.joinDate,
					this.fullMemberDate, this.unitCode, this.unitId, this.position, this.duties,
					this.status == null ? MemberStatus.ACTIVE : this.status, this.statusSince,
					Boolean.TRUE.equals(this.retiredCadre));
		}

	}

}
