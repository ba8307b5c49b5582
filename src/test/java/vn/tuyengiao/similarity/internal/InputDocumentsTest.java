package vn.tuyengiao.similarity.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tuyengiao.text.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The similarity command reads files as the application reads uploads: a UTF-16 text
 * (which it used to read as Windows-1252) gives the same text as {@link DocumentText}.
 */
class InputDocumentsTest {

	static final String TEXT = "Tôi cam kết học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.";

	@Test
	void aUtf16TextFileIsReadLikeAnUpload(@TempDir Path dir) throws Exception {
		Path f = dir.resolve("a.txt");
		Files.write(f, TEXT.getBytes(StandardCharsets.UTF_16LE));
		assertThat(InputDocuments.readFile(f)).isEqualTo(TEXT)
			.isEqualTo(DocumentText.read("a.txt", Files.readAllBytes(f)).text());
	}

	@Test
	void anEmptyFileInAFolderIsAnEmptyText(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
		Files.write(dir.resolve("b.txt"), new byte[0]);
		assertThat(InputDocuments.read(dir)).extracting(InputDocuments.Doc::text).containsExactly(TEXT, "");
	}

}
