package vn.tuyengiao.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.XlsxWriter;
import vn.tuyengiao.text.VnFormat;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.UserService;

/**
 * The audit log in words an official reads: who (full name), when (dd/mm/yyyy hh:mm),
 * what (the action's name), on which record (a link to its page), filtered by person,
 * module, unit and period, limited to the reader's part of the tree, paged and exported.
 * It lives at the edge ({@code web}) because it names people ({@code user}) and units
 * ({@code org}), both of which record into the log.
 */
@Controller
class AuditPage {

	private final AuditLog audit;

	private final UserService users;

	private final OrgUnits org;

	private final Messages messages;

	AuditPage(AuditLog audit, UserService users, OrgUnits org, Messages messages) {
		this.audit = audit;
		this.users = users;
		this.org = org;
		this.messages = messages;
	}

	/** One line of the log as the page and the export show it. */
	record Line(long id, java.time.Instant at, String actor, String action, String kind, String link, String summary,
			String details, String unitName) {
	}

	/** The log's filters, as the query string names them. */
	record AuditFilter(String user, String module, Long unit, @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to, Long after, Integer page) {
	}

	@GetMapping({ "/admin/audit", "/audit" })
	String list(Scope scope, AuditFilter f, Model model) {
		OrgUnit unit = f.unit() == null ? null : this.org.get(scope, f.unit());
		var slice = this.audit.page(scope, query(f, unit), f.after(), f.page() == null ? 0 : Math.max(0, f.page()),
				Listing.PAGE_SIZE);
		Map<String, String> names = fullNames();
		model.addAttribute("lines", slice.rows().stream().map(e -> line(e, names)).toList());
		model.addAttribute("slice", slice);
		model.addAttribute("filter", f);
		model.addAttribute("fromText", VnFormat.shortDate(f.from()));
		model.addAttribute("toText", VnFormat.shortDate(f.to()));
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", unit == null ? null : this.org.label(unit));
		model.addAttribute("modules", AuditSubjects.MODULES);
		model.addAttribute("actors",
				this.audit.actors(scope).stream().map(u -> new String[] { u, actor(u, names) }).toList());
		return "admin/audit";
	}

	@GetMapping({ "/admin/audit/export.xlsx", "/audit/export.xlsx" })
	void export(Scope scope, AuditFilter f, HttpServletResponse response) throws IOException {
		OrgUnit unit = f.unit() == null ? null : this.org.get(scope, f.unit());
		AuditLog.Query q = query(f, unit);
		Map<String, String> names = fullNames();
		List<String> headers = List.of(this.messages.get("audit.time"), this.messages.get("audit.user"),
				this.messages.get("audit.action"), this.messages.get("audit.entity"),
				this.messages.get("audit.summary"), this.messages.get("audit.details"));
		Downloads.startAttachment(response, Downloads.XLSX, "nhat-ky-thay-doi.xlsx");
		ZoneId zone = ZoneId.systemDefault();
		try (OutputStream out = response.getOutputStream();
				XlsxWriter writer = XlsxWriter.open(out, this.messages.get("audit.title"), headers)) {
			this.audit.forEach(scope, q, e -> {
				Line l = line(e, names);
				writer.addRow(Arrays.asList(LocalDateTime.ofInstant(l.at(), zone), l.actor(), l.action(), l.kind(),
						l.summary(), l.details()));
			});
			writer.finish();
		}
	}

	private AuditLog.Query query(AuditFilter f, OrgUnit unit) {
		List<String> types = f.module() == null || f.module().isBlank() ? null : AuditSubjects.typesOf(f.module());
		return new AuditLog.Query(f.user(), types == null || types.isEmpty() ? null : types,
				unit == null ? null : unit.getPath(), f.from(), f.to());
	}

	private Line line(AuditLog.Entry e, Map<String, String> names) {
		return new Line(e.id(), e.occurredAt(), actor(e.username(), names),
				this.messages.getOrDefault("audit.action." + e.action(), e.action()),
				this.messages.getOrDefault("audit.kind." + e.entityType(), e.entityType()),
				AuditSubjects.link(e.entityType(), e.entityId()), e.summary(), e.details(), null);
	}

	private String actor(String username, Map<String, String> names) {
		String name = names.get(username);
		if (name != null) {
			return name;
		}
		return this.messages.getOrDefault("audit.actor." + username, username);
	}

	/** Every account's full name: a few hundred accounts at most. */
	private Map<String, String> fullNames() {
		Map<String, String> names = new HashMap<>();
		for (AppUser u : this.users.all()) {
			names.put(u.getUsername(), u.getFullName());
		}
		return names;
	}

}
