package vn.tuyengiao.emulation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShingleSimilarityTest {

	final ShingleSimilarity similarity = new ShingleSimilarity();

	@Test
	void aCopiedRegistrationScoresHighWhateverTheDiacriticsAndAnUnrelatedOneLow() {
		String original = "Thắp sáng đường quê. Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng";
		String copied = "Thap sang duong que ap Vinh Loc 1. Van dong cac ho dan lap den chieu sang doc tuyen duong lien ap, moi ho dong gop mot bong den va tien dien hang thang";
		String unrelated = "Tổ tự quản an ninh trật tự: tuần tra ban đêm, phối hợp công an xã phòng chống trộm cắp tài sản";
		double[] s = this.similarity.score(original, List.of(copied, unrelated, ""));
		assertThat(s[0]).isGreaterThan(0.8);
		assertThat(s[1]).isLessThan(0.1);
		assertThat(s[2]).isZero();
	}

	@Test
	void aShortTitleInsideALongTextIsNotAContainmentMatch() {
		double[] s = this.similarity.score("Đường hoa",
				List.of("Đường hoa nông thôn mới: mỗi hộ trồng và chăm sóc 20 mét hoa trước nhà, "
						+ "chi hội phụ nữ nhận chăm sóc tuyến đường trung tâm ấp"));
		// "đường hoa" is a single shingle: containment is not counted for so short a
		// text.
		assertThat(s[0]).isLessThan(0.1);
	}

}
