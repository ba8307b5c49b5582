package vn.tuyengiao.emulation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.emulation.internal.ModelAttachments;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/** A model's attachments through the API and the pages. */
@IntegrationTest
class ModelAttachmentsTest extends ModelTestSupport {

	@Autowired
	ModelAttachments attachments;

	@Test
	void attachmentsArePhotosOrPdfsByContentWithinTheSizeLimitAllOrNothing() throws Exception {
		Commune c = commune("M5E.TA", "Tân An");
		long m = id(call(post("/api/v1/models"),
				model(c.cellA(), "Vườn rau sạch", "HO_CHI_MINH", "Trồng rau sạch tặng hộ nghèo", "2025-01-01")));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "anh-vuon-rau.png", "image/png", png))
				.file(new MockMultipartFile("files", "bao-cao.jpg", "image/jpeg", exe))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Tệp «bao-cao.jpg» không phải ảnh (JPEG, PNG, GIF, WEBP) hay PDF. Không tệp nào được lưu."));
		byte[] big = Arrays.copyOf(pdf, (int) this.attachments.maxAttachmentBytes() + 1);
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", big))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(containsString("Tệp «ke-hoach.pdf» nặng 5,0 MB, vượt giới hạn 5 MB")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from model_attachment where model_id = ?", Integer.class, m))
			.isZero();
		String saved = this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "anh-vuon-rau.png", "application/octet-stream", png))
				.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", pdf))
				.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].contentType").value("image/png"))
			.andExpect(jsonPath("$[1].contentType").value("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int aid = JsonPath.read(saved, "$[1].id");
		byte[] back = this.mvc.perform(get("/api/v1/models/{id}/attachments/{aid}", m, aid).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		this.mvc.perform(get("/models/{id}", m).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("anh-vuon-rau.png")));
	}

	/**
	 * Issue 18, probe: a PNG named ".docx" was stored; a page POST without a file, an API
	 * call with a JSON body or without the file part answered 500 or Spring's English
	 * body.
	 */
	@Test
	void aFileWhoseNameLiesOrAnUploadWithoutFilesIsRefusedInVietnamese() throws Exception {
		Commune c = commune("M5E.TB", "Tân Bình");
		long m = id(call(post("/api/v1/models"),
				model(c.cellA(), "Hàng rào xanh", "HO_CHI_MINH", "Trồng hàng rào dâm bụt dọc đường ấp", "2025-02-01")));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "bao-cao.docx", "application/octet-stream", png))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Tệp «bao-cao.docx» có đuôi .docx")));
		this.mvc
			.perform(post("/api/v1/models/{id}/attachments", m).with(officer())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("multipart/form-data")));
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("other", "a.png", "image/png", png))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("«files»")));
		this.mvc
			.perform(post("/models/{id}/attachments", m)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(user("canbo.tinh.t")))
			.andExpect(status().is4xxClientError());
		assertThat(
				this.jdbc.queryForObject("select count(*) from model_attachment where model_id = ?", Integer.class, m))
			.isZero();
	}

}
