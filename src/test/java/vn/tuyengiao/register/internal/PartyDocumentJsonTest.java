package vn.tuyengiao.register.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentNumber;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;

import static org.assertj.core.api.Assertions.assertThat;

class PartyDocumentJsonTest {

	@Test
	void aDocumentComesBackAsItWasKeptEveryKindOfBlockIncluded() {
		PartyDocument doc = PartyDocument
			.builder(new DocumentHeader("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO", DocumentNumber.unnumbered("BC", "BTG"),
					"Vĩnh Thuận", LocalDate.of(2020, 8, 25)), DocumentType.REPORT)
			.subject("kết quả làm việc với các xã, thị trấn về việc triển khai học tập", "Chuyên đề năm 2020")
			.paragraph("Thực hiện Kế hoạch số 92-KH/HU, ngày 03-3-2020 của Ban Thường vụ Huyện ủy.")
			.heading("1.", "Kết quả thực hiện")
			.heading(2, "*", "Ưu điểm:")
			.draft("Nhìn chung, Đảng ủy các xã, thị trấn quan tâm chỉ đạo.")
			.item("Đảng ủy xã Vĩnh Bình Bắc với các kiến nghị.")
			.table("Kết quả", List.of("TT", "Đơn vị", "Tỷ lệ"), List.of(List.of("1", "Xã Vĩnh Bình Bắc", "98,43%")))
			.recipients(new Recipients(List.of("Thường trực Huyện ủy (b/c);", "Lãnh đạo Ban;"), "Lưu."))
			.signature(Signature.signingFor("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Võ Thanh Xuân"))
			.build()
			.at(PartyDocument.Stage.DRAFT);
		String json = PartyDocumentJson.write(doc);
		assertThat(json).contains("\"block\":\"paragraph\"").contains("Võ Thanh Xuân");
		assertThat(PartyDocumentJson.read(json)).isEqualTo(doc);
	}

}
