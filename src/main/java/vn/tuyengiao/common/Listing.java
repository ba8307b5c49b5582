package vn.tuyengiao.common;

import java.util.Collection;
import java.util.List;

/**
 * What every list page shares: a sort chosen from the list's own whitelist of columns,
 * and pages taken by key (the rows after the last one shown) rather than by offset, so
 * the 40th page and the 4,000th cost the same and every row can be reached.
 */
public final class Listing {

	/** Rows on one page of any list. */
	public static final int PAGE_SIZE = 50;

	private Listing() {
	}

	/**
	 * A sort by one whitelisted key; {@code "-key"} in the query string sorts descending.
	 * Anything not on the list falls back to the list's default (never an error, never a
	 * column name taken from the request).
	 */
	public record Sort(String key, boolean descending) {

		/** {@code defaultSort} is a key, or "-key" for a list newest first. */
		public static Sort parse(String requested, String defaultSort, Collection<String> allowed) {
			Sort fallback = defaultSort.startsWith("-") ? new Sort(defaultSort.substring(1), true)
					: new Sort(defaultSort, false);
			if (requested == null || requested.isBlank()) {
				return fallback;
			}
			String r = requested.strip();
			boolean desc = r.startsWith("-");
			String key = desc ? r.substring(1) : r;
			return allowed.contains(key) ? new Sort(key, desc) : fallback;
		}

		public String param() {
			return this.descending ? "-" + this.key : this.key;
		}

		/** The comparison a keyset page uses after its cursor row. */
		public String after() {
			return this.descending ? "<" : ">";
		}

		public String direction() {
			return this.descending ? " desc" : "";
		}

	}

	/**
	 * The SQL of a keyset page: {@code keys} are the sort's expressions ending in the row
	 * id (so the order is total), {@code cursor} their values on the last row shown (read
	 * by the caller for the {@code after} id; null on the first page). Returns the
	 * condition ("(u.path, m.search_name, m.id) > (:k0, :k1, :k2)") or "" and binds the
	 * values in {@code params}.
	 */
	public static String keyset(List<String> keys, Sort sort, List<Object> cursor,
			org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
		if (cursor == null || cursor.isEmpty()) {
			return "";
		}
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < cursor.size(); i++) {
			names.add(":k" + i);
			params.addValue("k" + i, cursor.get(i));
		}
		return "(" + String.join(", ", keys) + ") " + sort.after() + " (" + String.join(", ", names) + ")";
	}

	/** The order by clause for {@code keys} in the sort's direction. */
	public static String orderBy(List<String> keys, Sort sort) {
		String dir = sort.direction();
		return " order by " + String.join(dir + ", ", keys) + dir;
	}

	/** The values of {@code keys} on one row, read by a one-row query. */
	public static List<Object> cursor(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
			String sql, Object id, int columns) {
		return jdbc
			.query(sql, new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("after", id), (rs, n) -> {
				List<Object> v = new java.util.ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					v.add(rs.getObject(i));
				}
				return v;
			})
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * One page: its rows, the number of matches (counted up to a cap where counting
	 * everything would be slow), the page's number (for "rows 1.001 to 1.050") and the id
	 * of its last row when more follow.
	 */
	public record Slice<T>(List<T> rows, long total, boolean capped, int page, int size, Long next) {

		public boolean hasNext() {
			return this.next != null;
		}

		public long firstRow() {
			return this.rows.isEmpty() ? 0 : (long) this.page * this.size + 1;
		}

		public long lastRow() {
			return (long) this.page * this.size + this.rows.size();
		}

		/**
		 * The first {@code size} of {@code size + 1} rows read, and whether more follow.
		 */
		public static <T> Slice<T> of(List<T> rowsPlusOne, long total, boolean capped, int page, int size,
				java.util.function.ToLongFunction<T> id) {
			if (rowsPlusOne.size() > size) {
				List<T> rows = List.copyOf(rowsPlusOne.subList(0, size));
				return new Slice<>(rows, total, capped, page, size, id.applyAsLong(rows.get(size - 1)));
			}
			return new Slice<>(List.copyOf(rowsPlusOne), total, capped, page, size, null);
		}

		/**
		 * A page of a list already in memory (short lists: a register, a campaign's
		 * rows).
		 */
		public static <T> Slice<T> ofList(List<T> all, int page, int size) {
			int from = Math.min(Math.max(0, page) * size, all.size());
			int to = Math.min(from + size, all.size());
			return new Slice<>(List.copyOf(all.subList(from, to)), all.size(), false, Math.max(0, page), size,
					to < all.size() ? (long) (page + 1) : null);
		}

	}

}
