package vn.tuyengiao.press.internal;

/** The OpenAPI tag and the longer descriptions of the press endpoints. */
final class PressApiDocs {

	static final String TAG = "Báo chí";

	static final String TAG_DESCRIPTION = "Đặt mua báo, tạp chí của Đảng: danh mục, quy định bắt buộc, đặt mua, "
			+ "tình hình đặt đủ, phản ánh phát hành";

	static final String CREATE_RULE = "Thêm quy định: loại tổ chức (CELL, GRASSROOTS_CELL …), loại cấp trên (trống: "
			+ "mọi cấp trên), báo bắt buộc, thời gian áp dụng";

	static final String SUBSCRIBE = "Đặt mua theo quý, 6 tháng hoặc năm; từ chối báo đã ngừng phát hành trong kỳ, "
			+ "kỳ trùng, số lượng không dương";

	static final String RENEW = "Đặt tiếp kỳ sau: mỗi báo đang đặt (kỳ đã bắt đầu, kết thúc chưa quá một kỳ) được "
			+ "đặt cho kỳ kế tiếp, cùng loại kỳ, nguồn kinh phí và số lượng; báo đã ngừng phát hành chuyển sang báo kế "
			+ "tục; báo đã đặt cho kỳ đó hoặc không có báo kế tục được bỏ qua và nêu trong skipped";

	private PressApiDocs() {
	}

}
