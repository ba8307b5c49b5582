package vn.tuyengiao.text;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void foldIgnoresDiacriticsCaseSpacingAndUnicodeForm() {
		String nfd = Normalizer.normalize("Nguyễn Văn Thắng", Normalizer.Form.NFD);
		assertThat(VietnameseText.fold("Nguyễn Văn Thắng")).isEqualTo("nguyen van thang");
		assertThat(VietnameseText.fold(nfd)).isEqualTo("nguyen van thang");
		assertThat(VietnameseText.fold("  NGUYỄN   văn\u00A0thắng ")).isEqualTo("nguyen van thang");
		assertThat(VietnameseText.fold("Đảng ủy xã Vĩnh Bình Bắc")).isEqualTo("dang uy xa vinh binh bac");
	}

	@Test
	void oldAndNewTonePlacementFoldAndNormaliseAlike() {
		assertThat(VietnameseText.fold("hoà")).isEqualTo(VietnameseText.fold("hòa"));
		assertThat(VietnameseText.normalize("Trần Thị Hoà")).isEqualTo("Trần Thị Hòa");
		assertThat(VietnameseText.normalize("thuỷ lợi, khoẻ mạnh")).isEqualTo("thủy lợi, khỏe mạnh");
		assertThat(VietnameseText.normalize(Normalizer.normalize("Hoà Bình", Normalizer.Form.NFD)))
			.isEqualTo("Hòa Bình");
	}

	@Test
	void closedSyllablesAndQuAreLeftAlone() {
		assertThat(VietnameseText.normalize("Hoàng Quý Toán quyết")).isEqualTo("Hoàng Quý Toán quyết");
		assertThat(VietnameseText.normalize("Nguyễn Thị Quý")).isEqualTo("Nguyễn Thị Quý");
	}

	@Test
	void matchesIsTheSearchRule() {
		assertThat(VietnameseText.matches("Trần Thị Hoà", "tran thi hoa")).isTrue();
		assertThat(VietnameseText.matches("Lê Văn Thắng", "nguyen")).isFalse();
	}

	@Test
	void officialsNumberAndDateFormats() {
		assertThat(VnFormat.ratio(2825, 3153)).isEqualTo("2.825/3.153");
		assertThat(VnFormat.percent(2825, 3153 - 182 - 101)).isEqualTo("98,43%");
		assertThat(VnFormat.percent(178, 189)).isEqualTo("94,18%");
		assertThat(VnFormat.count(5)).isEqualTo("05");
		assertThat(VnFormat.count(21)).isEqualTo("21");
		assertThat(VnFormat.number(5_600_000)).isEqualTo("5.600.000");
		assertThat(VnFormat.longDate(LocalDate.of(2020, 8, 25))).isEqualTo("ngày 25 tháng 8 năm 2020");
		assertThat(VnFormat.longDate(LocalDate.of(2021, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2021");
		assertThat(VnFormat.percent(1, 0)).isEqualTo("—");
	}

}
