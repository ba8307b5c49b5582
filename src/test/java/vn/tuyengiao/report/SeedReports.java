package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.text.VnFormat;

/**
 * Seed 000's header (Ban Tuyên giáo Huyện ủy Vĩnh Thuận, "Số 03-BC/BTG", 25 August 2020)
 * on seed 002's report on studying the 2020 annual topic, with its figures as tables and
 * the attendance paragraph drafted from data.
 */
final class SeedReports {

	static final String TOPIC = "“Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”";

	private SeedReports() {
	}

	static DocumentHeader header000() {
		return new DocumentHeader("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO",
				new DocumentNumber(3, DocumentType.REPORT, "BTG"), "Vĩnh Thuận", LocalDate.of(2020, 8, 25));
	}

	/** Issued: numbered, "(Đã ký)" above the signer. */
	static PartyDocument report002() {
		return builder002().build().at(PartyDocument.Stage.ISSUED);
	}

	/**
	 * Seed 002's body repeated, plus a 120-row table: the size of a province-wide report.
	 */
	static PartyDocument provinceSized() {
		PartyDocument.Builder b = builder002();
		for (int round = 2; round <= 6; round++) {
			body002(b, round * 3);
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			long total = 800 + i * 17L;
			long attended = total - (i % 40) - 12;
			rows.add(List.of(VnFormat.count(i), "Đảng ủy xã số " + i, VnFormat.number(total), VnFormat.number(attended),
					VnFormat.percent(attended, total)));
		}
		b.table("Kết quả học tập theo đảng bộ trực thuộc", List.of("STT", "Đảng bộ", "Phải học", "Tiếp thu", "Tỉ lệ"),
				rows);
		return b.build().at(PartyDocument.Stage.ISSUED);
	}

	static PartyDocument.Builder builder002() {
		PartyDocument.Builder b = PartyDocument.builder(header000(), DocumentType.REPORT)
			.subject("kết quả triển khai học tập Chuyên đề năm 2020 “Tăng cường",
					"khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống",
					"chính trị trong sạch, vững mạnh theo tư tưởng,", "đạo đức, phong cách Hồ Chí Minh”");
		b.paragraph(
				"Thực hiện Kế hoạch số 196-KH/TU, ngày 10-02-2020 của Tỉnh ủy Kiên Giang về triển khai, thực hiện Chuyên đề năm 2020 "
						+ TOPIC
						+ "; sự chỉ đạo triển khai thực hiện của Ban Thường vụ Huyện ủy, Ban Tuyên giáo Huyện ủy Vĩnh Thuận báo cáo kết quả như sau:");
		body002(b, 1);
		b.paragraph(
				"Trên đây là báo cáo của Ban Tuyên giáo Huyện ủy Vĩnh Thuận về kết quả triển khai học tập Chuyên đề năm 2020 "
						+ TOPIC + "./.");
		b.recipients(new Recipients(List.of("Ban Tuyên giáo Tỉnh ủy (b/c);", "Thường trực Huyện ủy (b/c);",
				"Ban Tuyên giáo các xã, thị trấn;", "Lãnh đạo Ban;"), "Lưu."));
		b.signature(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân"));
		return b;
	}

	private static void body002(PartyDocument.Builder b, int first) {
		long total = 3153, exempt = 182, away = 101, attended = 2825;
		long expected = total - exempt - away;
		b.heading(first + ".", "Công tác tổ chức triển khai, học tập Chuyên đề năm 2020");
		b.paragraph(
				"Triển khai thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về tổ chức triển khai học tập Chuyên đề năm 2020 "
						+ TOPIC
						+ ". Ban Tuyên giáo đã tham mưu Ban Thường vụ Huyện ủy tổ chức và phối hợp tổ chức các lớp ở cấp huyện; đồng thời hướng dẫn "
						+ "Đảng bộ các xã, thị trấn xây dựng kế hoạch tổ chức triển khai học tập trong toàn thể cán bộ, đảng viên ở Đảng bộ mình. "
						+ "Nhìn chung, cơ sở vật chất đảm bảo tốt cho việc tổ chức học tập chuyên đề; báo cáo viên triển khai đạt chất lượng, tài liệu "
						+ "cơ bản đáp ứng cho đảng viên nghiên cứu học tập, công tác quản lý cán bộ, đảng viên học tập được thực hiện nghiêm túc.");
		b.heading((first + 1) + ".", "Kết quả tổ chức triển khai, học tập Chuyên đề năm 2020");
		b.heading(2, "-", "Hình thức tổ chức học tập:");
		b.paragraph(
				"Nhìn chung, việc tổ chức các lớp học phù hợp, đảm bảo mọi điều kiện cơ sở vật chất và thời gian theo quy định. "
						+ "Tổ chức ở cấp huyện 05 lớp (01 lớp trực tuyến với Tỉnh ủy do Huyện ủy tổ chức; 02 lớp Ban Tuyên giáo tổ chức cho đảng viên "
						+ "ban, ngành cấp huyện; Ban Tuyên giáo phối hợp tổ chức 01 lớp Liên đoàn Lao động huyện cho cán bộ, công chức, viên chức, "
						+ "người lao động và 01 lớp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện cho đối tượng là tôn giáo, nhà tu hành, chức sắc, chức việc…); "
						+ "xã, thị trấn tổ chức 11 lớp; các Trường THPT tổ chức 03 lớp; Trung tâm Y tế huyện 02 lớp. Hình thức do Báo cáo viên cấp huyện "
						+ "triển khai trực tiếp (Lãnh đạo Ban Tuyên giáo Huyện ủy).");
		b.table("Số lớp đã tổ chức", List.of("Nơi tổ chức", "Số lớp", "Ghi chú"), List.of(
				List.of("Cấp huyện", VnFormat.count(5), "01 lớp trực tuyến với Tỉnh ủy"),
				List.of("Xã, thị trấn", VnFormat.count(11), ""), List.of("Các Trường THPT", VnFormat.count(3), ""),
				List.of("Trung tâm Y tế huyện", VnFormat.count(2), ""), List.of("Cộng", VnFormat.count(21), "")));
		b.heading(2, "-", "Kết quả triển khai, học tập:");
		b.draft("Tính đến ngày 27-02-2020, toàn Đảng bộ huyện tổ chức xong " + VnFormat.count(21) + " lớp, với "
				+ VnFormat.ratio(attended, total) + " đảng viên tiếp thu học tập, đạt "
				+ VnFormat.percent(attended, expected) + " số đảng viên phải học (trừ " + exempt
				+ " đảng viên miễn sinh hoạt, miễn công tác và " + away
				+ " đảng viên xin đi làm ăn xa); cán bộ chưa là đảng viên và nhà tu hành, chức sắc, chức việc tiếp thu đạt trên 95%.");
		b.table(null,
				List.of("Tổng số đảng viên", "Miễn sinh hoạt, miễn công tác", "Đi làm ăn xa", "Phải học tập",
						"Đã tiếp thu", "Tỉ lệ"),
				List.of(List.of(VnFormat.number(total), VnFormat.number(exempt), VnFormat.number(away),
						VnFormat.number(expected), VnFormat.number(attended), VnFormat.percent(attended, expected))));
		b.paragraph(
				"Nhìn chung, cán bộ, đảng viên đã thể hiện được tinh thần, thái độ nghiêm túc trong tiếp thu, học tập chuyên đề.");
		b.heading((first + 2) + ".", "Đánh giá chung");
		b.paragraph(
				"Triển khai học tập Chuyên đề năm 2020 lần này được sự quan tâm chỉ đạo của Huyện ủy, Đảng ủy các cấp nên việc tổ chức "
						+ "được thực hiện nghiêm túc từ huyện đến cơ sở; báo cáo viên thực hiện tốt công việc triển khai trực tiếp, làm rõ các nội dung "
						+ "cơ bản trong chuyên đề và liên hệ thực tế phù hợp, giúp người nghe dễ hiểu, dễ nhớ. Tuy nhiên, còn một số ít đảng viên chưa "
						+ "thực sự nghiêm túc trong tiếp thu, học tập, còn bàn công việc riêng, nghe điện thoại, nhất là đảng viên ở cơ sở.");
		b.item("Tiếp tục tổ chức học bù cho đảng viên chưa tham gia học tập, bảo đảm 100% đảng viên được học tập chuyên đề.");
		b.item("Hướng dẫn cán bộ, đảng viên viết bản đăng ký tu dưỡng, rèn luyện, gắn với chức trách, nhiệm vụ được giao.");
	}

}
