package vn.tuyengiao.press;

import java.util.List;

import vn.tuyengiao.common.AppException;

/**
 * Input refused: each problem names its field ({@code press.field.*}), so the form and
 * the API say which one; nothing was written.
 */
public class PressInvalid extends AppException {

	private final transient List<Detail> problems;

	PressInvalid(List<Detail> problems) {
		super(400, "press.invalid");
		this.problems = List.copyOf(problems);
	}

	static PressInvalid of(String field, String messageKey, Object... args) {
		return new PressInvalid(List.of(new Detail("press.field." + field, messageKey, args)));
	}

	@Override
	public List<Detail> details() {
		return this.problems;
	}

	/** Collects the problems of one input; {@link #check()} throws when there are any. */
	static final class Problems {

		private final java.util.ArrayList<Detail> list = new java.util.ArrayList<>();

		Problems add(String field, String messageKey, Object... args) {
			// Numbers as typed ("2000", not "2.000" as a message format would write
			// them).
			Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
			this.list.add(new Detail("press.field." + field, messageKey, plain));
			return this;
		}

		boolean isEmpty() {
			return this.list.isEmpty();
		}

		void check() {
			if (!this.list.isEmpty()) {
				throw new PressInvalid(this.list);
			}
		}

	}

}
