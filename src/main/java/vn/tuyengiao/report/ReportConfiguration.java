package vn.tuyengiao.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;

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

	/**
	 * The profile in force: an administrator's current version when a
	 * {@link LayoutProfileSource} is present (the layout module), else the file.
	 */
	@Bean
	Supplier<LayoutProfile> reportCurrentProfile(LayoutProfile file, ObjectProvider<LayoutProfileSource> sources) {
		return () -> {
			LayoutProfileSource source = sources.getIfUnique();
			return source == null ? file : source.current();
		};
	}

	@Bean
	HtmlRenderer reportHtmlRenderer(Supplier<LayoutProfile> reportCurrentProfile) {
		return new HtmlRenderer(reportCurrentProfile);
	}

	@Bean
	DocxRenderer reportDocxRenderer(Supplier<LayoutProfile> reportCurrentProfile) {
		return new DocxRenderer(reportCurrentProfile);
	}

	@Bean
	PdfRenderer reportPdfRenderer(Supplier<LayoutProfile> reportCurrentProfile) {
		return new PdfRenderer(reportCurrentProfile);
	}

}
