package vn.tuyengiao.bookcabinet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.tuyengiao.imports.ImportColumn;
import vn.tuyengiao.text.VietnameseText;

/**
 * The columns of the programme's delivery list. "Mã bản sách" is optional: codes already
 * printed on the books, separated by ";" (as many as "Số bản"); without it each copy gets
 * a code of its cabinet.
 */
public enum DeliveryColumn implements ImportColumn {

	TITLE("Tên sách"), AUTHOR("Tác giả"), PUBLISHER("Nhà xuất bản"), YEAR("Năm xuất bản"), CATEGORY("Loại sách"),
	COPIES("Số bản"), CODES("Mã bản sách");

	/** The example row of the template. */
	public static final List<Object> EXAMPLE = List.of("Hồ Chí Minh toàn tập, tập 1", "Hồ Chí Minh",
			"Chính trị quốc gia Sự thật", 2011, BookCategory.HO_CHI_MINH.importLabel(), 2, "");

	static final List<DeliveryColumn> REQUIRED = List.of(TITLE, AUTHOR, PUBLISHER, CATEGORY, COPIES);

	private final String header;

	DeliveryColumn(String header) {
		this.header = header;
	}

	@Override
	public String header() {
		return this.header;
	}

	public static Optional<DeliveryColumn> byHeader(String header) {
		String folded = fold(header);
		return Arrays.stream(values()).filter(c -> fold(c.header).equals(folded)).findFirst();
	}

	private static String fold(String s) {
		return VietnameseText.fold(s).replaceAll("[^a-z0-9 ]", "").replaceAll(" +", " ").strip();
	}

}
