package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.VnFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Number line, type abbreviations, date line and the model's own checks. */
class DocumentNumberTest {

	@Test
	void numberLineHasNoColonAHyphenBeforeTheTypeAndASlashBeforeTheIssuer() {
		assertThat(DocumentNumber.format(3, "BC", "BTG")).isEqualTo("Số 03-BC/BTG");
		assertThat(DocumentNumber.format(124, "CV", "BTGHU")).isEqualTo("Số 124-CV/BTGHU");
		assertThat(DocumentNumber.format(10, "KH", "HU")).isEqualTo("Số 10-KH/HU");
		assertThat(new DocumentNumber(92, DocumentType.PLAN, "HU").line()).isEqualTo("Số 92-KH/HU");
		assertThat(new DocumentNumber(3, DocumentType.REPORT, "BTG").reference()).isEqualTo("03-BC/BTG");
		assertThat(DocumentNumber.unnumbered("BC", "BTG")).startsWith("Số ").endsWith("-BC/BTG").doesNotContain(":");
	}

	@Test
	void badNumbersAreRefused() {
		assertThatThrownBy(() -> DocumentNumber.format(0, "BC", "BTG")).hasMessageContaining("starts at 1");
		assertThatThrownBy(() -> DocumentNumber.format(1, " ", "BTG")).hasMessageContaining("type abbreviation");
		assertThatThrownBy(() -> DocumentNumber.format(1, "BC", "BTG/HU")).hasMessageContaining("issuer abbreviation");
	}

	@Test
	void typeAbbreviationsAreThePartyList() {
		assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::abbreviation)).containsExactly("NQ", "QĐ",
				"CT", "KL", "QC", "HD", "TB", "TT", "BC", "KH", "CTr", "ĐA", "PA", "TTr", "CV", "BB");
		assertThat(DocumentType.ofAbbreviation("TT").vietnameseName()).isEqualTo("Thông tri");
		assertThat(DocumentType.ofAbbreviation("TTr").vietnameseName()).isEqualTo("Tờ trình");
		assertThat(DocumentType.ofAbbreviation("CTr").vietnameseName()).isEqualTo("Chương trình");
		assertThat(DocumentType.ofAbbreviation("ĐA").vietnameseName()).isEqualTo("Đề án");
		assertThat(DocumentType.REPORT.title()).isEqualTo("BÁO CÁO");
		assertThat(DocumentType.DECISION.title()).isEqualTo("QUYẾT ĐỊNH");
		assertThatThrownBy(() -> DocumentType.ofAbbreviation("XX")).hasMessageContaining("XX");
	}

	@Test
	void dateLineZeroPadsDaysBelowTenAndJanuaryAndFebruary() {
		assertThat(SeedReports.header000().dateLine()).isEqualTo("Vĩnh Thuận, ngày 25 tháng 8 năm 2020");
		assertThat(VnFormat.longDate(LocalDate.of(2021, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2021");
		assertThat(VnFormat.longDate(LocalDate.of(2020, 1, 10))).isEqualTo("ngày 10 tháng 01 năm 2020");
		assertThat(VnFormat.longDate(LocalDate.of(2020, 3, 3))).isEqualTo("ngày 03 tháng 3 năm 2020");
		assertThat(VnFormat.longDate(LocalDate.of(2025, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2025");
		DocumentHeader h = new DocumentHeader(null, "TỈNH ỦY KIÊN GIANG", "Số 196-KH/TU", "Rạch Giá",
				LocalDate.of(2020, 2, 10));
		assertThat(h.dateLine()).isEqualTo("Rạch Giá, ngày 10 tháng 02 năm 2020");
		assertThat(h.superiorBody()).isNull();
	}

	@Test
	void recipientsEndWithTheFilingCopy() {
		Recipients r = Recipients.of("Thường trực Huyện ủy (b/c);", "- Lãnh đạo Ban;");
		assertThat(r.lines()).containsExactly("- Thường trực Huyện ủy (b/c);", "- Lãnh đạo Ban;", "- Lưu.");
		assertThat(new Recipients(List.of("Ban Tuyên giáo Tỉnh ủy;"), "Lưu Văn phòng.").lines()).last()
			.isEqualTo("- Lưu Văn phòng.");
		assertThatThrownBy(() -> new Recipients(List.of(), "Gửi đi")).hasMessageContaining("Lưu");
	}

	@Test
	void signaturePrefixesUseTheSlash() {
		assertThat(Signature.signingFor("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A").authority())
			.isEqualTo("K/T TRƯỞNG BAN");
		assertThat(Signature.onBehalfOf("BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Thị B").authority())
			.isEqualTo("T/M BAN THƯỜNG VỤ");
		assertThat(Signature.byOrderOf("BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê C").authority())
			.isEqualTo("T/L BAN THƯỜNG VỤ");
		assertThat(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân").authority()).isNull();
	}

	@Test
	void modelRefusesMissingPartsAndMalformedTables() {
		assertThatThrownBy(() -> new Block.Paragraph(" ", false)).hasMessageContaining("paragraph text");
		assertThatThrownBy(() -> new Block.Table(null, List.of("A", "B"), List.of(List.of("1"))))
			.hasMessageContaining("row 1");
		assertThatThrownBy(() -> PartyDocument.builder(SeedReports.header000(), DocumentType.REPORT).build())
			.isInstanceOf(NullPointerException.class);
		assertThat(SeedReports.builder002().build().hasDrafts()).isTrue();
		assertThat(SeedReports.report002().hasDrafts()).isFalse();
		assertThat(Block.Table.isFigure("2.825/3.153")).isTrue();
		assertThat(Block.Table.isFigure("98,43%")).isTrue();
		assertThat(Block.Table.isFigure("Cấp huyện")).isFalse();
	}

}
