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

	private PressApiDocs() {
	}

}
