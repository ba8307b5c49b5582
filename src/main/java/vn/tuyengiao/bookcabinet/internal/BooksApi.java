package vn.tuyengiao.bookcabinet.internal;

/** The one OpenAPI tag of the book cabinet REST controller. */
final class BooksApi {

	static final String TAG = "Tủ sách";

	static final String TAG_DESCRIPTION = "Tủ sách cơ sở: danh mục, bản sách, mượn trả, kiểm kê, tổng hợp";

	private BooksApi() {
	}

}
