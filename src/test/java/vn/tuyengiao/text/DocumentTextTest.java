package vn.tuyengiao.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one document reader: problems carry a key and a Vietnamese message naming the file;
 * a blank file is an empty text for {@link DocumentText#read} but refused by
 * {@link DocumentText#extract}.
 */
class DocumentTextTest {

	static final String TEXT = "Tôi cam kết thực hiện tốt nhiệm vụ được giao, giữ gìn phẩm chất đạo đức.";

	@Test
	void problemsAreKeyedAndSaidInVietnamese() {
		assertThatThrownBy(() -> DocumentText.read("trong.txt", new byte[0]))
			.isInstanceOfSatisfying(DocumentProblem.class, p -> {
				assertThat(p.key()).isEqualTo("empty");
				assertThat(p.messageKey()).isEqualTo("text.file.empty");
				assertThat(p.status()).isEqualTo(400);
				assertThat(p.args()).containsExactly("trong.txt");
				assertThat(p.getMessage()).contains("trong.txt").contains("rỗng");
			});
		assertThatThrownBy(() -> DocumentText.read("anh.jpg", new byte[] { 1 }))
			.isInstanceOfSatisfying(DocumentProblem.class, p -> assertThat(p.key()).isEqualTo("unsupported"));
		assertThatThrownBy(() -> DocumentText.read("gia.docx", TEXT.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DocumentProblem.class, p -> assertThat(p.key()).isEqualTo("mismatch"));
	}

	@Test
	void utf16WithAndWithoutByteOrderMarkIsRead() {
		byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
		assertThat(DocumentText.read("a.txt", le).text()).isEqualTo(TEXT);
		byte[] bom = new byte[le.length + 2];
		bom[0] = (byte) 0xFF;
		bom[1] = (byte) 0xFE;
		System.arraycopy(le, 0, bom, 2, le.length);
		assertThat(DocumentText.read("a.txt", bom).text()).isEqualTo(TEXT);
	}

	@Test
	void aBlankFileIsReadEmptyButNotExtracted() {
		byte[] blank = "  \n\n ".getBytes(StandardCharsets.UTF_8);
		assertThat(DocumentText.read("trang.txt", blank).text()).isEmpty();
		assertThatThrownBy(() -> DocumentText.extract("trang.txt", blank)).isInstanceOfSatisfying(DocumentProblem.class,
				p -> assertThat(p.key()).isEqualTo("noText"));
	}

}
