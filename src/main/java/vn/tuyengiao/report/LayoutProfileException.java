package vn.tuyengiao.report;

import java.io.Serial;
import java.util.List;

/**
 * A layout profile with missing or out-of-range values; the message lists every problem
 * by its property key.
 */
public class LayoutProfileException extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient List<String> problems;

	LayoutProfileException(String profile, List<String> problems) {
		super("Layout profile " + (profile == null || profile.isBlank() ? "(no id)" : "\"" + profile.strip() + "\"")
				+ " is invalid: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	LayoutProfileException(String file, LayoutProfileException cause) {
		super(file + ": " + cause.getMessage(), cause);
		this.problems = cause.problems;
	}

	/** Each problem, "margin.left.mm must be positive (was -3)". */
	public List<String> problems() {
		return problems;
	}

}
