package vn.tuyengiao.meeting;

import java.util.Arrays;
import java.util.Optional;

import vn.tuyengiao.imports.ImportColumn;
import vn.tuyengiao.text.VietnameseText;

/**
 * The columns of a meeting record as the Sổ tay đảng viên điện tử exports it and as this
 * application exports it back: one row per member of the cell at one meeting; the
 * meeting's own fields (content, resolution, story, lesson …) are read from the first row
 * of the meeting that has them. docs/notes/meeting.md documents the mapping.
 */
public enum SoTayColumn implements ImportColumn {

	CELL_CODE("Mã chi bộ", true), CELL_NAME("Tên chi bộ", false), DATE("Ngày sinh hoạt", true),
	KIND("Loại sinh hoạt", true), TOPIC("Chuyên đề", false), CARD("Số thẻ đảng viên", true), NAME("Họ và tên", true),
	PRESENT("Có mặt", true), REASON("Lý do vắng", false), ROLE("Vai trò", false),
	SELF_REVIEW("Kiểm điểm làm theo Bác", false), FOLLOW_UP("Kiểm điểm nghị quyết tháng trước", false),
	CONTENT("Nội dung sinh hoạt", false), DISCUSSION("Ý kiến thảo luận", false), RESOLUTION("Nghị quyết", false),
	STORY("Mẩu chuyện về Bác", false), LESSON("Bài học rút ra", false);

	private final String header;

	private final boolean required;

	SoTayColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	@Override
	public String header() {
		return this.header;
	}

	public boolean required() {
		return this.required;
	}

	/** Matches a header whatever its case or diacritics. */
	public static Optional<SoTayColumn> byHeader(String header) {
		String folded = VietnameseText.fold(header).replaceAll("[^a-z0-9 ]", "").replaceAll(" +", " ").strip();
		return Arrays.stream(values())
			.filter(c -> VietnameseText.fold(c.header).replaceAll("[^a-z0-9 ]", "").equals(folded))
			.findFirst();
	}

	/**
	 * The words of the KIND, PRESENT, ROLE and SELF_REVIEW cells, as the file writes
	 * them.
	 */
	public static final String REGULAR = "Thường kỳ";

	public static final String THEMATIC = "Chuyên đề";

	public static final String YES = "Có";

	public static final String NO = "Vắng";

	public static final String CHAIR = "Chủ trì";

	public static final String SECRETARY = "Thư ký";

}
