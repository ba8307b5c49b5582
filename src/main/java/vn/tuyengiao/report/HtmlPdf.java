package vn.tuyengiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A PDF from a page of the module's own (XHTML with its own CSS: a label sheet, a list),
 * with the bundled Vietnamese font registered as {@value #FAMILY} — what
 * {@link PdfRenderer} does for party documents, for pages that are not one.
 */
public final class HtmlPdf {

	/** The font family the page's CSS names. */
	public static final String FAMILY = ReportFonts.FAMILY;

	private HtmlPdf() {
	}

	/** Renders well-formed XHTML; images may be {@code data:} URIs. */
	public static byte[] render(String xhtml) {
		PdfLog.install();
		List<TrueTypeFont> fonts = new ArrayList<>(4);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder b = new PdfRendererBuilder();
			b.usePDDocument(pdf);
			b.useFastMode();
			b.withHtmlContent(xhtml, null);
			for (ReportFonts.Face f : ReportFonts.Face.values()) {
				TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.bytes(f)));
				fonts.add(ttf);
				ttf.setEnableGsub(false);
				b.useFont(new PDFontSupplier(PDType0Font.load(pdf, ttf, true)), FAMILY, f.weight,
						f.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
			}
			b.withProducer("TuyenGiao");
			b.toStream(out);
			b.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render the PDF", e);
		}
		finally {
			for (TrueTypeFont ttf : fonts) {
				try {
					ttf.close();
				}
				catch (IOException e) {
					// Memory-backed.
				}
			}
		}
		return out.toByteArray();
	}

}
