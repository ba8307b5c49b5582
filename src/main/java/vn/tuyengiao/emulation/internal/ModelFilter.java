package vn.tuyengiao.emulation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Listing;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelService.ModelRow;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.text.VietnameseText;

/**
 * The register page's filters, sort and page, as its query parameters name them; every
 * one optional.
 */
record ModelFilter(Long unit, Integer year, Long group, ModelStatus status, Movement movement, String q, String sort,
		Integer page) {

	/** The register sorts in memory: a province's register is a few hundred rows. */
	static final Map<String, Comparator<ModelRow>> SORTS = Map.of("title",
			Comparator.comparing((ModelRow r) -> VietnameseText.fold(r.title())), "start",
			Comparator.comparing(ModelRow::startDate, Comparator.nullsFirst(Comparator.naturalOrder())), "status",
			Comparator.comparing(ModelRow::status));

	ModelService.Filter filter() {
		return new ModelService.Filter(this.unit, this.year, this.group, this.status, this.movement, this.q);
	}

	/**
	 * Unit by unit in tree order (the register's own order) unless the user picks a
	 * column.
	 */
	Listing.Sort sorting() {
		return Listing.Sort.parse(this.sort, "unit", java.util.Set.of("unit", "title", "start", "status"));
	}

	/** One page of the rows in the chosen order. */
	Listing.Slice<ModelRow> page(List<ModelRow> rows) {
		Listing.Sort s = sorting();
		List<ModelRow> sorted;
		if ("unit".equals(s.key())) {
			sorted = new java.util.ArrayList<>(rows);
			if (s.descending()) {
				java.util.Collections.reverse(sorted);
			}
		}
		else {
			Comparator<ModelRow> c = SORTS.get(s.key()).thenComparing(ModelRow::id);
			sorted = rows.stream().sorted(s.descending() ? c.reversed() : c).toList();
		}
		return Listing.Slice.ofList(sorted, this.page == null ? 0 : Math.max(0, this.page), Listing.PAGE_SIZE);
	}

}
