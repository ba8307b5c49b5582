package vn.tuyengiao.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.report.Block;
import vn.tuyengiao.text.VnFormat;

/**
 * The figures of the units' reports summed: for each kind of table (same columns), each
 * whole-number column of its total row ("Cộng"; the sum of the rows when it has none),
 * added up unit by unit with the formula shown ("178 + 203 + … = 2.825"). Ratios and
 * percentages are not added.
 */
public final class FigureSums {

	public record Figure(String table, String column, List<Long> terms, long total) {

		/** "178 + 203 + 2.444 = 2.825" (at most 12 terms written out). */
		public String formula() {
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < this.terms.size(); i++) {
				if (i == 12 && this.terms.size() > 13) {
					parts.add("…");
					break;
				}
				parts.add(VnFormat.number(this.terms.get(i)));
			}
			return String.join(" + ", parts) + " = " + VnFormat.number(this.total);
		}

	}

	private FigureSums() {
	}

	/** One list of tables per unit, in the units' order. */
	public static List<Figure> sum(List<List<Block.Table>> unitsTables) {
		Map<String, Map<String, List<Long>>> byTable = new LinkedHashMap<>();
		Map<String, String> captions = new LinkedHashMap<>();
		for (List<Block.Table> tables : unitsTables) {
			for (Block.Table t : tables) {
				String key = String.join("|", t.header());
				captions.putIfAbsent(key, t.caption() == null ? String.join(", ", t.header()) : t.caption());
				Map<String, List<Long>> columns = byTable.computeIfAbsent(key, k -> new LinkedHashMap<>());
				List<String> total = totalRow(t);
				for (int c = 0; c < t.header().size(); c++) {
					Long value = whole(total.get(c));
					String name = t.header().get(c);
					if (value != null && !"TT".equalsIgnoreCase(name.strip())) {
						columns.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
					}
				}
			}
		}
		List<Figure> out = new ArrayList<>();
		byTable.forEach((key, columns) -> columns.forEach((column, terms) -> out
			.add(new Figure(captions.get(key), column, terms, terms.stream().mapToLong(Long::longValue).sum()))));
		return out;
	}

	private static List<String> totalRow(Block.Table t) {
		for (List<String> row : t.rows()) {
			if (row.stream()
				.anyMatch(c -> c.strip().equalsIgnoreCase("Cộng") || c.strip().equalsIgnoreCase("Tổng cộng"))) {
				return row;
			}
		}
		List<String> sums = new ArrayList<>();
		for (int c = 0; c < t.header().size(); c++) {
			long s = 0;
			boolean any = false;
			for (List<String> row : t.rows()) {
				Long v = whole(row.get(c));
				if (v != null) {
					s += v;
					any = true;
				}
			}
			sums.add(any ? Long.toString(s) : "");
		}
		return sums;
	}

	/** "2.825" → 2825; "98,43%", "178/189", text → null. */
	static Long whole(String cell) {
		String c = cell == null ? "" : cell.strip();
		if (!c.matches("\\d{1,3}(\\.\\d{3})*|\\d+")) {
			return null;
		}
		return Long.valueOf(c.replace(".", ""));
	}

}
