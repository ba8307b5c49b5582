package vn.tuyengiao.org.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.org.UnitCommands.UnitChanges;

/**
 * The organisation tree pages: browse with member counts, create, edit, move, close,
 * merge.
 */
@Controller
class OrgController {

	static final int SEARCH_PAGE = 20;

	private final OrgUnits org;

	private final OrgService orgChanges;

	private final Messages messages;

	private final FormActions actions;

	private final UnitExport export;

	private final Clock clock;

	OrgController(OrgUnits org, OrgService orgChanges, Messages messages, FormActions actions, UnitExport export,
			Clock clock) {
		this.export = export;
		this.clock = clock;
		this.org = org;
		this.orgChanges = orgChanges;
		this.messages = messages;
		this.actions = actions;
	}

	@GetMapping("/units")
	String tree(Scope scope, @RequestParam(required = false) Long root,
			@RequestParam(defaultValue = "false") boolean closed, Model model) {
		List<OrgUnit> roots = this.org.roots(scope);
		if (root == null && roots.size() == 1) {
			root = roots.get(0).getId();
		}
		model.addAttribute("roots", roots);
		model.addAttribute("showClosed", closed);
		if (root != null) {
			var tree = this.org.tree(scope, root, closed);
			model.addAttribute("tree", tree);
			model.addAttribute("ancestry", this.org.ancestry(scope, tree.root().unit()));
		}
		return "units/tree";
	}

	/**
	 * The subtree in the import format, so a list can be edited in Excel and imported
	 * elsewhere.
	 */
	@GetMapping("/units/export.xlsx")
	void export(Scope scope, @RequestParam(required = false) Long root, HttpServletResponse response)
			throws IOException {
		this.export.write(scope, root, response);
	}

	/** One level of the tree, loaded when a node is opened (htmx). */
	@GetMapping("/units/{id}/children")
	String children(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "false") boolean closed,
			Model model) {
		model.addAttribute("node", this.org.tree(scope, id, closed).root());
		model.addAttribute("showClosed", closed);
		return "units/tree :: children";
	}

	@GetMapping("/units/search")
	String search(Scope scope, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		// Pages of 20; "Xem thêm" loads the next one under them, so every match is
		// reachable.
		int p = Math.max(0, Math.min(page, 500));
		List<OrgUnit> found = this.org.search(scope, q, (p + 1) * SEARCH_PAGE + 1);
		List<OrgUnit> rows = found.subList(Math.min(p * SEARCH_PAGE, found.size()),
				Math.min((p + 1) * SEARCH_PAGE, found.size()));
		model.addAttribute("results", rows);
		model.addAttribute("labels", this.org.labels(rows));
		model.addAttribute("q", q);
		model.addAttribute("nextPage", found.size() > (p + 1) * SEARCH_PAGE ? p + 1 : null);
		return "units/search :: results";
	}

	@GetMapping("/units/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		OrgUnit unit = this.org.get(scope, id);
		var tree = this.org.tree(scope, id, true);
		model.addAttribute("unit", unit);
		model.addAttribute("node", tree.root());
		model.addAttribute("ancestry", this.org.ancestry(scope, unit));
		model.addAttribute("history", this.org.parentHistory(scope, id));
		model.addAttribute("mergedInto", unit.getMergedIntoId() == null ? null : this.org.get(unit.getMergedIntoId()));
		model.addAttribute("canManage", scope.canManageUnits());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("parents",
				this.org.getAll(this.org.parentHistory(scope, id)
					.stream()
					.map(OrgUnits.ParentPeriod::parentId)
					.filter(java.util.Objects::nonNull)
					.toList()));
		return "units/show";
	}

	@GetMapping("/units/new")
	String newForm(Scope scope, @RequestParam(required = false) Long parent, Model model) {
		OrgUnit p = parent == null ? null : this.org.get(scope, parent);
		scope.requireManageUnits(p == null ? "/" : p.getPath());
		model.addAttribute("parent", p);
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("form", new UnitForm(null, p == null ? OrgUnitKind.PROVINCIAL_COMMITTEE : OrgUnitKind.CELL,
				"", "", LocalDate.now(this.clock), 0));
		return "units/form";
	}

	@PostMapping("/units")
	String create(Scope scope, @RequestParam(required = false) Long parentId, UnitForm form, Model model,
			RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			OrgUnit u = this.orgChanges.create(scope, new NewUnit(parentId, form.kind(), form.name(), form.shortCode(),
					form.docAbbreviation(), form.validFrom()));
			redirect.addFlashAttribute("flash", this.messages.get("org.created", u.getName()));
			return "redirect:/units/" + u.getId();
		}, () -> {
			model.addAttribute("parent", parentId == null ? null : this.org.get(scope, parentId));
			model.addAttribute("kinds", OrgUnitKind.values());
			model.addAttribute("form", form);
			return "units/form";
		});
	}

	@GetMapping("/units/{id}/edit")
	String editForm(Scope scope, @PathVariable long id, Model model) {
		OrgUnit u = this.org.get(scope, id);
		scope.requireManageUnits(u.getPath());
		model.addAttribute("unit", u);
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("form", new UnitForm(u.getName(), u.getKind(), u.getShortCode(), u.getDocAbbreviation(),
				u.getValidFrom(), u.getVersion()));
		return "units/form";
	}

	@PostMapping("/units/{id}")
	String update(Scope scope, @PathVariable long id, UnitForm form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			OrgUnit u = this.orgChanges.update(scope, id, new UnitChanges(form.name(), form.kind(), form.shortCode(),
					form.docAbbreviation(), form.validFrom(), form.version()));
			redirect.addFlashAttribute("flash", this.messages.get("org.updated", u.getName()));
			return "redirect:/units/" + id;
		}, () -> {
			model.addAttribute("unit", this.org.get(scope, id));
			model.addAttribute("kinds", OrgUnitKind.values());
			model.addAttribute("form", form);
			return "units/form";
		});
	}

	@PostMapping("/units/{id}/move")
	String move(Scope scope, @PathVariable long id, MoveForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/units/" + id, () -> {
			OrgUnit parent = this.org.resolve(scope, form.parentId(), form.parentCode());
			OrgUnit u = this.orgChanges.move(scope, id, parent.getId(), form.date(), form.version());
			return this.messages.get("org.moved", u.getName());
		});
	}

	@PostMapping("/units/{id}/close")
	String close(Scope scope, @PathVariable long id, CloseForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/units/" + id, () -> this.messages.get("org.closed",
				this.orgChanges.close(scope, id, form.date(), form.version()).getName()));
	}

	@GetMapping("/units/{id}/merge")
	String mergeForm(Scope scope, @PathVariable long id, Model model) {
		OrgUnit u = this.org.get(scope, id);
		scope.requireManageUnits(u.getPath());
		model.addAttribute("unit", u);
		return "units/merge";
	}

	@PostMapping("/units/{id}/merge")
	String merge(Scope scope, @PathVariable long id, MergeForm form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			List<Long> ids = new java.util.ArrayList<>(form.sourceIds());
			Arrays.stream(form.sourceCodes().split("[,;\\s]+"))
				.filter(s -> !s.isBlank())
				.forEach(code -> ids.add(this.org.byCode(code).getId()));
			var result = this.orgChanges.merge(scope, id, ids, form.date());
			redirect.addFlashAttribute("flash",
					this.messages.get("org.merged", result.closedUnits(), result.movedUnits(), result.movedMembers()));
			return "redirect:/units/" + id;
		}, () -> {
			model.addAttribute("unit", this.org.get(scope, id));
			model.addAttribute("sources", this.org.getAll(form.sourceIds()).values());
			return "units/merge";
		});
	}

	/**
	 * The move form: the new parent (picked; a code from older clients), from when, and
	 * the version the user saw.
	 */
	record MoveForm(Long parentId, String parentCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			long version) {
	}

	/** The close form: from when, and the version the user saw. */
	record CloseForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, long version) {
	}

	/**
	 * The merge form: the units merged into this one (picked; codes from older clients),
	 * and from when.
	 */
	record MergeForm(List<Long> sourceIds, String sourceCodes,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

		MergeForm {
			sourceIds = sourceIds == null ? List.of() : sourceIds;
			sourceCodes = sourceCodes == null ? "" : sourceCodes;
		}

	}

	record UnitForm(String name, OrgUnitKind kind, String shortCode, String docAbbreviation,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, long version) {
	}

}
