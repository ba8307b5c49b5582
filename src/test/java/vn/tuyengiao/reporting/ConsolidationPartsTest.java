package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;
import vn.tuyengiao.reporting.internal.FigureSums;
import vn.tuyengiao.reporting.internal.SectionReader;
import vn.tuyengiao.reporting.internal.SectionReader.Section;
import vn.tuyengiao.reporting.internal.SentenceClusters;

/**
 * The parts of consolidation: the total rows of the units' tables summed with the formula
 * shown, the sections of a report told by their headings as seed 004 writes them, and
 * near-identical sentences of several units grouped while different ones stay apart.
 */
class ConsolidationPartsTest {

	@Test
	void figuresAreSummedFromTheTotalRowsWithTheFormula() {
		List<String> header = List.of("TT", "Đơn vị", "Tổng số", "Tiếp thu", "Tỷ lệ");
		Block.Table a = new Block.Table("Kết quả đảng viên tiếp thu", header, List
			.of(List.of("1", "Chi bộ ấp Bến Đò", "100", "95", "95,00%"), List.of("", "Cộng", "189", "178", "94,18%")));
		Block.Table b = new Block.Table("Kết quả đảng viên tiếp thu", header,
				List.of(List.of("", "Cộng", "215", "203", "94,42%")));
		Block.Table c = new Block.Table("Kết quả đảng viên tiếp thu", header,
				List.of(List.of("1", "Chi bộ 1", "1.300", "1.250", "96,15%"),
						List.of("2", "Chi bộ 2", "1.200", "1.194", "99,50%")));
		List<FigureSums.Figure> figures = FigureSums.sum(List.of(List.of(a), List.of(b), List.of(c)));
		assertThat(figures).extracting(FigureSums.Figure::column).containsExactly("Tổng số", "Tiếp thu");
		assertThat(figures.get(1).formula()).isEqualTo("178 + 203 + 2.444 = 2.825");
		assertThat(figures.get(0).total()).isEqualTo(189 + 215 + 2500);
	}

	@Test
	void sectionsAreToldByTheirHeadingsAndPlaceholdersSkipped() {
		PartyDocument doc = PartyDocument
			.builder(new DocumentHeader(null, "ĐẢNG ỦY XÃ MỸ THẠNH", "Số -BC/ĐU", "Mỹ Thạnh", LocalDate.of(2017, 3, 1)),
					"BÁO CÁO")
			.subject("sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TW")
			.paragraph("Thực hiện Công văn số 124-CV/BTGHU, Đảng uỷ xã Mỹ Thạnh báo cáo như sau:")
			.heading("1-", "Kết quả thực hiện")
			.item("Hội nghị có 178/189 đảng viên tham dự, đạt 94,18%. Đoàn viên, hội viên đạt 81,85%.")
			.heading("2-", "Nhận xét")
			.heading(2, "*", "Mặt được:")
			.item("Vai trò nêu gương của cán bộ chủ chốt cơ bản thực hiện tốt.")
			.heading(2, "*", "Hạn chế:")
			.item("Công tác tuyên truyền của Mặt trận chưa được đổi mới.")
			.heading("3-", "Phương hướng nhiệm vụ trong thời gian tới")
			.draft(vn.tuyengiao.reporting.internal.DraftSkeleton.PLACEHOLDER)
			.paragraph("Trên đây là báo cáo của Đảng ủy xã Mỹ Thạnh./.")
			.recipients(Recipients.of("Lưu."))
			.signature(Signature.head("BÍ THƯ", "Nguyễn Văn A"))
			.build();
		List<SectionReader.Sentence> s = SectionReader.sentences(doc);
		assertThat(s).extracting(SectionReader.Sentence::section)
			.containsExactly(Section.RESULTS, Section.RESULTS, Section.STRENGTHS, Section.SHORTCOMINGS);
		assertThat(s.get(0).text()).isEqualTo("Hội nghị có 178/189 đảng viên tham dự, đạt 94,18%.");
	}

	@Test
	void nearIdenticalSentencesOfSeveralUnitsAreGroupedOnce() {
		List<SentenceClusters.Cluster> clusters = SentenceClusters.cluster(List.of(
				new SentenceClusters.Source(1,
						"Đề nghị Ban Tuyên giáo Huyện ủy cung cấp thêm tài liệu tuyên truyền về gương điển hình."),
				new SentenceClusters.Source(2,
						"Đề nghị Ban Tuyên giáo Huyện ủy cung cấp thêm tài liệu tuyên truyền về các gương điển hình."),
				new SentenceClusters.Source(3, "Tăng cường công tác kiểm tra, giám sát việc thực hiện Chỉ thị 05."),
				new SentenceClusters.Source(3,
						"Đề nghị Ban Tuyên giáo Huyện ủy cung cấp thêm tài liệu tuyên truyền gương điển hình.")));
		assertThat(clusters).hasSize(2);
		assertThat(clusters.get(0).unitIds()).isEqualTo(Set.of(1L, 2L, 3L));
		assertThat(clusters.get(1).unitIds()).containsExactly(3L);
	}

}
