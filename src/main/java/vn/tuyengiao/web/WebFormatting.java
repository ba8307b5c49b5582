package vn.tuyengiao.web;

import java.time.LocalDate;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One date rule for every request value: dd/mm/yyyy (and ISO) whatever the browser's
 * language. Registered after Spring's own formatters, so it wins also for fields still
 * annotated {@code @DateTimeFormat(iso = DATE)}.
 */
@Configuration(proxyBeanMethods = false)
class WebFormatting implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new DateEntry());
	}

}
