package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportColumn;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.imports.ImportRow;
import vn.tuyengiao.imports.Importer;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * Imports units from .xlsx or .csv. A row's parent is a unit already in the system or one
 * on an earlier row of the same file. Everything is validated first; a file with any
 * error writes nothing.
 */
@Service
public class UnitImporter extends Importer<UnitImporter.Column, UnitImporter.Row> {

	/** Column headers of the import template, in order. */
	public enum Column implements ImportColumn {

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

		@Override
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

	record Row(int row, NewUnit unit, String parentCode, LocalDate validTo) {
	}

	private record Known(int row, OrgUnitKind kind) {
	}

	private final OrgUnits org;

	private final OrgService orgChanges;

	private final AuditLog audit;

	private final EntityManager entityManager;

	UnitImporter(OrgUnits org, OrgService orgChanges, ImportJobs jobs, TransactionTemplate tx, AuditLog audit,
			Messages messages, EntityManager entityManager) {
		super(jobs, messages, tx);
		this.entityManager = entityManager;
		this.org = org;
		this.orgChanges = orgChanges;
		this.audit = audit;
	}

	@Override
	protected void requireAllowed(Scope scope) {
		if (!scope.canManageUnits()) {
			throw new AppException(403, "error.cannotManageUnits");
		}
	}

	@Override
	protected Optional<Column> column(String header) {
		return Column.byHeader(header);
	}

	@Override
	protected List<Column> requiredColumns() {
		return Arrays.stream(Column.values()).filter(c -> c.required).toList();
	}

	@Override
	protected RowCheck<Column, Row> rowCheck(Scope scope, List<ImportRow<Column>> rows) {
		Map<String, Known> inFile = new HashMap<>();
		return row -> check(scope, row, inFile);
	}

	private Row check(Scope scope, ImportRow<Column> row, Map<String, Known> inFile) {
		String code = row.cell(Column.CODE);
		String name = row.cell(Column.NAME);
		String kindText = row.cell(Column.KIND);
		String parentCode = row.cell(Column.PARENT);
		if (code.isEmpty()) {
			row.problem(Column.CODE, "validation.required");
		}
		else if (!code.matches("[A-Za-z0-9._-]{1,60}")) {
			row.problem(Column.CODE, "org.codeFormat", code);
		}
		else if (inFile.containsKey(code)) {
			row.problem(Column.CODE, "org.import.codeDuplicateInFile", code, inFile.get(code).row());
		}
		else if (this.org.findByCode(code).isPresent()) {
			row.problem(Column.CODE, "org.import.codeTaken", code);
		}
		if (name.isEmpty()) {
			row.problem(Column.NAME, "validation.required");
		}
		else if (name.length() > 300) {
			row.problem(Column.NAME, "validation.tooLong", 300);
		}
		OrgUnitKind kind = null;
		if (kindText.isEmpty()) {
			row.problem(Column.KIND, "validation.required");
		}
		else {
			kind = OrgUnitKind.parse(kindText).orElse(null);
			if (kind == null) {
				row.problem(Column.KIND, "validation.unknownValue", kindText,
						"Tỉnh ủy, Huyện ủy, Đảng ủy Khối, Đảng ủy xã, Đảng ủy cơ sở, Đảng bộ bộ phận, Chi bộ cơ sở, Chi bộ trực thuộc");
			}
		}
		checkParent(scope, row, parentCode, inFile);
		LocalDate from = row.date(Column.VALID_FROM);
		LocalDate to = row.date(Column.VALID_TO);
		if (from == null && row.cell(Column.VALID_FROM).isEmpty()) {
			row.problem(Column.VALID_FROM, "validation.required");
		}
		if (from != null && to != null && to.isBefore(from)) {
			row.problem(Column.VALID_TO, "org.import.validToBeforeFrom");
		}
		if (!code.isEmpty() && !inFile.containsKey(code)) {
			inFile.put(code, new Known(row.number(), kind));
		}
		return new Row(row.number(), new NewUnit(null, kind, name, code, row.cell(Column.ABBREVIATION), from),
				parentCode.isEmpty() ? null : parentCode, to);
	}

	private void checkParent(Scope scope, ImportRow<Column> row, String parentCode, Map<String, Known> inFile) {
		if (parentCode.isEmpty()) {
			if (!scope.admin()) {
				row.problem(Column.PARENT, "org.import.rootNeedsAdmin");
			}
		}
		else if (inFile.containsKey(parentCode)) {
			if (inFile.get(parentCode).kind() != null && inFile.get(parentCode).kind().holdsMembers()) {
				row.problem(Column.PARENT, "org.import.parentIsCell", parentCode);
			}
		}
		else {
			Optional<OrgUnit> parent = this.org.findByCode(parentCode);
			if (parent.isEmpty()) {
				row.problem(Column.PARENT, "org.import.parentUnknown", parentCode);
			}
			else if (!scope.contains(parent.get().getPath())) {
				row.problem(Column.PARENT, "org.import.parentOutOfScope", parentCode);
			}
			else if (parent.get().getKind().holdsMembers()) {
				row.problem(Column.PARENT, "org.import.parentIsCell", parentCode);
			}
			else if (parent.get().isClosed()) {
				row.problem(Column.PARENT, "org.parentClosed", parent.get().getName());
			}
		}
	}

	@Override
	protected void write(Scope scope, String fileName, List<Row> valid, ImportJob job) {
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
				// Every query auto-flushes the persistence context and dirty-checks all
				// it
				// holds: keeping it small keeps a 4,000-unit import linear instead of
				// quadratic.
				this.entityManager.flush();
				this.entityManager.clear();
			}
			job.written(n);
		}
		this.audit.record("IMPORT", "OrgUnit", null, "Nhập " + valid.size() + " tổ chức đảng từ tệp " + fileName, null);
	}

}
