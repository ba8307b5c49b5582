package vn.tuyengiao.register.internal;

/** The OpenAPI tag and the longer descriptions of the register's REST endpoints. */
final class RegisterApiDocs {

	static final String TAG = "Sổ văn bản";

	static final String TAG_DESCRIPTION = "Cơ quan ban hành, nhiệm kỳ, loại văn bản, dự thảo và sổ văn bản đi";

	static final String SAVE_DRAFT = "Lưu lần sửa mới của các đoạn văn (index → nội dung); version là phiên bản "
			+ "đã đọc, 409 nếu người khác vừa lưu hoặc văn bản đã phát hành";

	static final String DRAFT_DOCX = "Văn bản dạng Word: dự thảo (chưa có số, ghi \"Dự thảo\") hoặc bản đã phát "
			+ "hành lưu trong sổ";

	static final String DRAFT_PDF = "Văn bản dạng PDF: dự thảo (chưa có số) hoặc bản đã phát hành lưu trong sổ";

	static final String ENTRIES = "Sổ văn bản đi: số, ngày, loại, trích yếu, người ký, nơi nhận, số tệp; tìm theo "
			+ "trích yếu hoặc số (q), loại, cơ quan, khoảng ngày; 50 dòng một trang (page từ 0)";

	static final String ENTRIES_XLSX = "Sổ văn bản đi dạng Excel (.xlsx): mọi dòng khớp bộ lọc (không chia trang), cột "
			+ "như sổ giấy; 403 nếu cơ quan (body) ngoài phạm vi";

	static final String XLSX = "Tệp Excel";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String SIGNED = "Tải lên bản đã ký của văn bản (multipart, trường file): bản quét PDF hoặc bản Word "
			+ "(.docx) đã sửa, tối đa 20 MB, kiểm tra theo nội dung tệp; lưu là tệp loại SIGNED";

	private RegisterApiDocs() {
	}

}
