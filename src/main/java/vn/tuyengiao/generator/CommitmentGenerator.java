package vn.tuyengiao.generator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Synthetic yearly commitments ("Bản cam kết tu dưỡng, rèn luyện, phấn đấu") with planted
 * copies, for measuring copy detection. Independent commitments follow the official
 * outline (five sections) and are formulaic the way real ones are — the same set phrases
 * recur — but each is assembled from many interchangeable clauses and the member's own
 * position, cell, tasks and figures, so two independent texts share only a small part of
 * their 3-syllable shingles. A share of the texts are copies of an earlier one, made by
 * one of the {@link Edit}s. Deterministic for a seed.
 */
public final class CommitmentGenerator {

	/** How a planted copy was made from its source. */
	public enum Edit {

		/** Same body, the copier's own name and position in the header. */
		EXACT,
		/** Sentences shuffled within each section. */
		REORDERED,
		/** 5–30% of the syllables replaced. */
		SUBSTITUTED,
		/** A few sentences deleted and a few of the copier's own inserted. */
		INSERTED_DELETED,
		/** 60–85% of the source's sentences pasted into the copier's own, longer text. */
		PARTIAL_IN_LONGER,
		/** Unicode NFD (decomposed), as some phones and Macs send it. */
		NFD,
		/** Old tone placement ("hoà", "thuỷ"). */
		OLD_TONES,
		/** TCVN3 (.VnTime) bytes read as Latin-1. */
		TCVN3,
		/** VNI-Windows bytes read as Latin-1. */
		VNI

	}

	/**
	 * One generated text: what the member submitted ({@code text}) and its Unicode form
	 * ({@code cleanText}).
	 */
	public record Commitment(long id, String text, String cleanText, long sourceId, Edit edit, double substituted) {

		public boolean isCopy() {
			return this.edit != null;
		}

	}

	public static final String[] SECTION_HEADINGS = { "I. Về tư tưởng chính trị", "II. Về phẩm chất đạo đức, lối sống",
			"III. Về thực hiện chức trách, nhiệm vụ được giao",
			"IV. Về ý thức tổ chức kỷ luật, tính tiên phong gương mẫu",
			"V. Khuyết điểm, hạn chế năm trước và biện pháp khắc phục" };

	/**
	 * The official outline every member is told to follow: registered as the campaign's
	 * template.
	 */
	public static final String TEMPLATE = String.join("\n", "ĐẢNG CỘNG SẢN VIỆT NAM",
			"BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU", "Họ và tên:", "Chức vụ:", "Chi bộ:",
			String.join("\n", SECTION_HEADINGS), "Người cam kết");

	private final SplittableRandom seedRandom;

	private final double copyShare;

	/**
	 * Recent independent drafts that copies are made from (a window, so millions of texts
	 * fit in memory).
	 */
	private static final int SOURCE_WINDOW = 20_000;

	private final Draft[] sources = new Draft[SOURCE_WINDOW];

	private final long[] sourceIds = new long[SOURCE_WINDOW];

	private int sourceCount;

	private long nextId = 1;

	public CommitmentGenerator(long seed, double copyShare) {
		this.seedRandom = new SplittableRandom(seed);
		this.copyShare = copyShare;
	}

	/**
	 * The next commitment: independent, or (with probability {@code copyShare}) a copy of
	 * an earlier one.
	 */
	public Commitment next() {
		SplittableRandom rnd = this.seedRandom.split();
		long id = this.nextId++;
		if (this.sourceCount >= 20 && rnd.nextDouble() < this.copyShare) {
			int k = rnd.nextInt(Math.min(this.sourceCount, SOURCE_WINDOW));
			Edit edit = Edit.values()[rnd.nextInt(Edit.values().length)];
			return copy(id, this.sourceIds[k], this.sources[k], edit, rnd);
		}
		Draft d = Draft.write(rnd, 2020 + rnd.nextInt(6));
		int slot = this.sourceCount++ % SOURCE_WINDOW;
		this.sources[slot] = d;
		this.sourceIds[slot] = id;
		String text = d.render();
		return new Commitment(id, text, text, 0, null, 0);
	}

	private Commitment copy(long id, long sourceId, Draft src, Edit edit, SplittableRandom rnd) {
		Draft own = Draft.write(rnd, src.year);
		Draft d = src.withHeaderOf(own);
		double substituted = 0;
		switch (edit) {
			case REORDERED -> d = d.reordered(rnd);
			case SUBSTITUTED -> {
				substituted = 0.05 + rnd.nextDouble() * 0.25;
				d = d.substituted(rnd, substituted);
			}
			case INSERTED_DELETED -> d = d.insertedDeleted(rnd, own);
			case PARTIAL_IN_LONGER -> d = own.withPastedFrom(src, 0.60 + rnd.nextDouble() * 0.25, rnd);
			default -> {
			}
		}
		String clean = d.render();
		String text = switch (edit) {
			case NFD -> Normalizer.normalize(clean, Normalizer.Form.NFD);
			case OLD_TONES -> oldTones(clean);
			case TCVN3 -> LegacyVietnamese.encode(clean, LegacyVietnamese.Encoding.TCVN3);
			case VNI -> LegacyVietnamese.encode(clean, LegacyVietnamese.Encoding.VNI);
			default -> clean;
		};
		if (edit == Edit.TCVN3) {
			// ABC has no capitals with tones: the ground truth is what the legacy text
			// can say
			clean = LegacyVietnamese.toUnicode(text, LegacyVietnamese.Encoding.TCVN3);
		}
		return new Commitment(id, text, clean, sourceId, edit, substituted);
	}

	/**
	 * "hòa" → "hoà", "thủy" → "thuỷ", "khỏe" → "khoẻ": the tone moved to the second vowel
	 * of open oa/oe/uy.
	 */
	static String oldTones(String text) {
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(nfd.length());
		int n = nfd.length();
		int i = 0;
		while (i < n) {
			char c = nfd.charAt(i);
			char lc = Character.toLowerCase(c);
			if ((lc == 'o' || lc == 'u') && i + 2 < n && isTone(nfd.charAt(i + 1))) {
				char v = Character.toLowerCase(nfd.charAt(i + 2));
				boolean pair = (lc == 'o' && (v == 'a' || v == 'e')) || (lc == 'u' && v == 'y');
				boolean open = i + 3 >= n || !Character.isLetter(nfd.charAt(i + 3));
				boolean afterQ = i > 0 && Character.toLowerCase(nfd.charAt(i - 1)) == 'q';
				if (pair && open && !afterQ) {
					out.append(c).append(nfd.charAt(i + 2)).append(nfd.charAt(i + 1));
					i += 3;
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	private static boolean isTone(char c) {
		return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
	}

	/** A commitment before rendering: header facts and sentences per section. */
	private static final class Draft {

		final int year;

		final String name;

		final String position;

		final String cell;

		final String commune;

		final List<List<String>> sections;

		Draft(int year, String name, String position, String cell, String commune, List<List<String>> sections) {
			this.year = year;
			this.name = name;
			this.position = position;
			this.cell = cell;
			this.commune = commune;
			this.sections = sections;
		}

		static Draft write(SplittableRandom rnd, int year) {
			boolean male = rnd.nextInt(100) < 58;
			String name = VietnameseNames.fullName(rnd, male);
			String commune = Places.placeName(rnd);
			String hamlet = Places.hamletName(rnd, true);
			Role role = Role.values()[rnd.nextInt(Role.values().length)];
			String cell = role.cell(hamlet, commune);
			String position = role.position(rnd, commune, hamlet);
			Facts f = new Facts(rnd, role, position, cell, commune, hamlet, year);
			List<List<String>> sections = new ArrayList<>();
			sections.add(Phrases.section(rnd, Phrases.IDEOLOGY, 2, 3, f));
			sections.add(Phrases.section(rnd, Phrases.ETHICS, 2, 3, f));
			List<String> duties = Phrases.section(rnd, Phrases.DUTIES, 1, 2, f);
			for (String task : role.tasks(rnd, 3)) {
				duties.add(Phrases.task(rnd, task, f));
			}
			for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
				duties.add(Phrases.fact(rnd, f));
			}
			sections.add(duties);
			sections.add(Phrases.section(rnd, Phrases.DISCIPLINE, 1, 3, f));
			sections.add(Phrases.section(rnd, Phrases.SHORTCOMINGS, 2, 3, f));
			return new Draft(year, name, position, cell, commune, sections);
		}

		Draft withHeaderOf(Draft other) {
			return new Draft(this.year, other.name, other.position, other.cell, other.commune, copySections());
		}

		private List<List<String>> copySections() {
			List<List<String>> s = new ArrayList<>();
			for (List<String> sec : this.sections) {
				s.add(new ArrayList<>(sec));
			}
			return s;
		}

		Draft reordered(SplittableRandom rnd) {
			List<List<String>> s = copySections();
			for (List<String> sec : s) {
				shuffle(sec, rnd);
			}
			return new Draft(this.year, this.name, this.position, this.cell, this.commune, s);
		}

		Draft substituted(SplittableRandom rnd, double share) {
			List<List<String>> s = new ArrayList<>();
			for (List<String> sec : this.sections) {
				List<String> out = new ArrayList<>();
				for (String sentence : sec) {
					String[] words = sentence.split(" ");
					for (int i = 0; i < words.length; i++) {
						if (rnd.nextDouble() < share) {
							String w = Phrases.FILLER[rnd.nextInt(Phrases.FILLER.length)];
							words[i] = words[i].endsWith(".") || words[i].endsWith(",")
									? w + words[i].charAt(words[i].length() - 1) : w;
						}
					}
					out.add(String.join(" ", words));
				}
				s.add(out);
			}
			return new Draft(this.year, this.name, this.position, this.cell, this.commune, s);
		}

		Draft insertedDeleted(SplittableRandom rnd, Draft own) {
			List<List<String>> s = copySections();
			int deletes = 1 + rnd.nextInt(4);
			for (int k = 0; k < deletes; k++) {
				List<String> sec = s.get(rnd.nextInt(s.size()));
				if (sec.size() > 2) {
					sec.remove(rnd.nextInt(sec.size()));
				}
			}
			int inserts = 1 + rnd.nextInt(4);
			for (int k = 0; k < inserts; k++) {
				int si = rnd.nextInt(s.size());
				List<String> from = own.sections.get(si);
				List<String> sec = s.get(si);
				sec.add(rnd.nextInt(sec.size() + 1), from.get(rnd.nextInt(from.size())));
			}
			return new Draft(this.year, this.name, this.position, this.cell, this.commune, s);
		}

		/**
		 * This (own, longer) text with a share of {@code src}'s sentences pasted into the
		 * same sections.
		 */
		Draft withPastedFrom(Draft src, double share, SplittableRandom rnd) {
			List<List<String>> s = copySections();
			for (int si = 0; si < s.size(); si++) {
				List<String> sec = s.get(si);
				for (String sentence : src.sections.get(si)) {
					if (rnd.nextDouble() < share) {
						sec.add(rnd.nextInt(sec.size() + 1), sentence);
					}
				}
			}
			return new Draft(this.year, this.name, this.position, this.cell, this.commune, s);
		}

		String render() {
			StringBuilder sb = new StringBuilder(4096);
			sb.append("ĐẢNG CỘNG SẢN VIỆT NAM\n");
			sb.append("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM ").append(this.year).append('\n');
			sb.append("Họ và tên: ").append(this.name).append('\n');
			sb.append("Chức vụ: ").append(this.position).append('\n');
			sb.append("Chi bộ: ").append(this.cell).append(", Đảng bộ xã ").append(this.commune).append('\n');
			for (int i = 0; i < this.sections.size(); i++) {
				sb.append(SECTION_HEADINGS[i]).append('\n');
				sb.append(String.join(" ", this.sections.get(i))).append('\n');
			}
			sb.append(this.commune)
				.append(", ngày ")
				.append(10 + (this.name.length() % 18))
				.append(" tháng 01 năm ")
				.append(this.year)
				.append('\n');
			sb.append("Người cam kết\n").append(this.name).append('\n');
			return sb.toString();
		}

		private static void shuffle(List<String> list, SplittableRandom rnd) {
			for (int i = list.size() - 1; i > 0; i--) {
				int j = rnd.nextInt(i + 1);
				String t = list.get(i);
				list.set(i, list.get(j));
				list.set(j, t);
			}
		}

	}

	/** What a member writes about: their job, cell, tasks and this year's figures. */
	private record Facts(String position, String cell, String commune, String hamlet, int year, int households,
			int meetings, int percent, String task) {

		Facts(SplittableRandom rnd, Role role, String position, String cell, String commune, String hamlet, int year) {
			this(position, cell, commune, hamlet, year, 40 + rnd.nextInt(360), 8 + rnd.nextInt(10),
					80 + rnd.nextInt(21), role.tasks(rnd, 1).get(0));
		}

		/**
		 * The phrase with its {placeholders} filled in, in one pass (unknown ones are
		 * kept as they are).
		 */
		String fill(String s) {
			int open = s.indexOf('{');
			if (open < 0) {
				return s;
			}
			StringBuilder out = new StringBuilder(s.length() + 64);
			int from = 0;
			while (open >= 0) {
				int close = s.indexOf('}', open);
				if (close < 0) {
					break;
				}
				String value = value(s.substring(open + 1, close));
				out.append(s, from, open);
				if (value == null) {
					out.append(s, open, close + 1);
				}
				else {
					out.append(value);
				}
				from = close + 1;
				open = s.indexOf('{', from);
			}
			return out.append(s, from, s.length()).toString();
		}

		private String value(String name) {
			return switch (name) {
				case "pos" -> lowerFirst(this.position);
				case "cell" -> this.cell;
				case "xa" -> this.commune;
				case "ap" -> this.hamlet;
				case "nam" -> String.valueOf(this.year);
				case "truoc" -> String.valueOf(this.year - 1);
				case "ho" -> String.valueOf(this.households);
				case "buoi" -> String.valueOf(this.meetings);
				case "pt" -> String.valueOf(this.percent);
				case "viec" -> this.task;
				default -> null;
			};
		}

		private static String lowerFirst(String s) {
			return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
		}

	}

	/** Kinds of members, with their positions, cells and tasks. */
	private enum Role {

		SECRETARY("Bí thư Chi bộ ấp {ap}", new String[] { "lãnh đạo chi bộ hoàn thành nghị quyết năm",
				"duy trì sinh hoạt chi bộ định kỳ và chuyên đề", "phân công nhiệm vụ cho đảng viên trong chi bộ",
				"theo dõi, giúp đỡ quần chúng ưu tú phấn đấu vào Đảng", "nắm tình hình tư tưởng của đảng viên" }),
		HAMLET_HEAD("Trưởng ấp {ap}", new String[] { "vận động nhân dân tham gia xây dựng nông thôn mới",
				"giải quyết kịp thời kiến nghị của bà con trong ấp", "tuyên truyền chủ trương của Đảng đến từng hộ dân",
				"hòa giải mâu thuẫn trong khu dân cư", "vận động các hộ làm hàng rào xanh, đường hoa" }),
		TEACHER("Giáo viên Trường Trung học cơ sở {xa}",
				new String[] { "nâng cao chất lượng giảng dạy môn Ngữ văn", "làm tốt công tác chủ nhiệm lớp",
						"bồi dưỡng học sinh giỏi cấp huyện", "phụ đạo học sinh yếu kém",
						"đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin" }),
		OFFICIAL("Công chức Địa chính - Xây dựng xã {xa}",
				new String[] { "giải quyết hồ sơ đất đai đúng hạn", "kiểm tra trật tự xây dựng trên địa bàn",
						"cải cách thủ tục hành chính tại bộ phận một cửa", "thống kê, kiểm kê đất đai hằng năm",
						"hướng dẫn người dân lập hồ sơ cấp giấy chứng nhận" }),
		POLICE("Công an viên ấp {ap}", new String[] { "giữ gìn an ninh trật tự trên địa bàn ấp",
				"tuần tra, phòng chống tội phạm và tệ nạn xã hội", "vận động nhân dân giao nộp vũ khí, vật liệu nổ",
				"xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", "nắm tình hình người từ nơi khác đến cư trú" }),
		FARMER("Đảng viên làm nông nghiệp ở ấp {ap}", new String[] { "chuyển đổi cơ cấu cây trồng, vật nuôi",
				"tham gia tổ hợp tác sản xuất lúa chất lượng cao", "giúp đỡ hộ nghèo trong ấp về giống và kỹ thuật",
				"áp dụng khoa học kỹ thuật vào sản xuất", "đóng góp ngày công làm đường giao thông nông thôn" }),
		RETIRED("Cán bộ hưu trí, sinh hoạt tại ấp {ap}",
				new String[] { "tham gia công tác của Hội Người cao tuổi", "góp ý xây dựng Đảng, xây dựng chính quyền",
						"giáo dục con cháu chấp hành tốt pháp luật", "tham gia Ban Thanh tra nhân dân xã",
						"vận động gia đình giữ vững danh hiệu gia đình văn hóa" }),
		WOMEN("Chủ tịch Hội Liên hiệp Phụ nữ xã {xa}",
				new String[] { "vận động hội viên phụ nữ tiết kiệm giúp nhau",
						"tổ chức sinh hoạt chi hội phụ nữ các ấp", "phát triển hội viên mới",
						"hỗ trợ phụ nữ khởi nghiệp", "thực hiện cuộc vận động xây dựng gia đình năm không, ba sạch" }),
		YOUTH("Bí thư Đoàn Thanh niên xã {xa}",
				new String[] { "tổ chức các hoạt động tình nguyện hè", "vận động thanh niên lên đường nhập ngũ",
						"xây dựng công trình thanh niên", "giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
						"phát động phong trào thanh niên lập nghiệp" }),
		HEALTH("Viên chức Trạm Y tế xã {xa}",
				new String[] { "khám, chữa bệnh ban đầu cho nhân dân", "tiêm chủng mở rộng cho trẻ em",
						"phòng chống dịch sốt xuất huyết", "quản lý hồ sơ sức khỏe người dân",
						"tuyên truyền vệ sinh an toàn thực phẩm" });

		final String positionPattern;

		final String[] tasks;

		Role(String positionPattern, String[] tasks) {
			this.positionPattern = positionPattern;
			this.tasks = tasks;
		}

		String position(SplittableRandom rnd, String commune, String hamlet) {
			return this.positionPattern.replace("{ap}", hamlet).replace("{xa}", commune);
		}

		String cell(String hamlet, String commune) {
			return switch (this) {
				case TEACHER -> "Chi bộ Trường Trung học cơ sở " + commune;
				case OFFICIAL, WOMEN, YOUTH -> "Chi bộ Cơ quan xã " + commune;
				case HEALTH -> "Chi bộ Trạm Y tế xã " + commune;
				default -> "Chi bộ ấp " + hamlet;
			};
		}

		List<String> tasks(SplittableRandom rnd, int n) {
			List<String> all = new ArrayList<>(List.of(this.tasks));
			List<String> out = new ArrayList<>();
			for (int i = 0; i < n && !all.isEmpty(); i++) {
				out.add(all.remove(rnd.nextInt(all.size())));
			}
			return out;
		}

	}

	/**
	 * Clause pools. A sentence is an opening, a body and often a tail, each picked from
	 * its pool; set phrases repeat across members as they do in real commitments, while
	 * the combination and the member's own facts vary.
	 */
	static final class Phrases {

		static final String[] FILLER = { "cũng", "luôn", "đã", "sẽ", "rất", "việc", "công", "tác", "người", "dân",
				"mọi", "nơi", "cần", "phải", "thêm", "nữa", "được", "đều", "vẫn", "còn", "hơn", "nhiều", "những", "các",
				"chung", "riêng", "mới", "tốt", "đầy", "đủ" };

		static final String[][] IDEOLOGY = {
				{ "Tôi luôn", "Bản thân tôi", "Là đảng viên, tôi", "Trong năm {nam}, tôi", "Tôi cam kết",
						"Với cương vị {pos}, tôi" },
				{ "tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng",
						"kiên định chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh",
						"chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
						"thường xuyên học tập, quán triệt các nghị quyết, chỉ thị của Đảng",
						"không dao động trước những khó khăn, thử thách",
						"kiên quyết đấu tranh với các quan điểm sai trái, thù địch",
						"tích cực nghiên cứu, học tập lý luận chính trị", "giữ vững lập trường, quan điểm chính trị",
						"tin tưởng vào sự lãnh đạo của Đảng và công cuộc đổi mới",
						"theo dõi thời sự qua báo Nhân Dân, báo Kiên Giang và đài truyền thanh xã" },
				{ "", "", "", ", nhất là các chuyên đề học tập và làm theo Bác năm {nam}",
						", không để bị lôi kéo, kích động trên mạng xã hội",
						", tham gia đầy đủ các lớp bồi dưỡng do Đảng ủy xã {xa} tổ chức",
						", vận dụng vào công việc {pos}", ", góp phần giữ vững ổn định chính trị ở ấp {ap}",
						", tuyên truyền cho gia đình và bà con trong xóm cùng thực hiện" } };

		static final String[][] ETHICS = {
				{ "Tôi luôn", "Bản thân tôi phấn đấu", "Tôi hứa", "Trong sinh hoạt hằng ngày, tôi",
						"Là đảng viên, tôi" },
				{ "giữ gìn phẩm chất đạo đức cách mạng, cần, kiệm, liêm, chính, chí công vô tư",
						"sống giản dị, khiêm tốn, gần gũi với nhân dân", "không tham ô, lãng phí, không vụ lợi",
						"thực hành tiết kiệm, chống lãng phí trong sinh hoạt và công tác",
						"giữ mối quan hệ đoàn kết với đồng chí, đồng nghiệp và bà con lối xóm",
						"xây dựng gia đình văn hóa, hòa thuận, hạnh phúc",
						"không vi phạm những điều đảng viên không được làm",
						"nêu cao tinh thần tự phê bình và phê bình",
						"chống chủ nghĩa cá nhân, biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống",
						"tham gia đầy đủ các cuộc vận động, phong trào thi đua ở địa phương" },
				{ "", "", ", làm gương cho con cháu trong gia đình", ", được nhân dân ấp {ap} tin tưởng",
						", không sa vào các tệ nạn xã hội", ", giữ gìn uy tín của người đảng viên nơi cư trú",
						", vận động {ho} hộ trong tổ tự quản cùng thực hiện",
						", thực hiện nếp sống văn minh trong việc cưới, việc tang" } };

		static final String[][] DUTIES = {
				{ "Trên cương vị {pos}, tôi", "Về chuyên môn, tôi", "Tôi phấn đấu", "Năm {nam}, tôi đăng ký",
						"Với nhiệm vụ được giao, tôi" },
				{ "hoàn thành xuất sắc nhiệm vụ được giao", "hoàn thành tốt các chỉ tiêu chi bộ giao cho cá nhân",
						"đạt từ {pt}% trở lên khối lượng công việc theo kế hoạch",
						"chủ động tham mưu, đề xuất giải pháp thực hiện nhiệm vụ",
						"nâng cao trình độ chuyên môn, nghiệp vụ",
						"phối hợp chặt chẽ với các đoàn thể trong thực hiện nhiệm vụ",
						"giữ vững danh hiệu lao động tiên tiến", "thực hiện tốt nhiệm vụ đảng viên ở nơi cư trú" },
				{ "", "", ", phấn đấu được xếp loại hoàn thành tốt nhiệm vụ",
						", góp phần xây dựng {cell} trong sạch, vững mạnh", ", theo đúng Quy định số 213-QĐ/TW",
						", được cấp ủy và đồng nghiệp ghi nhận" } };

		static final String[][] DISCIPLINE = {
				{ "Tôi cam kết", "Bản thân tôi luôn", "Tôi hứa", "Là đảng viên {cell}, tôi" },
				{ "chấp hành nghiêm Điều lệ Đảng, nguyên tắc tập trung dân chủ",
						"dự đầy đủ {buoi} buổi sinh hoạt chi bộ trong năm", "đóng đảng phí đầy đủ, đúng quy định",
						"giữ mối liên hệ với chi ủy, đảng ủy nơi cư trú", "nói đi đôi với làm, gương mẫu đi đầu",
						"phục tùng sự phân công của tổ chức",
						"thực hiện tốt Quy định về những điều đảng viên không được làm",
						"báo cáo trung thực với tổ chức đảng", "giữ gìn bí mật của Đảng và Nhà nước" },
				{ "", "", ", không vắng sinh hoạt khi không có lý do",
						", chịu sự giám sát của chi bộ và nhân dân ấp {ap}", ", vận động người thân cùng chấp hành",
						", tiên phong trong các phong trào ở {xa}" } };

		static final String[][] SHORTCOMINGS = {
				{ "Năm {truoc}, bản thân tôi còn hạn chế là", "Khuyết điểm năm {truoc} của tôi là",
						"Qua kiểm điểm năm {truoc}, tôi nhận thấy", "Tôi thẳng thắn nhận khuyết điểm là" },
				{ "việc nghiên cứu nghị quyết chưa sâu", "có lúc chưa mạnh dạn đấu tranh phê bình",
						"tham gia sinh hoạt chi bộ có buổi còn trễ", "việc {viec} còn chậm so với kế hoạch",
						"chưa dành nhiều thời gian tìm hiểu tâm tư của nhân dân",
						"ứng dụng công nghệ thông tin trong công việc còn hạn chế",
						"chưa thường xuyên đọc báo, tài liệu của Đảng", "có lúc giải quyết công việc còn nể nang" },
				{ "", ". Năm {nam}, tôi khắc phục bằng cách lập kế hoạch cụ thể từng tháng",
						". Biện pháp khắc phục là dành thời gian tự học mỗi tối",
						". Tôi sẽ nhờ chi ủy và đồng chí Bí thư chi bộ nhắc nhở, giúp đỡ",
						". Tôi hứa sửa chữa ngay trong quý I năm {nam}", ", tôi sẽ khắc phục để không lặp lại" } };

		static final String[][] TASK = {
				{ "Tôi đăng ký", "Cụ thể, tôi sẽ", "Năm nay, tôi phấn đấu", "Tôi nhận nhiệm vụ" },
				{ "{t}", "tập trung {t}", "làm tốt việc {t}", "chủ động {t}" },
				{ ", hoàn thành trước ngày 30 tháng 11 năm {nam}", ", phấn đấu đạt {pt}% kế hoạch",
						" ở ấp {ap} và các ấp lân cận", ", báo cáo kết quả với chi bộ mỗi quý", "" } };

		/**
		 * Verb × object × manner × place: the combinatorial core of most sentences, so
		 * that two members choosing the same set phrase still rarely write the same
		 * sentence.
		 */
		static final String[] VERBS = { "thực hiện nghiêm", "quán triệt và thực hiện", "nghiên cứu, vận dụng",
				"tuyên truyền, vận động thực hiện", "gương mẫu thực hiện", "chủ động triển khai", "tích cực tham gia",
				"kiên trì thực hiện", "nghiêm túc học tập", "đăng ký làm theo", "góp phần thực hiện có hiệu quả",
				"phối hợp tổ chức", "thường xuyên tự kiểm tra việc thực hiện", "đôn đốc, nhắc nhở thực hiện" };

		static final String[] OBJECTS = { "Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng",
				"Chỉ thị 05 của Bộ Chính trị", "Kết luận 01 về học tập và làm theo Bác",
				"Quy định 144 về chuẩn mực đạo đức cách mạng", "nghị quyết của Đảng bộ xã nhiệm kỳ 2020 - 2025",
				"phong trào thi đua yêu nước", "cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa",
				"chương trình mục tiêu quốc gia xây dựng nông thôn mới", "quy chế dân chủ ở cơ sở",
				"kế hoạch phòng chống thiên tai", "chính sách đền ơn đáp nghĩa", "chương trình giảm nghèo bền vững",
				"đề án chuyển đổi số của xã", "nội quy, quy chế của cơ quan", "quy ước, hương ước của ấp",
				"phong trào xây dựng gia đình văn hóa", "kế hoạch tuyển quân hằng năm", "chủ trương dồn điền đổi thửa",
				"kế hoạch bảo vệ môi trường nông thôn", "quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
				"cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam", "kế hoạch cải cách hành chính",
				"phong trào toàn dân bảo vệ an ninh Tổ quốc", "công tác bảo hiểm y tế toàn dân" };

		static final String[] MANNERS = { "", "", "một cách nghiêm túc", "đúng tiến độ", "có hiệu quả thiết thực",
				"đến từng hộ gia đình", "không hình thức", "bằng việc làm cụ thể", "thường xuyên, liên tục",
				"với tinh thần trách nhiệm cao" };

		static final String[] PLACES = { "", "", "", "ở ấp {ap}", "tại {cell}", "trên địa bàn xã {xa}",
				"nơi tôi công tác và nơi cư trú", "trong năm {nam}", "ngay từ quý I năm {nam}",
				"cùng với {ho} hộ dân trong tổ" };

		static String composed(SplittableRandom rnd, String open, Facts f) {
			StringBuilder sb = new StringBuilder(open).append(' ')
				.append(VERBS[rnd.nextInt(VERBS.length)])
				.append(' ')
				.append(OBJECTS[rnd.nextInt(OBJECTS.length)]);
			String m = MANNERS[rnd.nextInt(MANNERS.length)];
			if (!m.isEmpty()) {
				sb.append(' ').append(m);
			}
			String p = PLACES[rnd.nextInt(PLACES.length)];
			if (!p.isEmpty()) {
				sb.append(rnd.nextBoolean() ? ", " : " ").append(p);
			}
			return f.fill(sb.append('.').toString());
		}

		static List<String> section(SplittableRandom rnd, String[][] pool, int min, int max, Facts f) {
			int n = min + rnd.nextInt(max - min + 1);
			List<String> out = new ArrayList<>();
			List<Integer> bodies = new ArrayList<>();
			for (int i = 0; i < pool[1].length; i++) {
				bodies.add(i);
			}
			for (int k = 0; k < n && !bodies.isEmpty(); k++) {
				String open = pool[0][rnd.nextInt(pool[0].length)];
				String body = pool[1][bodies.remove(rnd.nextInt(bodies.size()))];
				String tail = pool[2][rnd.nextInt(pool[2].length)];
				// a second body joined by "và" in some sentences, as people write
				if (!bodies.isEmpty() && rnd.nextInt(5) == 0) {
					body = body + " và " + pool[1][bodies.remove(rnd.nextInt(bodies.size()))];
				}
				out.add(f.fill(open + " " + body + tail + "."));
				// most sentences are the member's own combination of set phrases
				for (int c = rnd.nextInt(4) - 2; c >= 0; c--) {
					out.add(composed(rnd, pool[0][rnd.nextInt(pool[0].length)], f));
				}
			}
			return out;
		}

		static final String[] FACTS = {
				"Tôi được phân công theo dõi {n} hộ ở tổ tự quản số {k} ấp {ap}, trong đó có {m} hộ nghèo và cận nghèo",
				"Năm {truoc} tôi vận động được {m} hộ hiến {n} mét vuông đất mở rộng đường liên ấp {ap}",
				"Gia đình tôi có {k} nhân khẩu, canh tác {m} công ruộng và {k} công vườn tại {ap}",
				"Lớp tôi chủ nhiệm năm học {truoc} - {nam} có {n} em, {m} em đạt học sinh giỏi",
				"Tổ hòa giải do tôi phụ trách đã giải quyết {m} vụ việc trong năm {truoc}",
				"Tôi nhận giúp đỡ {k} quần chúng ưu tú là {name2} và một đoàn viên ở ấp {ap}",
				"Đợt ra quân tháng {k} năm {truoc}, tôi cùng tổ dân phòng tuần tra {n} đêm",
				"Tôi phụ trách kinh phí quỹ khuyến học của ấp với số tiền {n} triệu đồng",
				"Trong năm {truoc} tôi tiếp nhận {n} hồ sơ, giải quyết đúng hạn {m} hồ sơ",
				"Đến cuối năm {truoc}, tổ sản xuất của tôi đạt năng suất {k} tấn một héc ta",
				"Chi hội do tôi phụ trách có {n} hội viên, kết nạp mới {m} hội viên trong năm {truoc}",
				"Tôi tham gia {m} buổi tiếp xúc cử tri và ghi nhận {k} ý kiến của bà con {ap}" };

		static String fact(SplittableRandom rnd, Facts f) {
			String s = FACTS[rnd.nextInt(FACTS.length)].replace("{n}", String.valueOf(20 + rnd.nextInt(480)))
				.replace("{m}", String.valueOf(2 + rnd.nextInt(60)))
				.replace("{k}", String.valueOf(2 + rnd.nextInt(11)))
				.replace("{name2}", VietnameseNames.fullName(rnd, rnd.nextBoolean()));
			return f.fill(s + ".");
		}

		static String task(SplittableRandom rnd, String task, Facts f) {
			String body = TASK[1][rnd.nextInt(TASK[1].length)].replace("{t}", task);
			return f
				.fill(TASK[0][rnd.nextInt(TASK[0].length)] + " " + body + TASK[2][rnd.nextInt(TASK[2].length)] + ".");
		}

	}

}
