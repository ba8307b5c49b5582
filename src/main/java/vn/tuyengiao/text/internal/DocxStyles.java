package vn.tuyengiao.text.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Fonts of the styles part: per style id its own font and the style it is based on.
 */
record DocxStyles(Map<String, String> fonts, Map<String, String> basedOn, String defaultParagraphStyle,
		String defaultFont) {

	static DocxStyles parse(byte[] xml) throws XMLStreamException {
		Map<String, String> fonts = new HashMap<>();
		Map<String, String> basedOn = new HashMap<>();
		String defaultParagraph = null;
		String defaultFont = null;
		if (xml == null) {
			return new DocxStyles(fonts, basedOn, null, null);
		}
		XMLStreamReader r = DocxStream.XML.createXMLStreamReader(new ByteArrayInputStream(xml));
		try {
			String style = null;
			boolean defaults = false;
			int depth = 0;
			int styleDepth = -1;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					switch (r.getLocalName()) {
						case "style" -> {
							style = attribute(r, "styleId");
							styleDepth = depth;
							if ("paragraph".equals(attribute(r, "type")) && isOn(attribute(r, "default"))) {
								defaultParagraph = style;
							}
						}
						case "rPrDefault" -> defaults = true;
						case "basedOn" -> {
							if (style != null && depth == styleDepth + 1) {
								basedOn.put(style, attribute(r, "val"));
							}
						}
						case "rFonts" -> {
							String f = font(r);
							if (f != null) {
								if (style != null) {
									fonts.putIfAbsent(style, f);
								}
								else if (defaults) {
									defaultFont = f;
								}
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (depth == styleDepth) {
						style = null;
						styleDepth = -1;
					}
					if ("rPrDefault".equals(r.getLocalName())) {
						defaults = false;
					}
					depth--;
				}
			}
		}
		finally {
			r.close();
		}
		return new DocxStyles(fonts, basedOn, defaultParagraph, defaultFont);
	}

	/** The style's font through its basedOn chain; null when none names one. */
	String fontOf(String styleId) {
		String s = styleId;
		for (int i = 0; s != null && i < 32; i++) {
			String f = this.fonts.get(s);
			if (f != null) {
				return f;
			}
			s = this.basedOn.get(s);
		}
		return null;
	}

	/**
	 * The font named by a {@code w:rFonts}: a legacy font first, else hAnsi, else ascii.
	 */
	static String font(XMLStreamReader r) {
		String hAnsi = attribute(r, "hAnsi");
		String ascii = attribute(r, "ascii");
		if (hAnsi != null && LegacyVietnamese.fromFontName(hAnsi) != LegacyVietnamese.Encoding.UNICODE) {
			return hAnsi;
		}
		if (ascii != null && LegacyVietnamese.fromFontName(ascii) != LegacyVietnamese.Encoding.UNICODE) {
			return ascii;
		}
		if (hAnsi != null) {
			return hAnsi;
		}
		if (ascii != null) {
			return ascii;
		}
		// a theme font (asciiTheme, hAnsiTheme) is a Unicode font of the theme
		return attribute(r, "hAnsiTheme") != null || attribute(r, "asciiTheme") != null ? "" : null;
	}

	/** A w: attribute by its local name, whatever the prefix. */
	static String attribute(XMLStreamReader r, String localName) {
		for (int i = 0; i < r.getAttributeCount(); i++) {
			if (localName.equals(r.getAttributeLocalName(i))) {
				return r.getAttributeValue(i);
			}
		}
		return null;
	}

	private static boolean isOn(String value) {
		return "1".equals(value) || "true".equals(value) || "on".equals(value);
	}

}
