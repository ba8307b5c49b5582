package vn.tuyengiao.org;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Cells;
import vn.tuyengiao.common.ImportFiles;
import vn.tuyengiao.common.ImportJob;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.tabular.TableRow;
import vn.tuyengiao.text.VietnameseText;

/**
 * Imports units from .xlsx or .csv. A row's parent is a unit already in the system or one
 * on an earlier row of the same file. Everything is validated first; a file with any
 * error writes nothing.
 */
@Service
public class UnitImporter {

	/** Column headers of the import template, in order. */
	public enum Column {

		CODE("Mã đơn vị", "org.import.guide.code", true), NAME("Tên tổ chức đảng", "org.import.guide.name", true),
		KIND("Loại", "org.import.guide.kind", true), PARENT("Mã đơn vị cấp trên", "org.import.guide.parent", false),
		ABBREVIATION("Ký hiệu văn bản", "org.import.guide.abbreviation", false),
		VALID_FROM("Hiệu lực từ", "org.import.guide.validFrom", true),
		VALID_TO("Hiệu lực đến", "org.import.guide.validTo", false);

		private final String header;

		private final String guideKey;

		private final boolean required;

		Column(String header, String guideKey, boolean required) {
			this.header = header;
			this.guideKey = guideKey;
			this.required = required;
		}

		public String header() {
			return this.header;
		}

		public String guideKey() {
			return this.guideKey;
		}

		static Optional<Column> byHeader(String h) {
			String f = VietnameseText.fold(h);
			for (Column c : values()) {
				if (VietnameseText.fold(c.header).equals(f)) {
					return Optional.of(c);
				}
			}
			return Optional.empty();
		}

	}

	private record Row(int row, NewUnit unit, String parentCode, LocalDate validTo) {
	}

	private record Known(int row, OrgUnitKind kind) {
	}

	private final OrgUnits org;

	private final OrgService orgChanges;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final Messages messages;

	private final long maxBytes;

	private final jakarta.persistence.EntityManager entityManager;

	UnitImporter(OrgUnits org, OrgService orgChanges, TransactionTemplate tx, AuditLog audit, Messages messages,
			jakarta.persistence.EntityManager entityManager, @Value("${tuyengiao.import.max-file-mb:20}") long maxMb) {
		this.entityManager = entityManager;
		this.org = org;
		this.orgChanges = orgChanges;
		this.tx = tx;
		this.audit = audit;
		this.messages = messages;
		this.maxBytes = maxMb * 1024 * 1024;
	}

	public void run(Scope scope, String fileName, byte[] content, ImportJob job) {
		if (!scope.canManageUnits()) {
			throw new AppException(403, "error.cannotManageUnits");
		}
		var table = ImportFiles.read(job, fileName, content, this.maxBytes, this.messages);
		if (table.isEmpty()) {
			return;
		}
		List<String> headers = table.get().headers();
		List<TableRow> rows = table.get().rows();
		Map<Column, Integer> columns = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			int index = i;
			Column.byHeader(headers.get(i)).ifPresentOrElse(c -> columns.putIfAbsent(c, index), () -> {
				if (!headers.get(index).isBlank()) {
					job.error(1, headers.get(index), this.messages.get("import.unknownColumn", headers.get(index)));
				}
			});
		}
		List<String> missing = new ArrayList<>();
		for (Column c : Column.values()) {
			if (c.required && !columns.containsKey(c)) {
				missing.add(c.header);
			}
		}
		if (!missing.isEmpty()) {
			job.error(1, "", this.messages.get("import.missingColumns", fileName, String.join(", ", missing)));
		}
		else if (rows.isEmpty()) {
			job.error(0, "", this.messages.get("import.noRows", fileName));
		}
		if (job.hasErrors()) {
			job.state(ImportJob.State.FAILED);
			return;
		}
		List<Row> valid = validate(scope, rows, columns, job);
		if (job.hasErrors()) {
			job.message(this.messages.get("import.failed", fileName, job.getErrorCount()));
			job.state(ImportJob.State.FAILED);
			return;
		}
		job.state(ImportJob.State.WRITING);
		this.tx.executeWithoutResult(status -> {
			Map<String, Long> created = new HashMap<>();
			int n = 0;
			for (Row r : valid) {
				Long parentId = r.parentCode() == null ? null : created.containsKey(r.parentCode())
						? created.get(r.parentCode()) : this.org.byCode(r.parentCode()).getId();
				NewUnit u = r.unit();
				OrgUnit unit = this.orgChanges.create(scope,
						new NewUnit(parentId, u.kind(), u.name(), u.shortCode(), u.docAbbreviation(), u.validFrom()),
						r.validTo());
				created.put(unit.getShortCode(), unit.getId());
				if (++n % 200 == 0) {
					// Every query auto-flushes the persistence context and dirty-checks
					// all it holds: keeping it small
					// keeps a 4,000-unit import linear instead of quadratic.
					this.entityManager.flush();
					this.entityManager.clear();
				}
				job.written(n);
			}
			this.audit.record("IMPORT", "OrgUnit", null, "Nhập " + valid.size() + " tổ chức đảng từ tệp " + fileName,
					null);
		});
		job.message(this.messages.get("import.done", valid.size(), fileName));
		job.state(ImportJob.State.DONE);
	}

	private List<Row> validate(Scope scope, List<TableRow> rows, Map<Column, Integer> columns, ImportJob job) {
		Map<String, Known> inFile = new HashMap<>();
		List<Row> valid = new ArrayList<>();
		int n = 0;
		for (TableRow row : rows) {
			int before = job.getErrorCount();
			String code = cell(row, columns, Column.CODE);
			String name = cell(row, columns, Column.NAME);
			String kindText = cell(row, columns, Column.KIND);
			String parentCode = cell(row, columns, Column.PARENT);
			if (code.isEmpty()) {
				error(job, row, Column.CODE, this.messages.get("validation.required"));
			}
			else if (!code.matches("[A-Za-z0-9._-]{1,60}")) {
				error(job, row, Column.CODE, this.messages.get("org.codeFormat", code));
			}
			else if (inFile.containsKey(code)) {
				error(job, row, Column.CODE,
						this.messages.get("org.import.codeDuplicateInFile", code, inFile.get(code).row()));
			}
			else if (this.org.findByCode(code).isPresent()) {
				error(job, row, Column.CODE, this.messages.get("org.import.codeTaken", code));
			}
			if (name.isEmpty()) {
				error(job, row, Column.NAME, this.messages.get("validation.required"));
			}
			else if (name.length() > 300) {
				error(job, row, Column.NAME, this.messages.get("validation.tooLong", 300));
			}
			OrgUnitKind kind = null;
			if (kindText.isEmpty()) {
				error(job, row, Column.KIND, this.messages.get("validation.required"));
			}
			else {
				kind = OrgUnitKind.parse(kindText).orElse(null);
				if (kind == null) {
					error(job, row, Column.KIND, this.messages.get("validation.unknownValue", kindText,
							"Tỉnh ủy, Huyện ủy, Đảng ủy Khối, Đảng ủy xã, Đảng ủy cơ sở, Đảng bộ bộ phận, Chi bộ cơ sở, Chi bộ trực thuộc"));
				}
			}
			if (parentCode.isEmpty()) {
				if (!scope.admin()) {
					error(job, row, Column.PARENT, this.messages.get("org.import.rootNeedsAdmin"));
				}
			}
			else if (inFile.containsKey(parentCode)) {
				if (inFile.get(parentCode).kind() != null && inFile.get(parentCode).kind().holdsMembers()) {
					error(job, row, Column.PARENT, this.messages.get("org.import.parentIsCell", parentCode));
				}
			}
			else {
				Optional<OrgUnit> parent = this.org.findByCode(parentCode);
				if (parent.isEmpty()) {
					error(job, row, Column.PARENT, this.messages.get("org.import.parentUnknown", parentCode));
				}
				else if (!scope.contains(parent.get().getPath())) {
					error(job, row, Column.PARENT, this.messages.get("org.import.parentOutOfScope", parentCode));
				}
				else if (parent.get().getKind().holdsMembers()) {
					error(job, row, Column.PARENT, this.messages.get("org.import.parentIsCell", parentCode));
				}
				else if (parent.get().isClosed()) {
					error(job, row, Column.PARENT, this.messages.get("org.parentClosed", parent.get().getName()));
				}
			}
			LocalDate from = date(row, columns, Column.VALID_FROM, job);
			LocalDate to = date(row, columns, Column.VALID_TO, job);
			if (from == null && cell(row, columns, Column.VALID_FROM).isEmpty()) {
				error(job, row, Column.VALID_FROM, this.messages.get("validation.required"));
			}
			if (from != null && to != null && to.isBefore(from)) {
				error(job, row, Column.VALID_TO, this.messages.get("org.import.validToBeforeFrom"));
			}
			if (!code.isEmpty() && !inFile.containsKey(code)) {
				inFile.put(code, new Known(row.rowNumber(), kind));
			}
			if (job.getErrorCount() == before) {
				valid.add(new Row(row.rowNumber(),
						new NewUnit(null, kind, name, code, cell(row, columns, Column.ABBREVIATION), from),
						parentCode.isEmpty() ? null : parentCode, to));
			}
			job.checked(++n);
		}
		return valid;
	}

	private LocalDate date(TableRow row, Map<Column, Integer> columns, Column c, ImportJob job) {
		try {
			return Cells.date(cell(row, columns, c)).orElse(null);
		}
		catch (DateTimeParseException ex) {
			error(job, row, c, this.messages.get("validation.date") + ": \"" + cell(row, columns, c) + "\"");
			return null;
		}
	}

	private static void error(ImportJob job, TableRow row, Column c, String message) {
		job.error(row.rowNumber(), c.header, message);
	}

	private static String cell(TableRow row, Map<Column, Integer> columns, Column c) {
		Integer i = columns.get(c);
		return i == null || i >= row.cells().size() || row.cells().get(i) == null ? "" : row.cells().get(i).strip();
	}

}
