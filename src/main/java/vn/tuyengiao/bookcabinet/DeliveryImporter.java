package vn.tuyengiao.bookcabinet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.imports.ImportRow;
import vn.tuyengiao.imports.Importer;

/**
 * One delivery list into one cabinet: wrong or missing columns, an empty title, copies
 * not a positive number, an unknown category, codes that repeat in the file or are
 * already on another copy: each refused with its row, and nothing written.
 */
class DeliveryImporter extends Importer<DeliveryColumn, Catalogue.Delivered> {

	static final int MAX_COPIES = 10_000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,60}");

	private static final Pattern SPLIT = Pattern.compile("[;,\\s]+");

	private final Catalogue catalogue;

	private final BookCabinet cabinet;

	private final LocalDate today;

	DeliveryImporter(Catalogue catalogue, BookCabinet cabinet, ImportJobs jobs, Messages messages,
			TransactionTemplate tx, LocalDate today) {
		super(jobs, messages, tx);
		this.catalogue = catalogue;
		this.cabinet = cabinet;
		this.today = today;
	}

	@Override
	protected void requireAllowed(Scope scope) {
		scope.requireWrite(this.cabinet.getUnitPath());
	}

	@Override
	protected Optional<DeliveryColumn> column(String header) {
		return DeliveryColumn.byHeader(header);
	}

	@Override
	protected List<DeliveryColumn> requiredColumns() {
		return DeliveryColumn.REQUIRED;
	}

	@Override
	protected RowCheck<DeliveryColumn, Catalogue.Delivered> rowCheck(Scope scope,
			List<ImportRow<DeliveryColumn>> rows) {
		List<String> all = new ArrayList<>();
		for (ImportRow<DeliveryColumn> r : rows) {
			all.addAll(codes(r.cell(DeliveryColumn.CODES)));
		}
		Set<String> inDb = this.catalogue.existingCodes(all);
		Map<String, Integer> inFile = new HashMap<>();
		String categories = String.join(", ",
				Arrays.stream(BookCategory.values()).map(BookCategory::importLabel).toList());
		// A list names a handful of categories over thousands of rows: each text folded
		// once.
		Map<String, Optional<BookCategory>> categoryOf = new HashMap<>();
		return row -> {
			// Cells come normalised from the reader (TabularReader): not normalised
			// again.
			String title = row.cell(DeliveryColumn.TITLE);
			if (title.isEmpty()) {
				row.problem(DeliveryColumn.TITLE, "validation.required");
			}
			else if (title.length() > 500) {
				row.problem(DeliveryColumn.TITLE, "bookcabinet.import.tooLong", 500);
			}
			String categoryText = row.cell(DeliveryColumn.CATEGORY);
			BookCategory category = categoryOf.computeIfAbsent(categoryText, BookCategory::parse).orElse(null);
			if (category == null) {
				row.problem(DeliveryColumn.CATEGORY, "validation.unknownValue", categoryText, categories);
			}
			int copies = number(row, DeliveryColumn.COPIES, 1, MAX_COPIES, true);
			Integer year = null;
			if (!row.cell(DeliveryColumn.YEAR).isEmpty()) {
				year = number(row, DeliveryColumn.YEAR, 1900, this.today.getYear() + 1, false);
			}
			List<String> codes = codes(row.cell(DeliveryColumn.CODES));
			if (!codes.isEmpty() && copies > 0 && codes.size() != copies) {
				row.problem(DeliveryColumn.CODES, "bookcabinet.import.codeCount", codes.size(), copies);
			}
			for (String code : codes) {
				Integer first = inFile.putIfAbsent(code, row.number());
				if (!CODE.matcher(code).matches()) {
					row.problem(DeliveryColumn.CODES, "bookcabinet.import.codeInvalid", code);
				}
				else if (first != null) {
					row.problem(DeliveryColumn.CODES, "bookcabinet.import.codeDuplicate", code, first);
				}
				else if (inDb.contains(code)) {
					row.problem(DeliveryColumn.CODES, "bookcabinet.import.codeTaken", code);
				}
			}
			if (row.hasErrors()) {
				return null;
			}
			return new Catalogue.Delivered(title, blankToNull(row.cell(DeliveryColumn.AUTHOR)),
					blankToNull(row.cell(DeliveryColumn.PUBLISHER)), year, category, copies, codes);
		};
	}

	@Override
	protected void write(Scope scope, String fileName, List<Catalogue.Delivered> records, ImportJob job) {
		this.catalogue.write(this.cabinet, records, this.today, fileName, job);
	}

	private int number(ImportRow<DeliveryColumn> row, DeliveryColumn column, int min, int max, boolean required) {
		String text = row.cell(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(column, "validation.required");
			}
			return 0;
		}
		try {
			double d = Double.parseDouble(text.replace(',', '.'));
			if (d != Math.rint(d) || d < min || d > max) {
				row.problem(column, "bookcabinet.import.numberRange", text, min, max);
				return 0;
			}
			return (int) d;
		}
		catch (NumberFormatException ex) {
			row.problem(column, "bookcabinet.import.numberRange", text, min, max);
			return 0;
		}
	}

	private static List<String> codes(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SPLIT.split(cell.strip())).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
