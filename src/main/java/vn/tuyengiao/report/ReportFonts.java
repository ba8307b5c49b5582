package vn.tuyengiao.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled Liberation Serif 2 (SIL OFL 1.1, licence in {@code report/fonts/OFL.txt}):
 * metric-compatible with Times New Roman and complete for Vietnamese, which the PDF
 * base-14 Times is not. Loaded once; the bytes serve the PDF embedding and the AWT
 * metrics serve rule lengths in Word files, which must match the printed text.
 */
final class ReportFonts {

	enum Face {

		REGULAR("LiberationSerif-Regular.ttf", 400, false), BOLD("LiberationSerif-Bold.ttf", 700, false),
		ITALIC("LiberationSerif-Italic.ttf", 400, true), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

		final String file;

		final int weight;

		final boolean italic;

		Face(String file, int weight, boolean italic) {
			this.file = file;
			this.weight = weight;
			this.italic = italic;
		}

	}

	/** The family name inside the font files. */
	static final String FAMILY = "Liberation Serif";

	private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

	private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

	private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

	private ReportFonts() {
	}

	static synchronized byte[] bytes(Face face) {
		return BYTES.computeIfAbsent(face, f -> {
			try (InputStream in = ReportFonts.class.getResourceAsStream("/report/fonts/" + f.file)) {
				if (in == null) {
					throw new IllegalStateException("Bundled font missing: /report/fonts/" + f.file);
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	static InputStream open(Face face) {
		return new ByteArrayInputStream(bytes(face));
	}

	/** Advance width of the text in points at the given size. */
	static double widthPt(String text, Face face, double sizePt) {
		return awt(face).deriveFont((float) sizePt).getStringBounds(text, FRC).getWidth();
	}

	private static synchronized Font awt(Face face) {
		return AWT.computeIfAbsent(face, f -> {
			try {
				return Font.createFont(Font.TRUETYPE_FONT, open(f));
			}
			catch (FontFormatException | IOException e) {
				throw new IllegalStateException("Cannot read bundled font " + f.file, e);
			}
		});
	}

}
