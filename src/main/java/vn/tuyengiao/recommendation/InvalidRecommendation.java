package vn.tuyengiao.recommendation;

import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.common.AppException;

/**
 * A recommendation or a response breaks one or more rules; each problem names its field
 * ({@code recommendation.field.*}). Nothing was saved.
 */
public class InvalidRecommendation extends AppException {

	private final transient List<Detail> problems;

	InvalidRecommendation(List<Detail> problems) {
		super(400, "recommendation.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	@Override
	public List<Detail> details() {
		return this.problems;
	}

	/** Collects problems; {@link #check()} throws when there are any. */
	static final class Problems {

		private final List<Detail> list = new ArrayList<>();

		Problems add(String field, String messageKey, Object... args) {
			this.list.add(new Detail("recommendation.field." + field, messageKey, args));
			return this;
		}

		boolean isEmpty() {
			return this.list.isEmpty();
		}

		void check() {
			if (!this.list.isEmpty()) {
				throw new InvalidRecommendation(this.list);
			}
		}

	}

}
