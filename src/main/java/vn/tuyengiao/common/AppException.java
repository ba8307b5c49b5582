package vn.tuyengiao.common;

/**
 * A failure the user must read: carries a message key (resolved from
 * messages_vi.properties) and its arguments, plus the HTTP status the web layer answers
 * with.
 */
public class AppException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final transient Object[] args;

	public AppException(int status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}

	/** Per-field problems, when the failure is about several fields at once. */
	public java.util.List<Detail> details() {
		return java.util.List.of();
	}

	/** One field's problem: the field's label key, the message key and its arguments. */
	public record Detail(String fieldKey, String messageKey, Object... args) {
	}

	public static AppException notFound(String key, Object... args) {
		return new AppException(404, key, args);
	}

	public static AppException forbidden() {
		return new AppException(403, "error.outOfScope");
	}

	public static AppException readOnly() {
		return new AppException(403, "error.readOnly");
	}

	public static AppException invalid(String key, Object... args) {
		return new AppException(400, key, args);
	}

	public static AppException conflict(String key, Object... args) {
		return new AppException(409, key, args);
	}

	/** Someone else saved the record after this user loaded it. */
	public static AppException staleVersion() {
		return new AppException(409, "error.staleVersion");
	}

}
