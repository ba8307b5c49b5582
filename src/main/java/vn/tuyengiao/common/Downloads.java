package vn.tuyengiao.common;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files the pages hand out: the content type and a {@code Content-Disposition} naming the
 * file (RFC 6266, so names with Vietnamese letters survive), whether the bytes are ready
 * or streamed.
 */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
			.body(content);
	}

	/**
	 * Before writing a download straight to the response (an export of a whole province
	 * never sits in memory).
	 */
	public static void startAttachment(HttpServletResponse response, MediaType type, String fileName) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
	}

	private static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
