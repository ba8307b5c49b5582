package vn.tuyengiao.recommendation.internal;

/** The OpenAPI tag and operation summaries of the recommendation API. */
final class RecommendationApi {

	static final String TAG = "Kiến nghị";

	static final String TAG_DESCRIPTION = "Kiến nghị của cơ sở: ghi nhận, theo dõi trả lời, gộp nhóm, số liệu báo cáo (Kết luận 215-KL/TW)";

	static final String RAISE = "Ghi nhận kiến nghị của một đơn vị (mặc định: đơn vị của người dùng)";

	static final String LIST = "Danh sách kiến nghị người dùng được xem (đơn vị mình nêu hoặc gửi đến đơn vị mình)";

	static final String FORWARD = "Chuyển kiến nghị đến cơ quan khác (cần tên cơ quan hoặc đơn vị nhận)";

	static final String GROUPS = "Các nhóm kiến nghị người dùng được xem";

	static final String SUGGESTIONS = "Gợi ý gộp nhóm: kiến nghị gần giống nhau của nhiều đơn vị gửi cùng một nơi";

	static final String GROUP = "Gộp các kiến nghị của nhiều đơn vị thành một nhóm để trả lời một lần";

	static final String GROUP_RESPOND = "Trả lời một lần cho mọi kiến nghị trong nhóm";

	static final String SUMMARY = "Số liệu kiến nghị của đơn vị và đơn vị trực thuộc trong kỳ: đã nêu, trả lời đúng hạn, "
			+ "trễ hạn, còn mở, theo kết quả; và phần báo cáo liệt kê kiến nghị theo đơn vị";

	static final String RESPOND = "Trả lời kiến nghị (chỉ đơn vị nhận kiến nghị): đang xử lý, đã giải quyết, giải quyết một phần, "
			+ "chuyển cơ quan khác (tạo kiến nghị tiếp theo), giải thích không tiếp thu";

	static final String EXPORT = "Danh sách kiến nghị (theo bộ lọc) dạng Excel";

	static final String REPLY = "Ghi số, ngày công văn trả lời kiến nghị (áp dụng cho cả nhóm nếu kiến nghị thuộc nhóm)";

	static final String REPLY_LETTER = "Soạn công văn trả lời kiến nghị (cả nhóm nếu kiến nghị thuộc nhóm) thành dự thảo trong sổ "
			+ "văn bản của cơ quan ban hành của đơn vị nhận kiến nghị; chỉ đơn vị nhận kiến nghị, sau khi đã trả lời";

	static final String GROUP_REPLY_LETTER = "Soạn công văn trả lời một nhóm kiến nghị thành dự thảo trong sổ văn bản";

	private RecommendationApi() {
	}

}
