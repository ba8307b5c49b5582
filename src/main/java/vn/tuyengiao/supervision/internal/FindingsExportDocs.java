package vn.tuyengiao.supervision.internal;

/** The OpenAPI summaries of the findings exports. */
final class FindingsExportDocs {

	static final String OF_PLAN = "Các phát hiện của kế hoạch giám sát (đơn vị, ngày giám sát, mục kiểm tra, ưu điểm/hạn chế, "
			+ "minh chứng, yêu cầu khắc phục, đơn vị chịu trách nhiệm, hạn, tình trạng) dạng Excel";

	static final String OF_UNIT = "Các phát hiện giám sát về một đơn vị và cấp dưới (đơn vị được giám sát hoặc chịu trách "
			+ "nhiệm khắc phục); không chọn đơn vị: cả phạm vi của người dùng; dạng Excel";

	private FindingsExportDocs() {
	}

}
