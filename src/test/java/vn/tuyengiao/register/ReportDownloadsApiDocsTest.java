package vn.tuyengiao.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every report and register download of the API is in /v3/api-docs with a summary and the
 * file type it answers (not "*&#47;*"), and a 403 for a unit outside the scope.
 */
@IntegrationTest
class ReportDownloadsApiDocsTest {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String PDF = "application/pdf";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Test
	void everyDownloadIsDocumentedWithItsFileType() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> expected = Map.of("/api/v1/study/campaigns/{id}/report.docx", DOCX,
				"/api/v1/study/campaigns/{id}/report.pdf", PDF, "/api/v1/models/report.docx", DOCX,
				"/api/v1/models/report.pdf", PDF, "/api/v1/models/export.xlsx", XLSX,
				"/api/v1/register/drafts/{id}.docx", DOCX, "/api/v1/register/drafts/{id}.pdf", PDF,
				"/api/v1/register/entries.xlsx", XLSX, "/api/v1/register/entries/{entry}/files/{file}", PDF);
		Map<String, Object> paths = JsonPath.read(docs, "$.paths");
		expected.forEach((path, type) -> {
			assertThat(paths).as(path).containsKey(path);
			String op = "$.paths['" + path + "'].get";
			assertThat((String) JsonPath.read(docs, op + ".summary")).as(path).isNotBlank();
			Map<String, Object> content = JsonPath.read(docs, op + ".responses['200'].content");
			assertThat(content).as(path).containsKey(type).doesNotContainKey("*/*");
			assertThat((Map<String, Object>) JsonPath.read(docs, op + ".responses")).as(path).containsKey("403");
		});
		// Whatever download is added later: a file path of the API says what it answers.
		List<String> files = paths.keySet().stream().filter(p -> p.matches(".*\\.(docx|pdf|xlsx)$")).toList();
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		for (String path : files) {
			Map<String, Object> content = JsonPath.read(docs, "$.paths['" + path + "'].get.responses['200'].content");
			assertThat(content).as(path).doesNotContainKey("*/*").isNotEmpty();
		}
		// The signed final's upload is there too.
		assertThat(paths).containsKey("/api/v1/register/entries/{entry}/signed");
	}

}
