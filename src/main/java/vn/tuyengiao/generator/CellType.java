package vn.tuyengiao.generator;

import java.util.SplittableRandom;

/**
 * What a cell is made of decides who its members are: hamlet cells hold farmers, retired
 * cadres and the members who work far away; school cells hold teachers; the commune's
 * police cell holds young men. These profiles drive age, gender, positions and duties so
 * that filters and reports on generated data look like a real commune's.
 */
enum CellType {

	// A "head" is a post one member of the cell holds; "jobs" are what the other members
	// do, with weights.
	HAMLET(22, 80, 35, 26, true, heads("Trưởng ấp",
			"Điều hành công việc tự quản của ấp, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
			"Chi hội trưởng Hội Nông dân ấp",
			"Vận động hội viên nông dân ứng dụng khoa học kỹ thuật, liên kết sản xuất, giúp nhau thoát nghèo.",
			"Chi hội trưởng Hội Phụ nữ ấp",
			"Vận động hội viên phụ nữ tham gia phong trào xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
			"Chi hội trưởng Hội Cựu chiến binh ấp",
			"Tập hợp cựu chiến binh giữ gìn phẩm chất Bộ đội Cụ Hồ, tham gia giữ gìn an ninh trật tự ở ấp.",
			"Bí thư Chi đoàn ấp",
			"Tập hợp đoàn viên thanh niên tham gia lao động sản xuất, xây dựng nông thôn mới và các hoạt động tình nguyện.",
			"Trưởng Ban công tác Mặt trận ấp",
			"Phối hợp các chi hội vận động nhân dân thực hiện cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh."),
			jobs("Đảng viên", 70,
					"Tham gia sản xuất nông nghiệp, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở nơi cư trú.",
					"Tổ trưởng tổ nhân dân tự quản", 8,
					"Nắm tình hình hộ gia đình trong tổ, hòa giải mâu thuẫn, phản ánh kịp thời ý kiến của nhân dân với chi bộ.",
					"Thành viên Tổ bảo vệ an ninh, trật tự", 6,
					"Tham gia tuần tra, nắm tình hình an ninh trật tự, phòng chống tội phạm trên địa bàn ấp.",
					"Tổ trưởng tổ hợp tác sản xuất", 5,
					"Tổ chức các thành viên tổ hợp tác liên kết sản xuất, tiêu thụ sản phẩm, ứng dụng tiến bộ kỹ thuật.",
					"Hộ kinh doanh", 6,
					"Kinh doanh đúng pháp luật, đóng góp xây dựng quê hương, tham gia các phong trào ở địa phương.")),
	WARD_QUARTER(22, 80, 45, 30, true, heads("Trưởng khu phố",
			"Điều hành công việc tự quản của khu phố, vận động nhân dân giữ gìn trật tự, vệ sinh, văn minh đô thị.",
			"Trưởng Ban công tác Mặt trận khu phố",
			"Vận động nhân dân thực hiện cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.",
			"Chi hội trưởng Hội Phụ nữ khu phố",
			"Vận động hội viên phụ nữ tham gia phong trào xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
			"Chi hội trưởng Hội Cựu chiến binh khu phố",
			"Tập hợp cựu chiến binh tham gia giữ gìn an ninh trật tự, giáo dục truyền thống cho thế hệ trẻ."),
			jobs("Đảng viên", 60,
					"Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy ước của khu phố nơi cư trú.",
					"Tổ trưởng tổ dân phố", 10,
					"Nắm tình hình hộ gia đình trong tổ, hòa giải mâu thuẫn, phản ánh kịp thời ý kiến của nhân dân với chi bộ.",
					"Hộ kinh doanh", 10,
					"Kinh doanh đúng pháp luật, giữ gìn vệ sinh, trật tự lòng lề đường, tham gia các phong trào của khu phố.",
					"Công nhân", 6,
					"Hoàn thành tốt nhiệm vụ ở nơi làm việc, gương mẫu thực hiện nghĩa vụ đảng viên ở nơi cư trú.")),
	SCHOOL(23, 60, 65, 0, false,
			heads("Hiệu trưởng",
					"Quản lý, điều hành hoạt động dạy và học của nhà trường, chịu trách nhiệm về chất lượng giáo dục.",
					"Phó Hiệu trưởng",
					"Giúp Hiệu trưởng phụ trách chuyên môn, kiểm tra nội bộ và công tác thi đua của nhà trường.",
					"Chủ tịch Công đoàn trường",
					"Chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên công đoàn, phát động thi đua dạy tốt."),
			jobs("Giáo viên", 70,
					"Giảng dạy, chủ nhiệm lớp, đổi mới phương pháp dạy học, nêu gương về đạo đức nhà giáo cho học sinh.",
					"Tổ trưởng chuyên môn", 12,
					"Xây dựng kế hoạch dạy học của tổ, sinh hoạt chuyên môn theo nghiên cứu bài học, bồi dưỡng giáo viên trẻ.",
					"Tổng phụ trách Đội", 4,
					"Tổ chức hoạt động Đội Thiếu niên Tiền phong Hồ Chí Minh, giáo dục truyền thống cho học sinh.",
					"Nhân viên kế toán", 4,
					"Quản lý tài chính, tài sản của nhà trường đúng quy định, công khai, minh bạch.",
					"Nhân viên thư viện", 4,
					"Quản lý tủ sách, thư viện, tổ chức ngày hội đọc sách, khuyến khích học sinh đọc sách.")),
	HEALTH_STATION(24, 60, 60, 0, false, heads("Trưởng Trạm Y tế",
			"Quản lý hoạt động khám chữa bệnh ban đầu, y tế dự phòng và chăm sóc sức khỏe nhân dân trên địa bàn."),
			jobs("Bác sĩ", 25,
					"Khám, chữa bệnh ban đầu cho nhân dân, giữ gìn y đức, thái độ phục vụ người bệnh tận tình, chu đáo.",
					"Y sĩ", 25,
					"Khám, chữa bệnh thông thường, tham gia chương trình tiêm chủng mở rộng và y tế dự phòng.",
					"Điều dưỡng", 20,
					"Chăm sóc người bệnh, thực hiện y lệnh, tuyên truyền vệ sinh phòng bệnh trong cộng đồng.",
					"Nữ hộ sinh", 15,
					"Chăm sóc sức khỏe bà mẹ, trẻ em, thực hiện công tác dân số - kế hoạch hóa gia đình.", "Dược sĩ",
					10, "Quản lý, cấp phát thuốc đúng quy định, hướng dẫn nhân dân sử dụng thuốc an toàn, hợp lý.")),
	HOSPITAL_DEPT(24, 60, 60, 0, false, heads("Trưởng khoa",
			"Quản lý chuyên môn của khoa, bảo đảm chất lượng khám, chữa bệnh và an toàn người bệnh.",
			"Điều dưỡng trưởng",
			"Quản lý công tác chăm sóc người bệnh, phân công điều dưỡng, kiểm tra thực hiện quy trình kỹ thuật."),
			jobs("Bác sĩ", 35,
					"Khám, chẩn đoán, điều trị người bệnh theo phác đồ, giữ gìn y đức theo lời dạy của Bác: lương y như từ mẫu.",
					"Điều dưỡng", 35,
					"Chăm sóc người bệnh, thực hiện y lệnh, giao tiếp ân cần, không gây phiền hà cho người bệnh.",
					"Kỹ thuật viên", 15,
					"Thực hiện xét nghiệm, chẩn đoán hình ảnh chính xác, kịp thời, bảo quản trang thiết bị.", "Dược sĩ",
					8, "Cung ứng thuốc, vật tư y tế đầy đủ, kịp thời, đúng quy định.", "Chuyên viên", 7,
					"Tham mưu công tác hành chính, tổ chức, tài chính của đơn vị đúng quy định.")),
	MILITARY(22, 55, 5, 0, false,
			heads("Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
					"Tham mưu cho cấp ủy, chính quyền về công tác quốc phòng, quân sự địa phương, huấn luyện dân quân.",
					"Chỉ huy phó Ban Chỉ huy Quân sự xã",
					"Giúp Chỉ huy trưởng phụ trách công tác tuyển quân, huấn luyện và sẵn sàng chiến đấu."),
			jobs("Dân quân thường trực", 60,
					"Trực sẵn sàng chiến đấu, tham gia phòng chống thiên tai, tìm kiếm cứu nạn, giữ gìn an ninh trật tự.",
					"Trung đội trưởng dân quân cơ động", 20,
					"Chỉ huy trung đội huấn luyện, sẵn sàng cơ động khi có tình huống.", "Thôn đội trưởng", 20,
					"Quản lý lực lượng dân quân ở ấp, tham gia công tác tuyển quân và bảo vệ an ninh cơ sở.")),
	POLICE(22, 50, 10, 0, false, heads("Trưởng Công an xã",
			"Chỉ huy lực lượng công an bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
			"Phó Trưởng Công an xã", "Phụ trách công tác quản lý hành chính về trật tự xã hội, cư trú, căn cước."),
			jobs("Cán bộ Công an", 80,
					"Nắm tình hình an ninh trật tự, tiếp nhận, giải quyết tin báo tố giác tội phạm, phục vụ nhân dân tận tụy.",
					"Cảnh sát khu vực", 20,
					"Quản lý địa bàn được phân công, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.")),
	COMMUNE_AGENCY(24, 60, 45, 0, false, heads("Chủ tịch Ủy ban nhân dân xã",
			"Lãnh đạo, điều hành toàn diện hoạt động của Ủy ban nhân dân, chịu trách nhiệm về phát triển kinh tế - xã hội trên địa bàn.",
			"Phó Chủ tịch Ủy ban nhân dân xã",
			"Giúp Chủ tịch phụ trách lĩnh vực kinh tế, tài chính, xây dựng nông thôn mới.",
			"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
			"Tham mưu tổng hợp, điều phối công việc của Hội đồng nhân dân và Ủy ban nhân dân."),
			jobs("Công chức văn phòng - thống kê", 15,
					"Tham mưu tổng hợp, thống kê số liệu, quản lý văn thư, lưu trữ của Ủy ban nhân dân đúng quy định.",
					"Công chức tư pháp - hộ tịch", 12,
					"Đăng ký hộ tịch, chứng thực, phổ biến giáo dục pháp luật, hòa giải ở cơ sở.",
					"Công chức địa chính - xây dựng", 12,
					"Quản lý đất đai, trật tự xây dựng, giải quyết hồ sơ đất đai đúng hạn, không gây phiền hà.",
					"Công chức tài chính - kế toán", 10,
					"Quản lý ngân sách, thu chi tài chính đúng Luật Ngân sách, công khai, minh bạch.",
					"Công chức văn hóa - xã hội", 12,
					"Tham mưu công tác văn hóa, thông tin, lao động, thương binh và xã hội, chăm lo gia đình chính sách.",
					"Chuyên viên Phòng Kinh tế", 14,
					"Tham mưu quản lý nông nghiệp, công thương, kết cấu hạ tầng và chương trình nông thôn mới.",
					"Chuyên viên Phòng Văn hóa - Xã hội", 12,
					"Tham mưu công tác giáo dục, y tế, văn hóa, an sinh xã hội trên địa bàn.",
					"Viên chức Trung tâm Phục vụ hành chính công", 13,
					"Tiếp nhận, trả kết quả thủ tục hành chính, hướng dẫn người dân tận tình, đúng hẹn.")),
	PARTY_FRONT(24, 62, 45, 0, false,
			heads("Chủ tịch Ủy ban Mặt trận Tổ quốc",
					"Chủ trì công tác của Mặt trận, tập hợp khối đại đoàn kết toàn dân, giám sát và phản biện xã hội.",
					"Chủ tịch Hội Nông dân xã",
					"Tập hợp, vận động hội viên nông dân phát triển sản xuất, xây dựng nông thôn mới.",
					"Chủ tịch Hội Liên hiệp Phụ nữ xã",
					"Vận động phụ nữ học tập, lao động sáng tạo, xây dựng gia đình no ấm, bình đẳng, tiến bộ.",
					"Bí thư Đoàn xã",
					"Tập hợp thanh niên, tổ chức các phong trào tình nguyện, khởi nghiệp, giáo dục lý tưởng cách mạng.",
					"Chủ tịch Hội Cựu chiến binh xã",
					"Tập hợp cựu chiến binh giữ gìn, phát huy phẩm chất Bộ đội Cụ Hồ, giúp nhau phát triển kinh tế.",
					"Chánh Văn phòng Đảng ủy",
					"Tham mưu, giúp việc Ban Thường vụ Đảng ủy, quản lý văn bản, hồ sơ đảng viên đúng quy định."),
			jobs("Chuyên viên Ban Xây dựng Đảng", 40,
					"Tham mưu công tác tổ chức, tuyên giáo, dân vận của Đảng ủy; theo dõi việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
					"Chuyên viên Ủy ban Kiểm tra Đảng ủy", 20,
					"Tham mưu kiểm tra, giám sát tổ chức đảng và đảng viên chấp hành Điều lệ Đảng.",
					"Chuyên viên Văn phòng Đảng ủy", 20,
					"Quản lý văn thư, lưu trữ, tài chính đảng, cập nhật cơ sở dữ liệu đảng viên.",
					"Chuyên viên Ủy ban Mặt trận Tổ quốc", 20,
					"Tham mưu tổ chức cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh.")),
	AGENCY(24, 60, 45, 0, false,
			heads("Giám đốc",
					"Lãnh đạo, điều hành toàn diện hoạt động của cơ quan, chịu trách nhiệm trước cấp ủy và cấp trên.",
					"Phó Giám đốc",
					"Giúp Giám đốc phụ trách các lĩnh vực được phân công, chỉ đạo thực hiện nhiệm vụ chuyên môn.",
					"Trưởng phòng", "Quản lý, điều hành phòng hoàn thành nhiệm vụ chuyên môn được giao.",
					"Phó Trưởng phòng", "Giúp Trưởng phòng theo dõi, đôn đốc thực hiện nhiệm vụ chuyên môn của phòng."),
			jobs("Chuyên viên", 70,
					"Tham mưu, tổng hợp, đề xuất giải quyết công việc chuyên môn được giao đúng hạn, đúng quy định.",
					"Chuyên viên chính", 15,
					"Nghiên cứu, tham mưu xây dựng văn bản, đề án thuộc lĩnh vực chuyên môn của cơ quan.", "Kế toán", 8,
					"Quản lý tài chính, tài sản của cơ quan đúng quy định, công khai, minh bạch.", "Văn thư", 7,
					"Tiếp nhận, phát hành, lưu trữ văn bản đúng quy định, bảo vệ bí mật nhà nước.")),
	ENTERPRISE(22, 60, 35, 0, false, heads("Giám đốc",
			"Điều hành hoạt động sản xuất, kinh doanh của doanh nghiệp hiệu quả, chăm lo việc làm, thu nhập cho người lao động.",
			"Phó Giám đốc", "Giúp Giám đốc phụ trách sản xuất, kỹ thuật, an toàn lao động.", "Chủ tịch Công đoàn",
			"Đại diện, bảo vệ quyền lợi hợp pháp của người lao động, tổ chức phong trào thi đua lao động giỏi."),
			jobs("Công nhân", 45,
					"Hoàn thành định mức sản xuất, chấp hành nội quy lao động, tham gia phong trào thi đua lao động giỏi, lao động sáng tạo.",
					"Kỹ sư", 20,
					"Phụ trách kỹ thuật, cải tiến quy trình, bảo đảm chất lượng sản phẩm và an toàn lao động.",
					"Nhân viên", 25, "Hoàn thành nhiệm vụ chuyên môn được giao, thực hành tiết kiệm, chống lãng phí.",
					"Tổ trưởng sản xuất", 10,
					"Phân công, đôn đốc công nhân trong tổ hoàn thành kế hoạch sản xuất, bảo đảm an toàn lao động."));

	final int minAge;

	final int maxAge;

	/** Percent of non-retired members who are women. */
	final int femalePercent;

	/** Percent of members who are retired cadres; only residential cells hold them. */
	final int retiredPercent;

	/**
	 * Whether members may be away working elsewhere: they are registered where they live,
	 * not where they work.
	 */
	final boolean residential;

	final String[][] heads;

	final VietnameseNames.Weighted jobs;

	private final java.util.Map<String, String> jobDuties = new java.util.HashMap<>();

	CellType(int minAge, int maxAge, int femalePercent, int retiredPercent, boolean residential, String[][] heads,
			Object[] jobs) {
		this.minAge = minAge;
		this.maxAge = maxAge;
		this.femalePercent = femalePercent;
		this.retiredPercent = retiredPercent;
		this.residential = residential;
		this.heads = heads;
		Object[] weights = new Object[jobs.length / 3 * 2];
		for (int i = 0; i < jobs.length; i += 3) {
			weights[i / 3 * 2] = jobs[i];
			weights[i / 3 * 2 + 1] = jobs[i + 1];
			jobDuties.put((String) jobs[i], (String) jobs[i + 2]);
		}
		this.jobs = new VietnameseNames.Weighted(weights);
	}

	String pickJob(SplittableRandom rnd) {
		return jobs.pick(rnd);
	}

	String dutiesOf(String job) {
		return jobDuties.get(job);
	}

	private static String[][] heads(String... pairs) {
		String[][] out = new String[pairs.length / 2][];
		for (int i = 0; i < out.length; i++) {
			out[i] = new String[] { pairs[2 * i], pairs[2 * i + 1] };
		}
		return out;
	}

	private static Object[] jobs(Object... triples) {
		return triples;
	}

}
