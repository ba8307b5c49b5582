package vn.tuyengiao.common;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves message keys in Vietnamese, the only language of the UI. */
@Component
public class Messages {

	public static final Locale VI = Locale.forLanguageTag("vi");

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return this.source.getMessage(key, args, key, VI);
	}

	/** The text of a key built from data (an action's name), or {@code fallback}. */
	public String getOrDefault(String key, String fallback) {
		return this.source.getMessage(key, null, fallback, VI);
	}

	/**
	 * The exception's message, with its field problems appended ("Ngày sinh: không được ở
	 * tương lai").
	 */
	public String of(AppException ex) {
		StringBuilder sb = new StringBuilder(get(ex.messageKey(), ex.args()));
		for (AppException.Detail d : ex.details()) {
			sb.append(' ').append(get(d.fieldKey())).append(": ").append(get(d.messageKey(), d.args())).append('.');
		}
		return sb.toString();
	}

}
