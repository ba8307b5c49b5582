package vn.tuyengiao.reporting.internal;

/** The OpenAPI tag and descriptions of the reporting cycle's REST endpoints. */
final class ReportingApiDocs {

	static final String TAG = "Chế độ báo cáo";

	static final String TAG_DESCRIPTION = "Sổ văn bản đến, yêu cầu báo cáo, báo cáo phải nộp, nộp – trả lại – tiếp nhận, "
			+ "tỷ lệ nộp và nộp đúng hạn, báo cáo tổng hợp";

	static final String INBOX = "Báo cáo đơn vị (unit) phải nộp: nộp cho ai, hạn, tình trạng";

	static final String OBLIGATION = "Một báo cáo phải nộp; 404 nếu không thuộc đơn vị của người dùng hoặc đơn vị "
			+ "nhận báo cáo";

	static final String HISTORY = "Diễn biến: ai nộp, trả lại (lý do), tiếp nhận, nhắc, khi nào";

	static final String SUBMIT = "Nộp báo cáo đã phát hành (draftId, trong sổ của chính đơn vị) cho báo cáo phải "
			+ "nộp; version là phiên bản đã đọc";

	static final String SUBMIT_TO = "Nộp báo cáo đã phát hành cho đơn vị nhận (receivingUnitId); 400 nếu đơn vị đó "
			+ "không yêu cầu";

	static final String RETURN = "Trả lại báo cáo kèm lý do (comment); đơn vị có dự thảo mới để sửa";

	static final String ACCEPT = "Tiếp nhận báo cáo: khóa, không nộp lại được";

	static final String REMIND = "Ghi nhận nhắc nộp một đơn vị chưa nộp";

	static final String RECEIVED = "Các yêu cầu đơn vị (unit) đã gửi cấp dưới, với tỷ lệ nộp và nộp đúng hạn";

	static final String REQUEST = "Tình hình nộp của một yêu cầu: từng đơn vị, theo đơn vị cấp trên và toàn bộ";

	static final String CONSOLIDATE = "Tạo dự thảo báo cáo tổng hợp từ các báo cáo đã tiếp nhận (bodyId: cơ quan "
			+ "ban hành, mặc định cơ quan đầu tiên của đơn vị nhận)";

	static final String INCOMING = "Sổ văn bản đến của đơn vị (unit) và các đơn vị cấp dưới";

	static final String REGISTER = "Vào sổ văn bản đến (không kèm tệp), có thể kèm yêu cầu báo cáo (request): tạo "
			+ "báo cáo phải nộp cho từng đơn vị";

	static final String RULES = "Báo cáo định kỳ đơn vị (unit) yêu cầu";

	static final String CREATE_RULE = "Thêm báo cáo định kỳ";

	static final String GENERATE = "Tạo yêu cầu báo cáo định kỳ của các kỳ đến nay (chạy lại không tạo trùng)";

	private ReportingApiDocs() {
	}

}
