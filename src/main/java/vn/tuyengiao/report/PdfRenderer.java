package vn.tuyengiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A party document as PDF, printed from {@link HtmlRenderer#standalone} by openhtmltopdf.
 * The bundled Liberation Serif is embedded (subset) under the profile's family name: the
 * PDF's built-in Times has no Vietnamese letters beyond Latin-1, and a reader's
 * substitute font would print boxes.
 */
public final class PdfRenderer {

	/**
	 * Parsed font metrics, shared by all renders: re-reading four fonts is most of a
	 * small document's cost.
	 */
	private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new MetricsCache();

	private final HtmlRenderer html;

	public PdfRenderer(LayoutProfile profile) {
		this.html = new HtmlRenderer(profile);
	}

	/** A renderer using the profile current when each document is rendered. */
	public PdfRenderer(Supplier<LayoutProfile> current) {
		this.html = new HtmlRenderer(current);
	}

	public LayoutProfile profile() {
		return html.profile();
	}

	public byte[] render(PartyDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		write(doc, out);
		return out.toByteArray();
	}

	/** Writes the PDF; the stream is not closed. */
	public void write(PartyDocument doc, OutputStream out) {
		Objects.requireNonNull(doc, "doc");
		Objects.requireNonNull(out, "out");
		PdfLog.install();
		// One profile for the whole document: the font family named in the page and the
		// one the fonts are registered under must agree.
		LayoutProfile profile = html.profile();
		HtmlRenderer html = new HtmlRenderer(profile);
		List<TrueTypeFont> fonts = new ArrayList<>(4);
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder b = new PdfRendererBuilder();
			b.usePDDocument(pdf);
			b.useFastMode();
			b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
			b.withHtmlContent(html.standalone(doc), null);
			for (ReportFonts.Face f : ReportFonts.Face.values()) {
				TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.bytes(f)));
				fonts.add(ttf);
				// PDFBox 3 runs the font's GSUB rules on every string it shows, compiling
				// regular expressions each
				// time: most of the rendering time, for ligatures a party document does
				// not want anyway (they also
				// spoil copied text). Precomposed Vietnamese letters need no
				// substitution.
				ttf.setEnableGsub(false);
				b.useFont(new PDFontSupplier(PDType0Font.load(pdf, ttf, true)), profile.fontFamily(), f.weight,
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
					// Memory-backed: nothing to release that the collector won't.
				}
			}
		}
	}

	/** Unbounded: it only ever holds the metrics of the bundled fonts. */
	private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

		private final ConcurrentMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			map.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			return map.computeIfAbsent(key, k -> {
				try {
					return loader.call();
				}
				catch (Exception e) {
					throw new IllegalStateException("Cannot load font metrics for " + k, e);
				}
			});
		}

		@Override
		public FSCacheValue get(String key) {
			return map.get(key);
		}

	}

}
