package vn.tuyengiao.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message source: messages_vi.properties and the other bundles named in
 * {@code spring.messages.basename}, with dates in message arguments written as officials
 * write them ("05/01/2027"), never as ISO dates, both in Java ({@link Messages}) and in
 * templates ({@code #{key(${date})}}).
 */
public class VietnameseMessageSource extends ResourceBundleMessageSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof LocalDate date) {
				resolved[i] = date.format(DAY);
			}
		}
		return resolved;
	}

}
