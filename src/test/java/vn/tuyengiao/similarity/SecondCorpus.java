package vn.tuyengiao.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.tuyengiao.similarity.LegacyDocxShinglesTest.FontPlace;
import vn.tuyengiao.text.DocumentText;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.LegacyVietnamese.Encoding;

/**
 * A second generator of commitments, written apart from
 * {@link vn.tuyengiao.generator.CommitmentGenerator} (issue 16 item 5): its own phrase
 * banks (a "personal plan" register: numbered parts, lettered items, targets with
 * figures), lengths of 150–2,000 words, and copies made differently: a share of 50–80% of
 * another text's sentences kept (alone, or pasted into the copier's own text at a length
 * ratio of 1:2, 1:4 or 1:8), paraphrase by word swaps, the same member's text of the next
 * year, and legacy encodings (TCVN3, VNI) in .docx files with the font on the runs or in
 * styles. {@link Doc#read} is the text as the application reads the file;
 * {@link Doc#clean} the Unicode text the ground truth is computed on.
 */
final class SecondCorpus {

	enum Kind {

		/** Written from the banks alone. */
		ORIGINAL,
		/** 50–80% of a source's sentences, in order, nothing else. */
		SENTENCES_KEPT,
		/**
		 * 50–80% of a short source's sentences pasted into the copier's own text, 2, 4 or
		 * 8 times the source's length.
		 */
		PASTED_INTO_LONGER,
		/** Every sentence kept, 1–3 words of most swapped for a near synonym. */
		WORD_SWAPS,
		/**
		 * The same member's text a year later: figures and year changed, a few sentences
		 * new.
		 */
		NEXT_YEAR,
		/**
		 * A copy (kept sentences) saved as TCVN3 in a .docx, font on the runs or in
		 * styles.
		 */
		TCVN3_DOCX,
		/** The same in VNI-Windows. */
		VNI_DOCX

	}

	record Doc(int id, String read, String clean, int source, Kind kind, int ratio, String file) {
	}

	static final String TEMPLATE = String.join("\n", "KẾ HOẠCH RÈN LUYỆN CÁ NHÂN", "Phần một. Tự đánh giá",
			"Phần hai. Mục tiêu trong năm", "Phần ba. Giải pháp thực hiện", "Phần bốn. Đề xuất, kiến nghị",
			"Xác nhận của cấp ủy");

	private static final String[] PARTS = { "Phần một. Tự đánh giá", "Phần hai. Mục tiêu trong năm",
			"Phần ba. Giải pháp thực hiện", "Phần bốn. Đề xuất, kiến nghị" };

	// sentences are strung from short words (one or two syllables each), so a 3-syllable
	// shingle spans two or three choices and texts share few of them by chance
	private static final String[][] SLOTS = {
			{ "Tôi", "Bản thân", "Chúng tôi", "Tổ công tác", "Cá nhân tôi", "Đơn vị", "Tôi cùng tổ", "Chi đoàn",
					"Ban điều hành", "Tổ tự quản" },
			{ "sẽ", "cam kết", "tiếp tục", "quyết tâm", "phấn đấu", "kiên trì", "cố gắng", "luôn", "đăng ký", "nhận" },
			{ "rà soát", "kiểm tra", "đôn đốc", "hoàn thiện", "cải tiến", "số hóa", "theo dõi", "vận động", "củng cố",
					"sắp xếp", "bổ sung", "tuyên truyền", "hướng dẫn", "tổng hợp", "chấn chỉnh", "thẩm định",
					"bàn giao", "nghiệm thu" },
			{ "hồ sơ", "sổ sách", "quỹ", "kho", "tuyến đường", "mô hình", "đề án", "lớp học", "đội", "hệ thống",
					"chương trình", "dự án", "bếp ăn", "nhà văn hóa", "trạm bơm", "kênh mương", "vườn ươm", "chợ",
					"bến đò", "nghĩa trang" },
			{ "khuyến học", "nước sạch", "hộ nghèo", "dân quân", "chăn nuôi", "trồng rừng", "tiêm chủng", "lưu trữ",
					"truyền thanh", "thể thao", "người cao tuổi", "thiếu nhi", "cựu chiến binh", "phụ nữ", "nông dân",
					"an ninh", "giao thông", "thủy lợi", "môi trường", "du lịch" },
			{ "của", "ở", "tại", "thuộc", "trong", "cho" },
			{ "thôn", "bản", "khu phố", "xóm", "tổ", "buôn", "làng", "ấp", "khóm", "cụm dân cư" },
			{ "Đồng Tâm", "Nà Phặc", "Hòa Bình", "Bãi Sậy", "Phú Lộc", "Ea Kmăt", "Vân Hội", "Tân Thạnh", "Châu Long",
					"Khe Sanh", "Lũng Cú", "Cồn Chim", "Rạch Gốc", "Mường Lát", "Đắk Mil", "Gò Quao", "Sơn Tịnh",
					"Yên Thế" },
			{ "để", "nhằm", "sao cho", "nhờ đó", "qua đó", "từ đó" },
			{ "giảm", "tăng", "giữ", "nâng", "rút ngắn", "hạn chế", "mở rộng", "khắc phục", "xóa", "ổn định" },
			{ "thời gian", "chi phí", "thủ tục", "sai sót", "khiếu nại", "tồn đọng", "rủi ro", "lãng phí", "chất lượng",
					"số hộ", "thu nhập", "việc làm" },
			{ "trước", "trong", "cuối", "đầu", "giữa", "hết" }, { "quý một", "quý hai", "quý ba", "quý bốn",
					"tháng sáu", "tháng chín", "năm nay", "mùa mưa", "vụ đông", "dịp Tết", "đợt một", "nhiệm kỳ" } };

	private static final String[] TARGETS = { "Phấn đấu tỷ lệ {p}% hộ gia đình đạt danh hiệu văn hóa trong năm {y}.",
			"Hoàn thành {n} hồ sơ tồn đọng trước ngày 30 tháng {m} năm {y}.",
			"Vận động được {n} triệu đồng cho quỹ vì người nghèo năm {y}.",
			"Giảm {p}% số vụ việc khiếu nại so với năm {z}.", "Tổ chức {n} buổi sinh hoạt chuyên đề trong năm {y}.",
			"Tham gia đủ {n} ngày công lao động công ích năm {y}." };

	/** Near synonyms a paraphrase swaps (both directions). */
	private static final String[][] SWAPS = { { "rà soát", "xem xét lại" }, { "kiểm tra", "soát xét" },
			{ "đôn đốc", "nhắc nhở" }, { "cam kết", "hứa" }, { "tiếp tục", "vẫn" }, { "quyết tâm", "nhất định" },
			{ "hồ sơ", "giấy tờ" }, { "giảm", "bớt" }, { "tăng", "nâng thêm" }, { "sai sót", "nhầm lẫn" },
			{ "nhằm", "với mục đích" }, { "chất lượng", "hiệu quả" }, { "tuyên truyền", "phổ biến" },
			{ "hướng dẫn", "chỉ dẫn" }, { "khắc phục", "sửa" } };

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Hồ" };

	private static final String[] GIVEN = { "Thị Hằng", "Văn Khánh", "Minh Tuấn", "Thu Trang", "Đức Lương", "Ngọc Ánh",
			"Quang Vinh", "Hải Yến", "Xuân Trường", "Kim Oanh" };

	private final SplittableRandom rnd;

	private final List<Doc> docs = new ArrayList<>();

	/** Each text's sentences (clean), for copies. */
	private final List<List<String>> sentences = new ArrayList<>();

	private final List<Integer> years = new ArrayList<>();

	private SecondCorpus(long seed) {
		this.rnd = new SplittableRandom(seed);
	}

	/**
	 * {@code originals} texts of 150–2,000 words, and after each of the first
	 * {@code copies} of them... one copy of each kind but ORIGINAL, made from a random
	 * earlier text (a short one for PASTED_INTO_LONGER).
	 */
	static List<Doc> generate(long seed, int originals, int copyRounds) {
		SecondCorpus c = new SecondCorpus(seed);
		for (int i = 0; i < originals; i++) {
			c.original(150 + c.rnd.nextInt(1851));
		}
		int[] ratios = { 2, 4, 8 };
		for (int r = 0; r < copyRounds; r++) {
			Kind kind = Kind.values()[1 + r % (Kind.values().length - 1)];
			if (kind == Kind.PASTED_INTO_LONGER) {
				int ratio = ratios[(r / (Kind.values().length - 1)) % 3];
				int source = c.original(150 + c.rnd.nextInt(2000 / ratio - 149));
				c.pasted(source, ratio);
			}
			else {
				c.copy(c.rnd.nextInt(originals), kind);
			}
		}
		return c.docs;
	}

	private int original(int words) {
		int year = 2019 + this.rnd.nextInt(7);
		List<String> out = new ArrayList<>();
		out.add("KẾ HOẠCH RÈN LUYỆN CÁ NHÂN");
		out.add("Họ và tên: " + pick(SURNAMES) + " " + pick(GIVEN) + ", năm " + year);
		int count = 2 * out.size();
		int part = 0;
		while (count < words) {
			if (part < PARTS.length && (count == 2 * 2 || this.rnd.nextInt(12) == 0)) {
				out.add(PARTS[part++]);
				count += 5;
			}
			String s = this.rnd.nextInt(5) == 0 ? target(year) : sentence();
			String numbered = (this.rnd.nextInt(3) == 0 ? (char) ('a' + this.rnd.nextInt(6)) + ") " : "") + s;
			out.add(numbered);
			count += s.split(" ").length;
		}
		return add(out, year, -1, Kind.ORIGINAL, 0);
	}

	private String sentence() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < SLOTS.length; i++) {
			// a few slots are left out at random, so sentences differ in shape too
			if (i > 1 && i != 3 && this.rnd.nextInt(6) == 0) {
				continue;
			}
			sb.append(i == 0 ? "" : i == 8 ? ", " : " ").append(pick(SLOTS[i]));
		}
		return sb.append('.').toString();
	}

	private String target(int year) {
		return pick(TARGETS).replace("{p}", String.valueOf(50 + this.rnd.nextInt(50)))
			.replace("{n}", String.valueOf(2 + this.rnd.nextInt(40)))
			.replace("{m}", String.valueOf(1 + this.rnd.nextInt(12)))
			.replace("{y}", String.valueOf(year))
			.replace("{z}", String.valueOf(year - 1));
	}

	private List<String> kept(int source) {
		List<String> src = this.sentences.get(source);
		double share = 0.5 + this.rnd.nextDouble() * 0.3;
		List<String> out = new ArrayList<>();
		for (String s : src) {
			if (this.rnd.nextDouble() < share) {
				out.add(s);
			}
		}
		return out;
	}

	private void pasted(int source, int ratio) {
		List<String> kept = kept(source);
		int own = original(Math.min(2000, words(source) * (ratio - 1)));
		List<String> mine = new ArrayList<>(this.sentences.get(own));
		// the copier's own draft stays in the corpus too (as a real earlier version
		// would)
		int at = 2 + this.rnd.nextInt(Math.max(1, mine.size() - 2));
		mine.addAll(Math.min(at, mine.size()), kept);
		add(mine, this.years.get(own), source, Kind.PASTED_INTO_LONGER, ratio);
	}

	private int words(int doc) {
		int n = 0;
		for (String s : this.sentences.get(doc)) {
			n += s.split(" ").length;
		}
		return n;
	}

	private void copy(int source, Kind kind) {
		int year = this.years.get(source);
		List<String> out;
		switch (kind) {
			case WORD_SWAPS -> {
				out = new ArrayList<>();
				for (String s : this.sentences.get(source)) {
					out.add(swapped(s));
				}
			}
			case NEXT_YEAR -> {
				out = new ArrayList<>();
				for (String s : this.sentences.get(source)) {
					String t = s.replace(String.valueOf(year), String.valueOf(year + 1));
					out.add(this.rnd.nextInt(8) == 0 ? sentence() : t);
				}
				year++;
			}
			default -> out = kept(source);
		}
		add(out, year, source, kind, 0);
	}

	private String swapped(String s) {
		String t = s;
		int swaps = 1 + this.rnd.nextInt(3);
		for (int i = 0; i < swaps; i++) {
			String[] pair = SWAPS[this.rnd.nextInt(SWAPS.length)];
			t = this.rnd.nextBoolean() ? t.replace(pair[0], pair[1]) : t.replace(pair[1], pair[0]);
		}
		return t;
	}

	private int add(List<String> lines, int year, int source, Kind kind, int ratio) {
		int id = this.docs.size();
		String clean = String.join("\n", lines);
		String read = clean;
		String file = id + ".txt";
		if (kind == Kind.TCVN3_DOCX || kind == Kind.VNI_DOCX) {
			Encoding e = kind == Kind.TCVN3_DOCX ? Encoding.TCVN3 : Encoding.VNI;
			String font = e == Encoding.TCVN3 ? ".VnTime" : "VNI-Times";
			FontPlace place = FontPlace.values()[this.rnd.nextInt(FontPlace.DOC_DEFAULTS.ordinal() + 1)];
			String encoded = LegacyVietnamese.encode(clean, e);
			if (e == Encoding.TCVN3) {
				// TCVN3 (ABC) has no capitals with tones: the truth is what the file can
				// say
				clean = LegacyVietnamese.toUnicode(encoded, Encoding.TCVN3);
			}
			try {
				file = id + "-" + place.name().toLowerCase() + ".docx";
				read = DocumentText.read(file, LegacyDocxShinglesTest.docx(encoded, font, place)).text();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else if (kind == Kind.NEXT_YEAR) {
			read = Normalizer.normalize(clean, Normalizer.Form.NFD);
		}
		this.docs.add(new Doc(id, read, clean, source, kind, ratio, file));
		this.sentences.add(lines);
		this.years.add(year);
		return id;
	}

	private String pick(String[] bank) {
		return bank[this.rnd.nextInt(bank.length)];
	}

}
