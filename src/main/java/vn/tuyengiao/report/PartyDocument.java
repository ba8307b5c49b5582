package vn.tuyengiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A party document as data, independent of its layout: header, type name ("BÁO CÁO"),
 * subject (trích yếu), body, recipients and signature. The same instance renders to Word,
 * PDF and the on-screen preview.
 *
 * @param typeName printed in capitals above the subject: "BÁO CÁO"; see
 * {@link DocumentType#title()}
 * @param subject the trích yếu, one string per printed line (officials break it by hand
 * so the lines balance)
 * @param stage where the document is in its life: a {@link Stage#PREVIEW} of data, a
 * {@link Stage#DRAFT} kept in the register (printed with a "Dự thảo" mark and no number),
 * or {@link Stage#ISSUED} (numbered; the signer's name follows "(Đã ký)")
 */
public record PartyDocument(DocumentHeader header, String typeName, List<String> subject, List<Block> body,
		Recipients recipients, Signature signature, Stage stage) {

	/** Where a document is in its life; renderers mark drafts and signed copies. */
	public enum Stage {

		/** Drafted from data for the screen, not yet kept. */
		PREVIEW,
		/** Kept and edited in the register, not numbered: printed with "Dự thảo". */
		DRAFT,
		/** Numbered and issued: the copy says "(Đã ký)" above the signer's name. */
		ISSUED

	}

	public PartyDocument(DocumentHeader header, String typeName, List<String> subject, List<Block> body,
			Recipients recipients, Signature signature) {
		this(header, typeName, subject, body, recipients, signature, Stage.PREVIEW);
	}

	/** The same document at another stage. */
	public PartyDocument at(Stage stage) {
		return new PartyDocument(header, typeName, subject, body, recipients, signature, stage);
	}

	public PartyDocument {
		Objects.requireNonNull(header, "header");
		typeName = required(typeName, "type name");
		subject = Objects.requireNonNull(subject, "subject").stream().map(s -> required(s, "subject line")).toList();
		body = List.copyOf(Objects.requireNonNull(body, "body"));
		Objects.requireNonNull(recipients, "recipients");
		Objects.requireNonNull(signature, "signature");
		stage = stage == null ? Stage.PREVIEW : stage;
		if (stage == Stage.ISSUED) {
			// An issued copy is what the signer approved: nothing in it awaits review, so
			// no
			// renderer highlights a paragraph drafted from data.
			body = body.stream().map(PartyDocument::reviewed).toList();
		}
	}

	private static Block reviewed(Block block) {
		if (block instanceof Block.Paragraph p && p.draft()) {
			return new Block.Paragraph(p.text(), false);
		}
		if (block instanceof Block.Item i && i.draft()) {
			return new Block.Item(i.marker(), i.text(), false);
		}
		return block;
	}

	/** The mark a preview or draft carries at the top of its first page. */
	public static final String DRAFT_MARK = "DỰ THẢO";

	/** The line an issued copy prints above the signer's name. */
	public static final String SIGNED_MARK = "(Đã ký)";

	/**
	 * True unless issued: printed with {@link #DRAFT_MARK} and without a number. (Not a
	 * bean getter, so JSON snapshots of a document carry no extra property.)
	 */
	public boolean showsDraftMark() {
		return stage != Stage.ISSUED;
	}

	/** True when any paragraph still awaits the officer's review. */
	public boolean hasDrafts() {
		return body.stream()
			.anyMatch(b -> b instanceof Block.Paragraph p && p.draft() || b instanceof Block.Item i && i.draft());
	}

	public static Builder builder(DocumentHeader header, DocumentType type) {
		return new Builder(header, type.title());
	}

	public static Builder builder(DocumentHeader header, String typeName) {
		return new Builder(header, typeName);
	}

	static String required(String s, String what) {
		if (s == null || s.isBlank()) {
			throw new IllegalArgumentException("The " + what + " of a party document is missing");
		}
		return s.strip();
	}

	/** Builds the body in reading order. */
	public static final class Builder {

		private final DocumentHeader header;

		private final String typeName;

		private final List<String> subject = new ArrayList<>();

		private final List<Block> body = new ArrayList<>();

		private Recipients recipients;

		private Signature signature;

		private Builder(DocumentHeader header, String typeName) {
			this.header = header;
			this.typeName = typeName;
		}

		public Builder subject(String... lines) {
			subject.addAll(List.of(lines));
			return this;
		}

		public Builder heading(String number, String text) {
			body.add(Block.heading(number, text));
			return this;
		}

		public Builder heading(int level, String number, String text) {
			body.add(Block.heading(level, number, text));
			return this;
		}

		public Builder paragraph(String text) {
			body.add(Block.paragraph(text));
			return this;
		}

		/** A paragraph drafted from data that the officer must review. */
		public Builder draft(String text) {
			body.add(Block.draft(text));
			return this;
		}

		public Builder item(String text) {
			body.add(Block.item(text));
			return this;
		}

		public Builder table(String caption, List<String> header, List<List<String>> rows) {
			body.add(new Block.Table(caption, header, rows));
			return this;
		}

		public Builder block(Block block) {
			body.add(Objects.requireNonNull(block, "block"));
			return this;
		}

		public Builder recipients(Recipients recipients) {
			this.recipients = recipients;
			return this;
		}

		public Builder signature(Signature signature) {
			this.signature = signature;
			return this;
		}

		public PartyDocument build() {
			return new PartyDocument(header, typeName, subject, body, recipients, signature);
		}

	}

}
