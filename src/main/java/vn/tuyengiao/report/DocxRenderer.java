package vn.tuyengiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A party document as a Word file the officer edits before signing, so it is built from
 * real Word structures and not positioned text: page size and margins in the section, the
 * two-column header and the recipients/signature block as borderless tables, justified
 * paragraphs with a first-line indent, the font named on every run, page numbers as a
 * PAGE field. Paragraphs drafted from data are highlighted in yellow and carry a Word
 * comment saying they were drafted from the data and need review: Word users know both as
 * "look at this" and remove them with one click each.
 */
public final class DocxRenderer {

	private static final int TWIPS_PER_PT = 20;

	private final LayoutProfile profile;

	private final Supplier<LayoutProfile> current;

	public DocxRenderer(LayoutProfile profile) {
		this.profile = Objects.requireNonNull(profile, "profile");
		this.current = null;
	}

	/** A renderer using the profile current when each document is rendered. */
	public DocxRenderer(Supplier<LayoutProfile> current) {
		this.profile = null;
		this.current = Objects.requireNonNull(current, "current");
	}

	public LayoutProfile profile() {
		return current == null ? profile : current.get();
	}

	public byte[] render(PartyDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		write(doc, out);
		return out.toByteArray();
	}

	/** Writes the .docx; the stream is not closed. */
	public void write(PartyDocument doc, OutputStream out) {
		Objects.requireNonNull(doc, "doc");
		Objects.requireNonNull(out, "out");
		if (current != null) {
			new DocxRenderer(current.get()).write(doc, out);
			return;
		}
		try (XWPFDocument d = new XWPFDocument()) {
			new Writer(d).document(doc);
			d.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the Word file", e);
		}
	}

	/** Millimetres to twentieths of a point, Word's unit for page geometry. */
	static int twips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	private final class Writer {

		private final XWPFDocument d;

		private org.apache.poi.xwpf.usermodel.XWPFComments comments;

		private long nextComment;

		private final LayoutProfile.TypeSizes sizes = profile.sizes();

		private final int textWidth = twips(profile.textWidthMm());

		Writer(XWPFDocument d) {
			this.d = d;
		}

		void document(PartyDocument doc) {
			defaults();
			section();
			d.getProperties()
				.getCoreProperties()
				.setTitle(HtmlRenderer.nfc(doc.typeName() + " " + String.join(" ", doc.subject())));
			d.getProperties().getCoreProperties().setCreator(HtmlRenderer.nfc(doc.header().issuingBody()));
			if (doc.showsDraftMark()) {
				draftMark();
			}
			header(doc.header(), doc.stage());
			title(doc);
			for (Block b : doc.body()) {
				block(b);
			}
			keepWithClosing(doc);
			closing(doc);
		}

		private void defaults() {
			var styles = d.createStyles();
			CTFonts fonts = CTFonts.Factory.newInstance();
			fonts.setAscii(profile.fontFamily());
			fonts.setHAnsi(profile.fontFamily());
			fonts.setCs(profile.fontFamily());
			fonts.setEastAsia(profile.fontFamily());
			styles.setDefaultFonts(fonts);
			styles.setSpellingLanguage("vi-VN");
		}

		private void section() {
			LayoutProfile.PageSetup pg = profile.page();
			CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
					: d.getDocument().getBody().addNewSectPr();
			CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
			size.setW(BigInteger.valueOf(twips(pg.widthMm())));
			size.setH(BigInteger.valueOf(twips(pg.heightMm())));
			size.setOrient(STPageOrientation.PORTRAIT);
			CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
			mar.setTop(BigInteger.valueOf(twips(pg.topMm())));
			mar.setBottom(BigInteger.valueOf(twips(pg.bottomMm())));
			mar.setLeft(BigInteger.valueOf(twips(pg.leftMm())));
			mar.setRight(BigInteger.valueOf(twips(pg.rightMm())));
			// Header and footer sit halfway into the top and bottom margins.
			mar.setHeader(BigInteger.valueOf(twips(pg.topMm() / 2)));
			mar.setFooter(BigInteger.valueOf(twips(pg.bottomMm() / 2)));
			mar.setGutter(BigInteger.ZERO);
			if (profile.pageNumbers() != LayoutProfile.PageNumbers.NONE) {
				boolean top = profile.pageNumbers() == LayoutProfile.PageNumbers.HEADER_CENTER;
				XWPFHeaderFooter hf = top ? d.createHeader(HeaderFooterType.DEFAULT)
						: d.createFooter(HeaderFooterType.DEFAULT);
				XWPFParagraph p = hf.getParagraphs().isEmpty() ? hf.createParagraph() : hf.getParagraphs().get(0);
				p.setAlignment(profile.pageNumbers() == LayoutProfile.PageNumbers.FOOTER_RIGHT
						? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
				CTSimpleField field = p.getCTP().addNewFldSimple();
				field.setInstr(" PAGE ");
				var r = field.addNewR();
				var rpr = r.addNewRPr();
				var f = rpr.addNewRFonts();
				f.setAscii(profile.fontFamily());
				f.setHAnsi(profile.fontFamily());
				rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(sizes.headerPt() * 2)));
				r.addNewT().setStringValue("1");
				if (!profile.numberFirstPage()) {
					// An empty first-page footer plus titlePg hides the number on page 1
					// only.
					if (top) {
						d.createHeader(HeaderFooterType.FIRST);
					}
					else {
						d.createFooter(HeaderFooterType.FIRST);
					}
					if (!sect.isSetTitlePg()) {
						sect.addNewTitlePg();
					}
				}
			}
		}

		/**
		 * "DỰ THẢO" in a box at the top right: a right-aligned paragraph indented from
		 * the left so its border wraps only the word.
		 */
		private void draftMark() {
			XWPFParagraph p = d.createParagraph();
			centred(p);
			p.setSpacingAfter(4 * TWIPS_PER_PT);
			double width = ReportFonts.widthPt(PartyDocument.DRAFT_MARK, ReportFonts.Face.BOLD, sizes.headerPt())
					* TWIPS_PER_PT + 12 * TWIPS_PER_PT;
			p.setIndentationLeft(Math.max(0, textWidth - (int) Math.round(width)));
			CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
			var bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
			for (CTBorder b : new CTBorder[] { bdr.addNewTop(), bdr.addNewLeft(), bdr.addNewBottom(),
					bdr.addNewRight() }) {
				b.setVal(STBorder.SINGLE);
				b.setSz(BigInteger.valueOf(8));
				b.setSpace(BigInteger.ONE);
				b.setColor("000000");
			}
			run(p, PartyDocument.DRAFT_MARK, sizes.headerPt(), true, false);
		}

		private void header(DocumentHeader h, PartyDocument.Stage stage) {
			int left = (int) Math.round(textWidth * profile.headerLeftPercent() / 100);
			int right = textWidth - left;
			XWPFTable t = layoutTable(left, right);
			XWPFTableCell l = t.getRow(0).getCell(0);
			XWPFTableCell r = t.getRow(0).getCell(1);
			double hs = sizes.headerPt();
			double column = left / (double) TWIPS_PER_PT;
			boolean first = true;
			if (h.superiorBody() != null) {
				run(cellParagraph(l, first),
						String.join("\n", HeaderLines.balance(h.superiorBody(), ReportFonts.Face.REGULAR, hs, column)),
						hs, false, false);
				first = false;
			}
			run(cellParagraph(l, first),
					String.join("\n", HeaderLines.balance(h.issuingBody(), ReportFonts.Face.BOLD, hs, column)), hs,
					true, false);
			run(cellParagraph(l, false), "*", hs, false, false);
			run(cellParagraph(l, false), h.numberLine(stage), hs, false, false);

			XWPFParagraph party = cellParagraph(r, true);
			run(party, DocumentHeader.PARTY_TITLE, sizes.partyTitlePt(), true, false);
			// The rule under the title is as long as the title: the bottom border of an
			// empty paragraph indented from
			// both sides down to the title's printed width. A border on the title itself
			// would make it wrap when
			// Word's measure differs by a hair.
			double titleTwips = ReportFonts.widthPt(DocumentHeader.PARTY_TITLE, ReportFonts.Face.BOLD,
					sizes.partyTitlePt()) * TWIPS_PER_PT;
			XWPFParagraph rule = cellParagraph(r, false);
			rule.setSpacingBetween(2, LineSpacingRule.EXACT);
			int inset = Math.max(0, (int) Math.round((right - titleTwips) / 2));
			rule.setIndentationLeft(inset);
			rule.setIndentationRight(inset);
			bottomBorder(rule);
			XWPFParagraph date = cellParagraph(r, false);
			date.setSpacingBefore((int) Math.round(8 * TWIPS_PER_PT));
			run(date, h.dateLine(), sizes.datePt(), false, true);
		}

		/**
		 * The last body paragraph stays with the signature: keep-with-next and
		 * keep-lines, so Word moves it to the signature's page rather than leave the
		 * signature alone.
		 */
		private void keepWithClosing(PartyDocument doc) {
			if (doc.body().isEmpty() || doc.body().get(doc.body().size() - 1) instanceof Block.Table) {
				return;
			}
			List<XWPFParagraph> all = d.getParagraphs();
			XWPFParagraph last = all.get(all.size() - 1);
			last.setKeepNext(true);
			CTPPr ppr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
			if (!ppr.isSetKeepLines()) {
				ppr.addNewKeepLines();
			}
		}

		private void title(PartyDocument doc) {
			XWPFParagraph type = d.createParagraph();
			centred(type);
			type.setSpacingBefore(18 * TWIPS_PER_PT);
			type.setKeepNext(true);
			run(type, doc.typeName(), sizes.typeNamePt(), true, false);
			for (String line : doc.subject()) {
				XWPFParagraph p = d.createParagraph();
				centred(p);
				p.setKeepNext(true);
				run(p, line, sizes.subjectPt(), true, false);
			}
			XWPFParagraph rule = d.createParagraph();
			centred(rule);
			rule.setSpacingBetween(3, LineSpacingRule.EXACT);
			rule.setSpacingAfter(15 * TWIPS_PER_PT);
			int inset = Math.max(0, (textWidth - twips(profile.subjectRuleMm())) / 2);
			rule.setIndentationLeft(inset);
			rule.setIndentationRight(inset);
			bottomBorder(rule);
		}

		private void block(Block b) {
			if (b instanceof Block.Heading h) {
				XWPFParagraph p = bodyParagraph();
				p.setKeepNext(true);
				run(p, h.line(), sizes.bodyPt(), h.level() <= 2, h.level() >= 2);
			}
			else if (b instanceof Block.Paragraph para) {
				text(profile.close(para.text()), para.draft());
			}
			else if (b instanceof Block.Item i) {
				text(i.line(), i.draft());
			}
			else if (b instanceof Block.Table t) {
				table(t);
			}
		}

		private XWPFParagraph bodyParagraph() {
			XWPFParagraph p = d.createParagraph();
			p.setAlignment(ParagraphAlignment.BOTH);
			p.setIndentationFirstLine(twips(profile.firstLineIndentMm()));
			p.setSpacingBefore(0);
			p.setSpacingAfter((int) Math.round(profile.paragraphSpacingPt() * TWIPS_PER_PT));
			p.setSpacingBetween(profile.lineSpacing(), LineSpacingRule.AUTO);
			return p;
		}

		private void table(Block.Table t) {
			if (t.caption() != null) {
				XWPFParagraph c = d.createParagraph();
				centred(c);
				c.setKeepNext(true);
				c.setSpacingAfter(2 * TWIPS_PER_PT);
				run(c, t.caption(), sizes.bodyPt(), false, true);
			}
			int cols = t.header().size();
			int[] widths = columnWidths(t);
			XWPFTable table = d.createTable(t.rows().size() + 1, cols);
			fixedWidth(table, widths);
			table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
			table.setCellMargins(30, 80, 30, 80);
			XWPFTableRow head = table.getRow(0);
			head.setRepeatHeader(true);
			head.setCantSplitRow(true);
			for (int c = 0; c < cols; c++) {
				XWPFTableCell cell = head.getCell(c);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph p = cellParagraph(cell, true);
				run(p, t.header().get(c), sizes.tablePt(), true, false);
			}
			for (int r = 0; r < t.rows().size(); r++) {
				XWPFTableRow row = table.getRow(r + 1);
				row.setCantSplitRow(true);
				List<String> cells = t.rows().get(r);
				for (int c = 0; c < cols; c++) {
					XWPFTableCell cell = row.getCell(c);
					cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
					XWPFParagraph p = cellParagraph(cell, true);
					if (!Block.Table.isFigure(cells.get(c))) {
						p.setAlignment(ParagraphAlignment.LEFT);
					}
					run(p, cells.get(c), sizes.tablePt(), false, false);
				}
			}
			// Space after the table, which a table itself cannot carry.
			XWPFParagraph after = d.createParagraph();
			after.setSpacingBetween(profile.paragraphSpacingPt(), LineSpacingRule.EXACT);
		}

		/** Wider columns for longer text, within one to four shares each. */
		private int[] columnWidths(Block.Table t) {
			int cols = t.header().size();
			double[] share = new double[cols];
			double total = 0;
			for (int c = 0; c < cols; c++) {
				int longest = t.header().get(c).length() / 2;
				for (List<String> row : t.rows()) {
					longest = Math.max(longest, row.get(c).length());
				}
				share[c] = Math.max(1, Math.min(4, longest / 8.0));
				total += share[c];
			}
			int[] w = new int[cols];
			int used = 0;
			for (int c = 0; c < cols - 1; c++) {
				w[c] = (int) Math.round(textWidth * share[c] / total);
				used += w[c];
			}
			w[cols - 1] = textWidth - used;
			return w;
		}

		private void closing(PartyDocument doc) {
			XWPFTable t = layoutTable(textWidth / 2, textWidth - textWidth / 2);
			t.getRow(0).setCantSplitRow(true);
			XWPFTableCell l = t.getRow(0).getCell(0);
			XWPFTableCell r = t.getRow(0).getCell(1);
			XWPFParagraph label = cellParagraph(l, true);
			label.setAlignment(ParagraphAlignment.LEFT);
			run(label, Recipients.LABEL, sizes.recipientsLabelPt(), true, true);
			for (String line : profile.recipientLines(doc.recipients())) {
				XWPFParagraph p = cellParagraph(l, false);
				p.setAlignment(ParagraphAlignment.LEFT);
				run(p, line, sizes.recipientsPt(), false, false);
			}
			Signature s = doc.signature();
			double ss = sizes.signaturePt();
			boolean first = true;
			if (s.authority() != null) {
				run(cellParagraph(r, true), s.authority(), ss, true, false);
				first = false;
			}
			run(cellParagraph(r, first), s.title(), ss, true, false);
			int space = profile.signatureSpaceLines();
			for (int i = 0; i < space; i++) {
				// An issued copy says "(Đã ký)" where the hand signature was.
				boolean signed = doc.stage() == PartyDocument.Stage.ISSUED && i == (space - 1) / 2;
				run(cellParagraph(r, false), signed ? PartyDocument.SIGNED_MARK : "", ss, false, signed);
			}
			run(cellParagraph(r, false), s.name(), ss, true, false);
			// Word wants a paragraph between a final table and the section end.
			XWPFParagraph end = d.createParagraph();
			end.setSpacingBetween(1, LineSpacingRule.EXACT);
		}

		/**
		 * A one-row, two-column table without borders or cell padding, for side-by-side
		 * blocks.
		 */
		private XWPFTable layoutTable(int left, int right) {
			XWPFTable t = d.createTable(1, 2);
			fixedWidth(t, new int[] { left, right });
			t.removeBorders();
			CTTblPr pr = t.getCTTbl().getTblPr();
			var borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
			for (CTBorder b : new CTBorder[] { borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
					borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV() }) {
				b.setVal(STBorder.NONE);
			}
			t.setCellMargins(0, 0, 0, 0);
			for (XWPFTableCell c : t.getRow(0).getTableCells()) {
				c.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
			}
			return t;
		}

		private void fixedWidth(XWPFTable t, int[] widths) {
			CTTbl ct = t.getCTTbl();
			CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
			CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
			int sum = 0;
			for (int x : widths) {
				sum += x;
			}
			w.setType(STTblWidth.DXA);
			w.setW(BigInteger.valueOf(sum));
			(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
			CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int x : widths) {
				grid.addNewGridCol().setW(BigInteger.valueOf(x));
			}
			for (XWPFTableRow row : t.getRows()) {
				for (int c = 0; c < widths.length; c++) {
					CTTcPr tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
							: row.getCell(c).getCTTc().addNewTcPr();
					CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
					cw.setType(STTblWidth.DXA);
					cw.setW(BigInteger.valueOf(widths[c]));
				}
			}
		}

		/**
		 * The cell's own first paragraph, or a new one; centred, single spaced, no space
		 * after.
		 */
		private XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
			XWPFParagraph p = first && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0)
					: cell.addParagraph();
			centred(p);
			return p;
		}

		private void centred(XWPFParagraph p) {
			p.setAlignment(ParagraphAlignment.CENTER);
			p.setSpacingBefore(0);
			p.setSpacingAfter(0);
			p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
		}

		private void bottomBorder(XWPFParagraph p) {
			CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
			var bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
			CTBorder b = bdr.addNewBottom();
			b.setVal(STBorder.SINGLE);
			b.setSz(BigInteger.valueOf(6));
			b.setSpace(BigInteger.ONE);
			b.setColor("000000");
		}

		private XWPFRun run(XWPFParagraph p, String text, double sizePt, boolean bold, boolean italic) {
			XWPFRun r = p.createRun();
			r.setFontFamily(profile.fontFamily());
			r.setFontSize(sizePt);
			r.setBold(bold);
			r.setItalic(italic);
			String[] lines = clean(text).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					r.addBreak();
				}
				r.setText(lines[i], i);
			}
			return r;
		}

		/**
		 * A body paragraph; one drafted from data is highlighted and carries a Word
		 * comment ("Đoạn dự thảo từ số liệu — cần rà soát trước khi ký") over its text,
		 * which the officer sees in the margin and deletes once reviewed.
		 */
		private void text(String text, boolean draft) {
			XWPFParagraph p = bodyParagraph();
			if (!draft) {
				run(p, text, sizes.bodyPt(), false, false);
				return;
			}
			if (this.comments == null) {
				this.comments = d.createComments();
			}
			java.math.BigInteger id = java.math.BigInteger.valueOf(this.nextComment++);
			org.apache.poi.xwpf.usermodel.XWPFComment comment = this.comments.createComment(id);
			comment.setAuthor("TuyenGiao");
			comment.setInitials("TG");
			run(comment.createParagraph(), HtmlRenderer.DRAFT_HINT, 10, false, false);
			p.getCTP().addNewCommentRangeStart().setId(id);
			run(p, text, sizes.bodyPt(), false, false).setTextHighlightColor("yellow");
			p.getCTP().addNewCommentRangeEnd().setId(id);
			p.createRun().getCTR().addNewCommentReference().setId(id);
		}

	}

	/**
	 * NFC, and without the control characters XML cannot carry (pasted text sometimes has
	 * them).
	 */
	private static String clean(String s) {
		String t = HtmlRenderer.nfc(s).replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder b = new StringBuilder(t.length());
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			b.append(c >= 0x20 || c == '\n' || c == '\t' ? c : ' ');
		}
		return b.toString();
	}

}
