package vn.tuyengiao.copydetection.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.common.Listing;
import vn.tuyengiao.copydetection.CopyFindings.Finding;
import vn.tuyengiao.copydetection.CopyStatus;
import vn.tuyengiao.text.VietnameseText;

/**
 * The copied-commitments page's parameters: the unit, and either the clusters (the
 * default: one line each, opened on demand) or every pair ({@code view=pairs}, or a
 * status chosen), paged and sorted.
 */
record CopyList(Long unit, CopyStatus status, String view, String sort, Integer page) {

	static final int CLUSTERS_PER_PAGE = 20;

	static final Map<String, Comparator<Finding>> SORTS = Map.of("share", Comparator.comparingDouble(Finding::maxShare),
			"name", Comparator.comparing((Finding f) -> VietnameseText.fold(f.checked().memberName())), "cell",
			Comparator.comparing((Finding f) -> f.checked().cellPath()));

	boolean pairsView() {
		return "pairs".equals(this.view) || this.status != null;
	}

	/** Most similar first unless the user picks another column. */
	Listing.Sort sorting() {
		return Listing.Sort.parse(this.sort, "-share", SORTS.keySet());
	}

	Listing.Slice<Finding> sortedPage(List<Finding> findings) {
		return Listing.Slice.ofList(sorted(findings), this.page == null ? 0 : Math.max(0, this.page),
				Listing.PAGE_SIZE);
	}

	/** Every pair in the order the user picked (the export). */
	List<Finding> sorted(List<Finding> findings) {
		Listing.Sort s = sorting();
		Comparator<Finding> c = SORTS.get(s.key()).thenComparingLong(Finding::id);
		return findings.stream().sorted(s.descending() ? c.reversed() : c).toList();
	}

}
