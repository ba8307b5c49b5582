package vn.tuyengiao.commitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Realistic commitments and the files members hand in, good and bad, for the commitment
 * tests.
 */
public final class Samples {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final AtomicInteger CARD = new AtomicInteger(97_100_000);

	private Samples() {
	}

	/**
	 * The form's sections of a real-sounding yearly commitment of a member with the given
	 * position.
	 */
	public static Map<CommitmentSection, String> sections(String position) {
		Map<CommitmentSection, String> s = new EnumMap<>(CommitmentSection.class);
		s.put(CommitmentSection.IDEOLOGY,
				"Tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng, kiên định chủ nghĩa Mác - Lênin "
						+ "và tư tưởng Hồ Chí Minh. Thường xuyên học tập, quán triệt các nghị quyết, chỉ thị của Đảng, chính sách "
						+ "pháp luật của Nhà nước; không dao động trước các luận điệu sai trái, thù địch trên mạng xã hội.");
		s.put(CommitmentSection.ETHICS,
				"Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực, khiêm tốn; không tham ô, "
						+ "lãng phí, quan liêu; thực hiện nghiêm những điều đảng viên không được làm; gương mẫu trong gia đình và "
						+ "nơi cư trú, vận động người thân chấp hành tốt chủ trương của Đảng, chính sách của Nhà nước.");
		s.put(CommitmentSection.DUTIES, "Với cương vị " + position.toLowerCase(java.util.Locale.ROOT)
				+ ", tôi cam kết hoàn thành "
				+ "tốt nhiệm vụ được giao, xây dựng kế hoạch công tác cụ thể từng tháng, từng quý; chủ động phối hợp với "
				+ "các đoàn thể ở ấp; phấn đấu năm nay hoàn thành xuất sắc nhiệm vụ.");
		s.put(CommitmentSection.DISCIPLINE,
				"Chấp hành nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình; sinh hoạt "
						+ "chi bộ đầy đủ, đóng đảng phí đúng quy định; giữ mối liên hệ với chi ủy nơi cư trú; tiên phong, gương mẫu "
						+ "trong các phong trào thi đua yêu nước của địa phương.");
		s.put(CommitmentSection.SHORTCOMINGS,
				"Năm trước còn hạn chế: có lúc chưa dành thời gian nghiên cứu tài liệu trước khi "
						+ "sinh hoạt chi bộ, phát biểu xây dựng chưa nhiều. Biện pháp khắc phục: bố trí thời gian đọc tài liệu, "
						+ "chuẩn bị ý kiến trước mỗi kỳ sinh hoạt và nhờ chi ủy nhắc nhở.");
		return s;
	}

	/**
	 * The same commitment as one text, with the headings, as members write it in Word.
	 */
	public static String text(String name, String position) {
		StringBuilder sb = new StringBuilder("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026\n")
			.append("Họ và tên: ")
			.append(name)
			.append("\nChức vụ: ")
			.append(position)
			.append('\n');
		int i = 1;
		for (Map.Entry<CommitmentSection, String> e : sections(position).entrySet()) {
			sb.append(i++).append(". ").append(e.getKey().heading()).append('\n').append(e.getValue()).append('\n');
		}
		return sb.toString();
	}

	// ---- org data

	public record Commune(OrgUnit commune, OrgUnit cellA, OrgUnit cellB, String suffix) {
	}

	/**
	 * A commune of its own with two cells, under the fixture's province, so tests never
	 * share figures.
	 */
	public static Commune commune(OrgService org, long provinceId) {
		String x = uniqueSuffix();
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit c = org.create(Scope.system(), new NewUnit(provinceId, OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Tân Phú " + x, "CK" + x, "ĐU", from));
		OrgUnit a = org.create(Scope.system(),
				new NewUnit(c.getId(), OrgUnitKind.CELL, "Chi bộ ấp Tân Lập " + x, "CK" + x + ".TL", "CB", from));
		OrgUnit b = org.create(Scope.system(), new NewUnit(c.getId(), OrgUnitKind.CELL,
				"Chi bộ Trường THCS Tân Phú " + x, "CK" + x + ".THCS", "CB", from));
		return new Commune(c, a, b, x);
	}

	public static String uniqueSuffix() {
		return Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase() + SEQ.incrementAndGet();
	}

	public static Member member(MemberService members, OrgUnit cell, String name, String position, String duties,
			MemberStatus status, boolean retired) {
		return members.create(Scope.system(),
				new MemberData(name, name.contains(" Thị ") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1975, 3, 8),
						String.valueOf(CARD.incrementAndGet()), LocalDate.of(2000, 5, 19), LocalDate.of(2001, 5, 19),
						null, cell.getId(), position, duties, status, LocalDate.of(2024, 1, 1), retired));
	}

	// ---- files

	/**
	 * A .docx with one paragraph per line; every run in {@code font}, the text encoded
	 * for that font.
	 */
	public static byte[] docx(String text, String font, LegacyVietnamese.Encoding encoding) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				XWPFParagraph p = doc.createParagraph();
				XWPFRun run = p.createRun();
				if (encoding == LegacyVietnamese.Encoding.TCVN3
						&& line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
					// TCVN3 has no accented capitals: headings are set in the upper-case
					// font (.VnTimeH).
					run.setFontFamily(font + "H");
					run.setText(LegacyVietnamese.encode(line.toLowerCase(java.util.Locale.ROOT), encoding));
				}
				else {
					run.setFontFamily(font);
					run.setText(encoding == LegacyVietnamese.Encoding.UNICODE ? line
							: LegacyVietnamese.encode(line, encoding));
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** A .docx encrypted with a password, as Word saves it (an OLE2 container). */
	public static byte[] encryptedDocx(String text) throws Exception {
		byte[] plain = docx(text, "Times New Roman", LegacyVietnamese.Encoding.UNICODE);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor enc = info.getEncryptor();
			enc.confirmPassword("matkhau123");
			try (OutputStream os = enc.getDataStream(fs)) {
				os.write(plain);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/**
	 * A .docx whose document part inflates a thousandfold: a zip bomb (kept small for the
	 * test).
	 */
	public static byte[] zipBombDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 60; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/**
	 * A PDF with a real text layer, in the bundled Liberation Serif (it has the
	 * Vietnamese glyphs).
	 */
	public static byte[] pdf(String text, boolean encrypted) throws IOException {
		try (PDDocument doc = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				InputStream font = Samples.class.getResourceAsStream("/report/fonts/LiberationSerif-Regular.ttf")) {
			PDType0Font f = PDType0Font.load(doc, font);
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(f, 10);
				cs.newLineAtOffset(40, 750);
				cs.setLeading(12);
				for (String line : text.split("\n")) {
					for (int i = 0; i < line.length(); i += 90) {
						cs.showText(line.substring(i, Math.min(line.length(), i + 90)));
						cs.newLine();
					}
				}
				cs.endText();
			}
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "matkhau123",
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * A scanned page: a PDF with only a drawn rectangle standing in for the image, and no
	 * text at all.
	 */
	public static byte[] imageOnlyPdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
					new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB));
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawImage(image, 50, 500, 400, 200);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

}
