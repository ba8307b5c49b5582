package vn.tuyengiao.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The active layout profile and the three renderers as beans. The renderers hold no
 * per-document state, so one of each serves every request. A bad profile file stops the
 * application at start-up rather than at the first report.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	LayoutProfile reportLayoutProfile(@Value("${tuyengiao.report.profile-file:}") String file) {
		if (file == null || file.isBlank()) {
			return LayoutProfile.defaultProfile();
		}
		try {
			return LayoutProfile.load(Path.of(file.strip()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the report layout profile " + file, e);
		}
	}

	@Bean
	HtmlRenderer reportHtmlRenderer(LayoutProfile profile) {
		return new HtmlRenderer(profile);
	}

	@Bean
	DocxRenderer reportDocxRenderer(LayoutProfile profile) {
		return new DocxRenderer(profile);
	}

	@Bean
	PdfRenderer reportPdfRenderer(LayoutProfile profile) {
		return new PdfRenderer(profile);
	}

}
