package vn.tuyengiao.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrSvgTest {

	/** Draws the SVG's modules back into an image, 8 pixels each, and reads it. */
	private static String readBack(String svg) throws Exception {
		Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(box.find()).isTrue();
		int w = Integer.parseInt(box.group(1));
		int scale = 8;
		int side = w * scale;
		int[] pixels = new int[side * side];
		java.util.Arrays.fill(pixels, 0xFFFFFF);
		Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
		while (module.find()) {
			int mx = Integer.parseInt(module.group(1));
			int my = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(my * scale + dy) * side + mx * scale + dx] = 0;
				}
			}
		}
		return new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
			.getText();
	}

	@Test
	void theDrawnCodeReadsBackAsTheText() throws Exception {
		String link = "otpauth://totp/TuyenGiao:canbo.xa?secret=JBSWY3DPEHPK3PXP&issuer=TuyenGiao";
		String svg = QrSvg.of(link, 4, "id=\"second-factor-qr\"");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"second-factor-qr\" viewBox=");
		assertThat(readBack(svg)).isEqualTo(link);
		assertThat(readBack(QrSvg.of("TS-000123-04", 2, "class=\"qr\""))).isEqualTo("TS-000123-04");
	}

}
