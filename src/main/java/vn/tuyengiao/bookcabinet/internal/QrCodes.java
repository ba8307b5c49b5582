package vn.tuyengiao.bookcabinet.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.QrSvg;

/**
 * QR codes on the server (ZXing core): a copy's code drawn as an SVG for the label sheet,
 * and a photographed label read back. A photo that is no image is refused by its content,
 * whatever its name says.
 */
@Component
class QrCodes {

	/** The largest photo read (a phone's camera makes 2–6 MB). */
	static final long MAX_IMAGE_BYTES = 12L * 1024 * 1024;

	/** The largest side an image is decoded at; a phone photo is scaled down first. */
	private static final int MAX_SIDE = 1600;

	/** The code as an SVG of dark modules on a white square, sized by the page's CSS. */
	String svg(String text) {
		return QrSvg.of(text, 2, "class=\"qr\"");
	}

	/** The code as a PNG (tests, and a phone's stubbed camera). */
	static BufferedImage image(String text, int size) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size);
			BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return img;
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The text of the QR code in a photo; refused when the upload is empty, too large, no
	 * image, or shows no readable code.
	 */
	String decode(byte[] content) {
		if (content == null || content.length == 0) {
			throw AppException.invalid("bookcabinet.scan.noImage");
		}
		if (content.length > MAX_IMAGE_BYTES) {
			throw AppException.invalid("bookcabinet.scan.tooLarge", MAX_IMAGE_BYTES / 1024 / 1024);
		}
		BufferedImage img;
		try {
			img = ImageIO.read(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			img = null;
		}
		if (img == null) {
			throw AppException.invalid("bookcabinet.scan.notImage");
		}
		return read(scaled(img)).orElseThrow(() -> AppException.invalid("bookcabinet.scan.noCode"));
	}

	private static Optional<String> read(BufferedImage img) {
		int w = img.getWidth();
		int h = img.getHeight();
		int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return Optional.of(new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))), hints)
				.getText());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static BufferedImage scaled(BufferedImage img) {
		int side = Math.max(img.getWidth(), img.getHeight());
		if (side <= MAX_SIDE) {
			return img;
		}
		double f = (double) MAX_SIDE / side;
		int w = Math.max(1, (int) (img.getWidth() * f));
		int h = Math.max(1, (int) (img.getHeight() * f));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = out.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
				java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(img, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

}
