package vn.tuyengiao.tabular;

import java.io.Serial;

/**
 * An uploaded file that cannot be read as a table. {@link #getMessageKey()} and
 * {@link #getArgs()} resolve against {@code i18n/tabular_vi.properties} to a plain
 * Vietnamese explanation for the official who uploaded it; {@link #getMessage()} already
 * holds that text, for logs and for callers without a message source.
 */
public class TabularException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final Object[] args;

	TabularException(Problem problem, Throwable cause, Object... args) {
		super(TabularMessages.format(problem.key, args), cause);
		this.messageKey = problem.key;
		this.args = args.clone();
	}

	/**
	 * Key in {@code i18n/tabular_vi.properties}, always starting with {@code "tabular."}.
	 */
	public String getMessageKey() {
		return messageKey;
	}

	/** MessageFormat arguments for the key; the first is the file name. */
	public Object[] getArgs() {
		return args.clone();
	}

}
