package vn.tuyengiao.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * A commune merger the demo loader carries out itself: the source communes close on
 * {@code date} and a new commune committee {@code targetCode} opens directly under the
 * province the same day.
 */
public record MergePlan(String targetCode, String targetName, List<String> sourceCodes, LocalDate date) {

	public MergePlan {
		sourceCodes = List.copyOf(sourceCodes);
	}

}
