package vn.tuyengiao.bookcabinet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import vn.tuyengiao.bookcabinet.Catalogue;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.report.HtmlPdf;

/**
 * The printable A4 sheet of QR labels of a cabinet: three labels across, eight down (63 ×
 * 34 mm, the common A4 label stock), each with the QR code of the copy's code, the code
 * in bold and the title cut short, in the bundled Vietnamese font.
 */
@Component
class LabelSheet {

	/** Labels per row. */
	static final int ACROSS = 3;

	/** The longest title printed in full; longer ones are cut with "…". */
	static final int TITLE_CHARS = 60;

	private final Messages messages;

	LabelSheet(Messages messages) {
		this.messages = messages;
	}

	byte[] pdf(String cabinetName, String unitLabel, List<Catalogue.Label> labels) {
		StringBuilder h = new StringBuilder(4096 + labels.size() * 1200);
		h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><style>")
			.append("@page { size: A4; margin: 9mm 6mm; }")
			.append("body { font-family: '")
			.append(HtmlPdf.FAMILY)
			.append("'; font-size: 8.5pt; margin: 0; }")
			.append("table { border-collapse: collapse; width: 100%; table-layout: fixed; }")
			.append("tr { page-break-inside: avoid; }")
			.append("td { width: 33.3%; height: 33mm; border: 0.2mm dashed #888; padding: 1.5mm; vertical-align: top; ")
			.append("overflow: hidden; }")
			.append("img { width: 23mm; height: 23mm; float: left; margin-right: 1.5mm; }")
			.append(".code { font-weight: bold; font-size: 9.5pt; } .unit { color: #444; font-size: 7pt; }")
			.append("</style></head><body>");
		if (labels.isEmpty()) {
			h.append("<p>").append(escape(this.messages.get("bookcabinet.labels.none"))).append("</p>");
		}
		else {
			h.append("<table>");
			for (int i = 0; i < labels.size(); i++) {
				if (i % ACROSS == 0) {
					h.append("<tr>");
				}
				Catalogue.Label l = labels.get(i);
				h.append("<td><img src=\"data:image/png;base64,")
					.append(png(l.code()))
					.append("\"/><div class=\"code\">")
					.append(escape(l.code()))
					.append("</div><div class=\"title\">")
					.append(escape(shortTitle(l.title())))
					.append("</div><div class=\"unit\">")
					.append(escape(cabinetName + " · " + unitLabel))
					.append("</div></td>");
				if (i % ACROSS == ACROSS - 1 || i == labels.size() - 1) {
					for (int k = i % ACROSS; k < ACROSS - 1; k++) {
						h.append("<td></td>");
					}
					h.append("</tr>");
				}
			}
			h.append("</table>");
		}
		h.append("</body></html>");
		return HtmlPdf.render(h.toString());
	}

	static String shortTitle(String title) {
		String t = title == null ? "" : title.strip();
		return t.length() <= TITLE_CHARS ? t : t.substring(0, TITLE_CHARS - 1).stripTrailing() + "…";
	}

	private static String png(String code) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		try {
			ImageIO.write(QrCodes.image(code, 160), "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Base64.getEncoder().encodeToString(out.toByteArray());
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
