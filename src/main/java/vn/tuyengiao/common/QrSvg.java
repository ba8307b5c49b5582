package vn.tuyengiao.common;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as inline SVG (ZXing core): one path of dark modules on a white square,
 * crisp at any size. Used for the second factor's set-up link and for the book labels.
 */
public final class QrSvg {

	private QrSvg() {
	}

	/**
	 * The code for {@code text} with a quiet zone of {@code margin} modules;
	 * {@code attributes} go on the {@code <svg>} element as they are (an id, a class, a
	 * size), so they must be trusted text, never user input.
	 */
	public static String of(String text, int margin, String attributes) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, margin);
		BitMatrix m;
		try {
			m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + " viewBox=\"0 0 " + m.getWidth() + " "
				+ m.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
