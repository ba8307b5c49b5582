package vn.tuyengiao.similarity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generator writes, the similarity command reads back unchanged: quotes,
 * backslashes, line breaks, controls.
 */
class JsonLinesTest {

	@Test
	void aQuotedTextReadsBackAsItWas() {
		String text = "Tôi xin cam kết:\n\t1. \"Giữ gìn\" phẩm chất\\đạo đức;\r\n2. Không\u0001 vi phạm.";
		String line = "{\"id\":12,\"text\":" + JsonLines.quote(text) + "}";
		assertThat(line).doesNotContain("\n").contains("\\u0001");
		assertThat(JsonLines.parseObject(line)).isEqualTo(Map.of("id", "12", "text", text));
	}

}
