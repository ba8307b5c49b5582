package vn.tuyengiao.report;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a document's body. Text is plain (no inline markup); renderers escape it
 * and normalise it to NFC, because embedded fonts have the precomposed Vietnamese letters
 * but no shaping for combining marks.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Item, Block.Table {

	/**
	 * A section heading, "1. Kết quả thực hiện". Level 1 is bold, level 2 bold italic
	 * ("2.1.", "- Hình thức tổ chức học tập:"), level 3 italic.
	 *
	 * @param number "1.", "2.1.", "a)", "-" or null; printed before the text with one
	 * space
	 */
	record Heading(int level, String number, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading level is 1 to 3, was " + level);
			}
			number = number == null || number.isBlank() ? null : number.strip();
			text = PartyDocument.required(text, "heading text");
		}

		/** The printed line: number, a space, the text. */
		public String line() {
			return number == null ? text : number + " " + text;
		}

	}

	/**
	 * A body paragraph: justified with a first-line indent.
	 *
	 * @param draft true when the paragraph was drafted from data and the officer must
	 * review it before signing; renderers highlight it (a light background in HTML/PDF,
	 * highlighted runs in Word)
	 */
	record Paragraph(String text, boolean draft) implements Block {

		public Paragraph {
			text = PartyDocument.required(text, "paragraph text");
		}

	}

	/**
	 * A list item written the way officials do: a dash (or "+", "*") then the text,
	 * indented like a paragraph.
	 *
	 * @param draft as for {@link Paragraph}
	 */
	record Item(String marker, String text, boolean draft) implements Block {

		public Item {
			marker = marker == null || marker.isBlank() ? "-" : marker.strip();
			text = PartyDocument.required(text, "item text");
		}

		/** "- text". */
		public String line() {
			return marker + " " + text;
		}

	}

	/**
	 * A simple table of figures: one header row, then rows of already formatted cells
	 * ("2.825", "98,43%"). Cells that read as figures are centred, the rest left aligned.
	 *
	 * @param caption an optional line printed above the table, or null
	 */
	record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

		public Table {
			caption = caption == null || caption.isBlank() ? null : caption.strip();
			header = List.copyOf(Objects.requireNonNull(header, "header"));
			if (header.isEmpty()) {
				throw new IllegalArgumentException("A table needs at least one column");
			}
			rows = Objects.requireNonNull(rows, "rows")
				.stream()
				.map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList()))
				.toList();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).size() != header.size()) {
					throw new IllegalArgumentException("Table row " + (i + 1) + " has " + rows.get(i).size()
							+ " cells, the header has " + header.size());
				}
			}
		}

		/**
		 * True for cells like "21", "2.825/3.153", "98,43%", "—": centred and never
		 * wrapped mid-figure.
		 */
		public static boolean isFigure(String cell) {
			return cell != null && !cell.isBlank() && cell.strip().matches("[—–\\-+]?[0-9][0-9.,/%\\s]*|[—–-]");
		}

	}

	static Heading heading(String number, String text) {
		return new Heading(1, number, text);
	}

	static Heading heading(int level, String number, String text) {
		return new Heading(level, number, text);
	}

	static Paragraph paragraph(String text) {
		return new Paragraph(text, false);
	}

	/** A paragraph drafted from data, to be reviewed by the officer. */
	static Paragraph draft(String text) {
		return new Paragraph(text, true);
	}

	static Item item(String text) {
		return new Item("-", text, false);
	}

	static Table table(List<String> header, List<List<String>> rows) {
		return new Table(null, header, rows);
	}

}
