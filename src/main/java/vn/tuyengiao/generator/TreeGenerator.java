package vn.tuyengiao.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import vn.tuyengiao.generator.MemberFactory.Place;
import vn.tuyengiao.generator.Places.Province;

/**
 * Synthetic party organisation trees with their members, deterministic for a seed and a
 * reference date.
 * <p>
 * Output is streamed: a unit is always emitted before its children and before its
 * members, and members are made one cell at a time, so a national run of 5.6 million
 * members needs no more memory than a commune's worth.
 * <ul>
 * <li>{@link #scale(long, long)}: the structure after 1 July 2025 (provinces, their bloc
 * committee, communes, cells), sized for load tests and the {@code generate}
 * command.</li>
 * <li>{@link #demo(long)}: the small historical province the app's evaluation mode loads,
 * with the district level still open; {@link #demoMergePlan()} says how the loader merges
 * its communes.</li>
 * </ul>
 */
public final class TreeGenerator {

	/** Receives the generated tree. Units arrive before their children and members. */
	public interface Sink {

		void unit(GeneratedUnit u);

		void member(GeneratedMember m);

		static Sink of(Consumer<GeneratedUnit> units, Consumer<GeneratedMember> members) {
			return new Sink() {

				@Override
				public void unit(GeneratedUnit u) {
					units.accept(u);
				}

				@Override
				public void member(GeneratedMember m) {
					members.accept(m);
				}
			};
		}

	}

	/**
	 * Card numbers carry a two-digit province code and a six-digit counter, which bounds
	 * a run's size.
	 */
	public static final long MAX_SCALE_MEMBERS = 20_000_000L;

	/**
	 * The day districts were abolished and communes merged; scale-mode units all start
	 * then.
	 */
	public static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

	static final LocalDate DEMO_FROM = LocalDate.of(2015, 1, 1);

	static final int MEMBERS_PER_PROVINCE = 165_000;

	static final int MEMBERS_PER_COMMUNE = 1_700;

	static final int MIN_CELL = 8;

	static final int MAX_CELL = 60;

	static final double MEAN_CELL = 27.0;

	static final int DEMO_MEMBERS = 4_000;

	// Hậu Giang's old code: no longer a province, so demo card numbers never collide with
	// a scale run's.
	private static final String DEMO_CARD_PREFIX = "93";

	private final boolean demo;

	private final long members;

	private final long seed;

	private final LocalDate asOf;

	private TreeGenerator(boolean demo, long members, long seed, LocalDate asOf) {
		this.demo = demo;
		this.members = members;
		this.seed = seed;
		this.asOf = asOf;
	}

	/** Current structure for {@code members} members, dated as of today. */
	public static TreeGenerator scale(long members, long seed) {
		return scale(members, seed, LocalDate.now());
	}

	/**
	 * Current structure for {@code members} members; {@code asOf} is "today" for every
	 * date generated.
	 */
	public static TreeGenerator scale(long members, long seed, LocalDate asOf) {
		if (members < 1 || members > MAX_SCALE_MEMBERS) {
			throw new IllegalArgumentException("members must be between 1 and " + MAX_SCALE_MEMBERS + ": " + members);
		}
		if (asOf.isBefore(REORGANISED)) {
			throw new IllegalArgumentException("asOf must not be before " + REORGANISED + ": " + asOf);
		}
		return new TreeGenerator(false, members, seed, asOf);
	}

	/**
	 * The evaluation-mode province "Tỉnh ủy Kiên Giang" with three districts, dated as of
	 * today.
	 */
	public static TreeGenerator demo(long seed) {
		return demo(seed, LocalDate.now());
	}

	public static TreeGenerator demo(long seed, LocalDate asOf) {
		return new TreeGenerator(true, DEMO_MEMBERS, seed, asOf);
	}

	/** Exact number of members {@link #generate} will emit. */
	public long memberCount() {
		return members;
	}

	/**
	 * Province committees a scale run of {@code members} has: one per ~165,000 members,
	 * at most the real 34.
	 */
	public static int provinceCount(long members) {
		long byAverage = Math.round(members / (double) MEMBERS_PER_PROVINCE);
		// Six-digit card counters cap a province below a million members.
		long byCards = (members + 599_999) / 600_000;
		return (int) Math.min(Places.PROVINCES.size(), Math.max(1, Math.max(byAverage, byCards)));
	}

	public void generate(Sink sink) {
		SplittableRandom rnd = new SplittableRandom(seed);
		MemberFactory factory = new MemberFactory(rnd.split(), asOf);
		if (demo) {
			new Demo(rnd, factory).generate(sink);
		}
		else {
			new Scale(rnd, factory).generate(sink);
		}
	}

	// ------------------------------------------------------------------------------------------------
	// scale

	private final class Scale {

		private final SplittableRandom rnd;

		private final MemberFactory factory;

		Scale(SplittableRandom rnd, MemberFactory factory) {
			this.rnd = rnd;
			this.factory = factory;
		}

		void generate(Sink sink) {
			int provinces = provinceCount(members);
			long[] budgets = split(members, weights(rnd, provinces, 0.85, 1.15));
			for (int i = 0; i < provinces; i++) {
				province(sink, Places.PROVINCES.get(i), budgets[i]);
			}
		}

		private void province(Sink sink, Province p, long budget) {
			sink.unit(new GeneratedUnit(p.code(), p.committeeName(), "PROVINCIAL_COMMITTEE", null, "TU", REORGANISED,
					null));
			factory.startProvince(p.cardPrefix(), budget);
			long bloc = budget >= 400 ? Math.round(budget * 0.08) : 0;
			long communeMembers = budget - bloc;
			bloc(sink, p, bloc);
			int communes = (int) Math.max(1, Math.round(communeMembers / (double) MEMBERS_PER_COMMUNE));
			long[] communeBudgets = split(communeMembers, weights(rnd, communes, 0.6, 1.4));
			Set<String> names = new HashSet<>();
			Set<String> codes = new HashSet<>();
			for (int j = 0; j < communes; j++) {
				commune(sink, p, j, communeBudgets[j], names, codes);
			}
		}

		private void commune(Sink sink, Province p, int index, long budget, Set<String> names, Set<String> codes) {
			String word;
			String place;
			if (index < p.specialZones().size()) {
				word = "đặc khu";
				place = p.specialZones().get(index);
			}
			else {
				word = rnd.nextInt(100) < 18 ? "phường" : "xã";
				do {
					place = Places.placeName(rnd);
				}
				while (!names.add(place));
			}
			String code = unique(p.code() + "." + Places.initials(place), codes);
			String name = "Đảng ủy " + word + " " + place;
			sink.unit(new GeneratedUnit(code, name, "COMMUNE_COMMITTEE", p.code(), "ĐU", REORGANISED, null));
			boolean urban = word.equals("phường");
			Place wording = new Place(word, p.hamletWord(), p.quarterWord());

			int[] sizes = cellSizes(budget, rnd);
			// About one organisation in twelve under a commune is a grassroots committee
			// with its own cells.
			int committees = 0;
			int inCommittees = 0;
			List<int[]> groups = new ArrayList<>();
			while (sizes.length - inCommittees >= 12 && committees < sizes.length / 14 && rnd.nextInt(3) > 0) {
				int take = Math.min(3 + rnd.nextInt(6), sizes.length - inCommittees - 8);
				if (take < 3) {
					break;
				}
				groups.add(Arrays.copyOfRange(sizes, sizes.length - inCommittees - take, sizes.length - inCommittees));
				inCommittees += take;
				committees++;
			}
			int[] direct = Arrays.copyOf(sizes, sizes.length - inCommittees);
			directCells(sink, code, place, urban, p, wording, direct);
			for (int g = 0; g < groups.size(); g++) {
				communeCommittee(sink, code, place, g, groups.get(g), wording);
			}
		}

		private void directCells(Sink sink, String communeCode, String place, boolean urban, Province p, Place wording,
				int[] sizes) {
			Arrays.sort(sizes);
			int n = sizes.length;
			List<CellType> types = new ArrayList<>();
			List<String> names = new ArrayList<>();
			if (n >= 8) {
				// The commune's own agencies are small cells; they take the smallest
				// sizes.
				addFixed(types, names, wording.communeWord());
				int schools = Math.max(1, Math.min(12, (int) Math.round(n * 0.12)));
				int[] perLevel = new int[SCHOOL_LEVELS.length];
				for (int s = 0; s < schools; s++) {
					perLevel[s % SCHOOL_LEVELS.length]++;
				}
				for (int level = 0; level < SCHOOL_LEVELS.length; level++) {
					for (int k = 1; k <= perLevel[level]; k++) {
						types.add(CellType.SCHOOL);
						names.add("Chi bộ Trường " + SCHOOL_LEVELS[level] + " " + place
								+ (perLevel[level] > 1 ? " " + k : ""));
					}
				}
			}
			else {
				types.add(CellType.COMMUNE_AGENCY);
				names.add("Chi bộ Cơ quan Ủy ban nhân dân " + wording.communeWord());
			}
			residentialNames(names, types, n - types.size(), urban, p);
			for (int i = 0; i < n; i++) {
				String code = communeCode + ".CB" + twoDigits(i + 1);
				sink.unit(new GeneratedUnit(code, names.get(i), "CELL", communeCode, "CB", REORGANISED, null));
				factory.cell(sink, code, types.get(i), sizes[i], wording);
			}
		}

		private void residentialNames(List<String> names, List<CellType> types, int count, boolean urban, Province p) {
			if (urban) {
				for (int k = 1; k <= count; k++) {
					types.add(CellType.WARD_QUARTER);
					names.add("Chi bộ " + p.quarterWord() + " " + k);
				}
				return;
			}
			Set<String> used = new HashSet<>();
			int added = 0;
			while (added < count) {
				String hamlet = Places.hamletName(rnd, p.south());
				if (!used.add(hamlet)) {
					continue;
				}
				// Large hamlets are split and numbered: "Vĩnh Lộc 1", "Vĩnh Lộc 2".
				int parts = count - added >= 2 && rnd.nextInt(5) == 0 ? 2 + rnd.nextInt(2) : 1;
				parts = Math.min(parts, count - added);
				for (int k = 1; k <= parts; k++) {
					types.add(CellType.HAMLET);
					names.add("Chi bộ " + p.hamletWord() + " " + hamlet + (parts > 1 ? " " + k : ""));
					added++;
				}
			}
		}

		private void communeCommittee(Sink sink, String communeCode, String place, int index, int[] sizes,
				Place wording) {
			CommitteeTemplate t = COMMUNE_COMMITTEES[index % COMMUNE_COMMITTEES.length];
			String suffix = index >= COMMUNE_COMMITTEES.length ? " " + (index / COMMUNE_COMMITTEES.length + 1) : "";
			String code = communeCode + ".DU" + (index + 1);
			sink.unit(new GeneratedUnit(code, "Đảng ủy cơ sở " + t.name.replace("{P}", place) + suffix,
					"GRASSROOTS_COMMITTEE", communeCode, "ĐU", REORGANISED, null));
			for (int i = 0; i < sizes.length; i++) {
				String cellCode = code + ".CB" + twoDigits(i + 1);
				sink.unit(new GeneratedUnit(cellCode,
						"Chi bộ " + t.cells[i % t.cells.length]
								+ (i >= t.cells.length ? " " + (i / t.cells.length + 1) : ""),
						"CELL", code, "CB", REORGANISED, null));
				factory.cell(sink, cellCode, t.type, sizes[i], wording);
			}
		}

		private void bloc(Sink sink, Province p, long budget) {
			String blocCode = p.code() + ".DUK";
			sink.unit(new GeneratedUnit(blocCode,
					"Đảng ủy Khối Cơ quan và Doanh nghiệp " + (p.city() ? "thành phố" : "tỉnh"), "BLOC_COMMITTEE",
					p.code(), "ĐUK", REORGANISED, null));
			if (budget == 0) {
				return;
			}
			int[] sizes = cellSizes(budget, rnd);
			int at = 0;
			int committees = 0;
			int cells = 0;
			Set<String> names = new HashSet<>();
			while (at < sizes.length) {
				int left = sizes.length - at;
				if (left >= 3 && rnd.nextInt(2) == 0) {
					int take = Math.min(left, 3 + rnd.nextInt(6));
					blocCommittee(sink, blocCode, committees++, Arrays.copyOfRange(sizes, at, at + take), names);
					at += take;
				}
				else {
					String name;
					CellType type;
					if (cells < BLOC_CELLS.length) {
						name = BLOC_CELLS[cells];
						type = CellType.AGENCY;
					}
					else {
						do {
							name = "Trường THPT " + Places.placeName(rnd);
						}
						while (!names.add(name));
						type = CellType.SCHOOL;
					}
					cells++;
					String code = blocCode + ".CB" + threeDigits(cells);
					sink.unit(new GeneratedUnit(code, "Chi bộ " + name, "GRASSROOTS_CELL", blocCode, "CB", REORGANISED,
							null));
					factory.cell(sink, code, type, sizes[at++], Place.DEFAULT);
				}
			}
		}

		private void blocCommittee(Sink sink, String blocCode, int index, int[] sizes, Set<String> names) {
			String name;
			CommitteeTemplate t;
			if (index < BLOC_COMMITTEES.length) {
				t = BLOC_COMMITTEES[index];
				name = t.name;
			}
			else {
				t = REGIONAL_HEALTH;
				do {
					name = t.name.replace("{P}", Places.placeName(rnd));
				}
				while (!names.add(name));
			}
			String code = blocCode + ".D" + twoDigits(index + 1);
			sink.unit(new GeneratedUnit(code, "Đảng ủy " + name, "GRASSROOTS_COMMITTEE", blocCode, "ĐU", REORGANISED,
					null));
			// Big institutions group some cells under a sub-committee (đảng bộ bộ phận).
			int underSub = sizes.length >= 6 && rnd.nextInt(2) == 0 ? 3 : 0;
			String subCode = code + ".B1";
			if (underSub > 0) {
				sink.unit(new GeneratedUnit(subCode, "Đảng bộ bộ phận " + t.subName, "SUB_COMMITTEE", code, "ĐU",
						REORGANISED, null));
			}
			for (int i = 0; i < sizes.length; i++) {
				String parent = i < underSub ? subCode : code;
				String cellCode = parent + ".CB" + twoDigits(i + 1);
				sink.unit(new GeneratedUnit(cellCode,
						"Chi bộ " + t.cells[i % t.cells.length]
								+ (i >= t.cells.length ? " " + (i / t.cells.length + 1) : ""),
						"CELL", parent, "CB", REORGANISED, null));
				factory.cell(sink, cellCode, t.type, sizes[i], Place.DEFAULT);
			}
		}

	}

	private static void addFixed(List<CellType> types, List<String> names, String communeWord) {
		types.add(CellType.MILITARY);
		names.add("Chi bộ Quân sự " + communeWord);
		types.add(CellType.POLICE);
		names.add("Chi bộ Công an " + communeWord);
		types.add(CellType.HEALTH_STATION);
		names.add("Chi bộ Trạm Y tế " + communeWord);
		types.add(CellType.PARTY_FRONT);
		names.add("Chi bộ Cơ quan Đảng, Mặt trận và các đoàn thể " + communeWord);
		types.add(CellType.COMMUNE_AGENCY);
		names.add("Chi bộ Cơ quan Ủy ban nhân dân " + communeWord);
	}

	private static final String[] SCHOOL_LEVELS = { "Tiểu học", "Mầm non", "THCS", "THPT" };

	private record CommitteeTemplate(String name, CellType type, String subName, String... cells) {
	}

	private static final String[] HOSPITAL_CELLS = { "Khoa Khám bệnh", "Khoa Nội", "Khoa Ngoại - Sản", "Khoa Nhi",
			"Khoa Hồi sức cấp cứu", "Khoa Dược - Cận lâm sàng", "Khoa Y tế công cộng", "Phòng Hành chính - Tổng hợp" };

	private static final String[] AGENCY_CELLS = { "Văn phòng", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ",
			"Thanh tra", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2", "Trung tâm Dịch vụ",
			"Chi cục Quản lý chuyên ngành" };

	private static final String[] ENTERPRISE_CELLS = { "Phòng Tổ chức - Hành chính", "Phòng Kế toán - Tài chính",
			"Phòng Kinh doanh", "Phân xưởng Chế biến 1", "Phân xưởng Chế biến 2", "Phòng Kỹ thuật",
			"Phân xưởng Cơ điện", "Tổ Bảo vệ" };

	private static final String[] SCHOOL_CELLS = { "Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Ngoại ngữ",
			"Tổ Vật lý - Công nghệ", "Tổ Hóa - Sinh", "Tổ Lịch sử - Địa lý", "Tổ Giáo dục thể chất - Quốc phòng",
			"Tổ Văn phòng" };

	private static final CommitteeTemplate[] COMMUNE_COMMITTEES = {
			new CommitteeTemplate("Trung tâm Y tế khu vực {P}", CellType.HOSPITAL_DEPT, "Khối Lâm sàng",
					HOSPITAL_CELLS),
			new CommitteeTemplate("Trường THPT {P}", CellType.SCHOOL, "Khối Chuyên môn", SCHOOL_CELLS),
			new CommitteeTemplate("Công ty Cổ phần Chế biến Thủy sản {P}", CellType.ENTERPRISE, "Khối Sản xuất",
					ENTERPRISE_CELLS),
			new CommitteeTemplate("Hợp tác xã Nông nghiệp {P}", CellType.ENTERPRISE, "Khối Sản xuất",
					"Tổ sản xuất số 1", "Tổ sản xuất số 2", "Tổ sản xuất số 3", "Tổ sản xuất số 4", "Tổ Dịch vụ",
					"Tổ Kỹ thuật", "Bộ phận Văn phòng", "Tổ Thủy lợi") };

	private static final CommitteeTemplate REGIONAL_HEALTH = new CommitteeTemplate("Trung tâm Y tế khu vực {P}",
			CellType.HOSPITAL_DEPT, "Khối Lâm sàng", HOSPITAL_CELLS);

	private static final CommitteeTemplate[] BLOC_COMMITTEES = {
			new CommitteeTemplate("Sở Giáo dục và Đào tạo", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS),
			new CommitteeTemplate("Sở Y tế", CellType.AGENCY, "Khối Chi cục", AGENCY_CELLS),
			new CommitteeTemplate("Bệnh viện Đa khoa tỉnh", CellType.HOSPITAL_DEPT, "Khối Nội", HOSPITAL_CELLS),
			new CommitteeTemplate("Sở Tài chính", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS),
			new CommitteeTemplate("Sở Nông nghiệp và Môi trường", CellType.AGENCY, "Khối Chi cục", AGENCY_CELLS),
			new CommitteeTemplate("Sở Xây dựng", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS),
			new CommitteeTemplate("Sở Công Thương", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS),
			new CommitteeTemplate("Sở Nội vụ", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS),
			new CommitteeTemplate("Sở Văn hóa, Thể thao và Du lịch", CellType.AGENCY, "Khối Đơn vị sự nghiệp",
					AGENCY_CELLS),
			new CommitteeTemplate("Bệnh viện Sản - Nhi", CellType.HOSPITAL_DEPT, "Khối Lâm sàng", HOSPITAL_CELLS),
			new CommitteeTemplate("Trường Cao đẳng Kỹ thuật - Công nghệ", CellType.SCHOOL, "Khối Khoa", "Khoa Cơ khí",
					"Khoa Điện - Điện tử", "Khoa Công nghệ thông tin", "Khoa Kinh tế", "Khoa Nông nghiệp",
					"Phòng Đào tạo", "Phòng Tổ chức - Hành chính", "Khoa Khoa học cơ bản"),
			new CommitteeTemplate("Công ty Điện lực", CellType.ENTERPRISE, "Khối Điện lực khu vực", "Phòng Kỹ thuật",
					"Phòng Kinh doanh", "Phòng Tổng hợp", "Điện lực khu vực 1", "Điện lực khu vực 2",
					"Điện lực khu vực 3", "Đội Quản lý vận hành lưới điện", "Phòng Tài chính - Kế toán"),
			new CommitteeTemplate("Báo và Phát thanh, Truyền hình", CellType.AGENCY, "Khối Nội dung", "Ban Thời sự",
					"Ban Biên tập Báo in", "Ban Điện tử", "Ban Kỹ thuật - Công nghệ", "Phòng Hành chính - Trị sự",
					"Ban Văn nghệ - Giải trí", "Ban Chuyên đề", "Phòng Quảng cáo - Dịch vụ"),
			new CommitteeTemplate("Sở Khoa học và Công nghệ", CellType.AGENCY, "Khối Phòng chuyên môn", AGENCY_CELLS) };

	private static final String[] BLOC_CELLS = { "Sở Tư pháp", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh",
			"Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý các khu công nghiệp", "Liên minh Hợp tác xã",
			"Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch", "Quỹ Đầu tư phát triển", "Đài Khí tượng Thủy văn",
			"Công ty Xổ số kiến thiết", "Công ty Cấp thoát nước", "Trường Chính trị",
			"Ban Quản lý dự án đầu tư xây dựng", "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
			"Kho bạc Nhà nước khu vực", "Bảo hiểm xã hội tỉnh" };

	// ------------------------------------------------------------------------------------------------
	// demo

	private record DemoCommune(String code, String name, String[] residential, String[] schools) {
	}

	private record DemoDistrict(String code, String name, DemoCommune... communes) {
	}

	private static final DemoDistrict[] DEMO = {
			new DemoDistrict("KG.VT", "Huyện ủy Vĩnh Thuận",
					new DemoCommune("KG.VT.TTVT", "Đảng ủy thị trấn Vĩnh Thuận", kp("khu phố", 5),
							arr("Trường Mầm non Vĩnh Thuận", "Trường THCS thị trấn Vĩnh Thuận")),
					new DemoCommune("KG.VT.VBB", "Đảng ủy xã Vĩnh Bình Bắc",
							arr("ấp Vĩnh Lộc 1", "ấp Vĩnh Lộc 2", "ấp Vĩnh Thạnh", "ấp Vĩnh Tiến", "ấp Bình Phong"),
							arr("Trường Tiểu học Vĩnh Bình Bắc 1", "Trường THCS Vĩnh Bình Bắc")),
					new DemoCommune("KG.VT.VP", "Đảng ủy xã Vĩnh Phong",
							arr("ấp Vĩnh Phước", "ấp Vĩnh Đông", "ấp Vĩnh Hòa", "ấp Kinh Năm"),
							arr("Trường Tiểu học Vĩnh Phong")),
					new DemoCommune("KG.VT.PD", "Đảng ủy xã Phong Đông",
							arr("ấp Cái Chanh", "ấp Vĩnh Lập", "ấp Phong Thạnh", "ấp Xẻo Rô"),
							arr("Trường Tiểu học Phong Đông", "Trường THCS Phong Đông")),
					new DemoCommune("KG.VT.TT", "Đảng ủy xã Tân Thuận",
							arr("ấp Tân Phước", "ấp Đường Xuồng", "ấp Tân Bình", "ấp Kinh Củ"),
							arr("Trường THCS Tân Thuận 1")),
					new DemoCommune("KG.VT.BM", "Đảng ủy xã Bình Minh",
							arr("ấp Bình Minh", "ấp Bình Thành", "ấp Bình Hòa", "ấp Đông Thành"),
							arr("Trường Tiểu học Bình Minh"))),
			new DemoDistrict("KG.GT", "Huyện ủy Giồng Trôm",
					new DemoCommune("KG.GT.TTGT", "Đảng ủy thị trấn Giồng Trôm", kp("khu phố", 4),
							arr("Trường THCS thị trấn Giồng Trôm")),
					new DemoCommune("KG.GT.BT", "Đảng ủy xã Bình Thành",
							arr("ấp Bình Lợi", "ấp Bình Thuận", "ấp Bình Đông", "ấp Bình Tây"),
							arr("Trường Tiểu học Bình Thành")),
					new DemoCommune("KG.GT.MT", "Đảng ủy xã Mỹ Thạnh",
							arr("ấp Bến Đò", "ấp Nghĩa Huấn", "ấp Mỹ Hòa", "ấp Mỹ Lợi", "ấp Thạnh Phú"),
							arr("Trường Tiểu học Mỹ Thạnh", "Trường THCS Mỹ Thạnh")),
					new DemoCommune("KG.GT.LH", "Đảng ủy xã Lương Hòa",
							arr("ấp Lương Phú", "ấp Lương Thạnh", "ấp Phú Hưng", "ấp Hòa Thuận"),
							arr("Trường Tiểu học Lương Hòa"))),
			new DemoDistrict("KG.CN", "Huyện ủy Cầu Ngang",
					new DemoCommune("KG.CN.TTCN", "Đảng ủy thị trấn Cầu Ngang", kp("khóm", 4),
							arr("Trường THCS thị trấn Cầu Ngang")),
					new DemoCommune("KG.CN.NT", "Đảng ủy xã Nhị Trường",
							arr("ấp Giồng Lớn", "ấp Nô Công", "ấp Bông Ven", "ấp Ba So"),
							arr("Trường Tiểu học Nhị Trường")),
					new DemoCommune("KG.CN.HM", "Đảng ủy xã Hiệp Mỹ",
							arr("ấp Hiệp Mỹ Đông", "ấp Hiệp Mỹ Tây", "ấp Cái Già", "ấp Chà Và"),
							arr("Trường Tiểu học Hiệp Mỹ"))) };

	private static final List<MergePlan> DEMO_MERGES = List.of(
			new MergePlan("KG.VTH", "Đảng ủy xã Vĩnh Thuận", List.of("KG.VT.TTVT", "KG.VT.VBB", "KG.VT.VP"),
					REORGANISED),
			new MergePlan("KG.BMI", "Đảng ủy xã Bình Minh", List.of("KG.VT.BM", "KG.VT.PD", "KG.VT.TT"), REORGANISED),
			new MergePlan("KG.GTR", "Đảng ủy xã Giồng Trôm", List.of("KG.GT.TTGT", "KG.GT.BT"), REORGANISED),
			new MergePlan("KG.LHO", "Đảng ủy xã Lương Hòa", List.of("KG.GT.MT", "KG.GT.LH"), REORGANISED),
			new MergePlan("KG.CNG", "Đảng ủy xã Cầu Ngang", List.of("KG.CN.TTCN", "KG.CN.NT", "KG.CN.HM"),
					REORGANISED));

	/**
	 * How the demo loader merges the demo's communes on 1 July 2025: each plan's sources
	 * close and its target opens directly under "Tỉnh ủy Kiên Giang" (KG). Every demo
	 * commune is a source of exactly one plan.
	 */
	public static List<MergePlan> demoMergePlan() {
		return DEMO_MERGES;
	}

	/**
	 * The seed-000 exemplars ("Lê Văn Thắng" in ấp Cái Chanh…) and a few common homonyms,
	 * put into fixed demo cells so the evaluation data always shows them and so search
	 * must tell same-named members apart.
	 */
	private record Exemplar(String cellName, String communeCode, String fullName, boolean male, String duties) {
	}

	private static final List<Exemplar> EXEMPLARS = List.of(new Exemplar("Chi bộ ấp Cái Chanh", "KG.VT.PD",
			"Lê Văn Thắng", true,
			"Cựu chiến binh ấp, phấn đấu vươn lên tự xin thoát nghèo; hiến đất xây dựng, mở rộng đường ở ấp Cái Chanh."),
			new Exemplar("Chi bộ ấp Phong Thạnh", "KG.VT.PD", "Võ Văn Thắng", true,
					"Hiến đất xây dựng Nhà văn hóa xã, vận động bà con tham gia xây dựng nông thôn mới."),
			new Exemplar("Chi bộ ấp Vĩnh Lập", "KG.VT.PD", "Nguyễn Thị Quý", false,
					"Hội viên chi hội Phụ nữ ấp, vận động mạnh thường quân tặng quà hộ nghèo, cận nghèo và học sinh có hoàn cảnh khó khăn."),
			new Exemplar("Chi bộ ấp Vĩnh Lộc 1", "KG.VT.VBB", "Nguyễn Văn Thắng", true, null),
			new Exemplar("Chi bộ Trường Tiểu học Mỹ Thạnh", "KG.GT.MT", "Trần Thị Hòa", false, null),
			new Exemplar("Chi bộ ấp Mỹ Hòa", "KG.GT.MT", "Nguyễn Văn Thắng", true, null));

	private record DemoCell(String code, String name, String parent, String kind, CellType type, Place place) {
	}

	private final class Demo {

		private final SplittableRandom rnd;

		private final MemberFactory factory;

		Demo(SplittableRandom rnd, MemberFactory factory) {
			this.rnd = rnd;
			this.factory = factory;
		}

		void generate(Sink sink) {
			String province = "KG";
			List<GeneratedUnit> committees = new ArrayList<>();
			Map<String, List<DemoCell>> cellsByParent = new HashMap<>();
			List<DemoCell> all = new ArrayList<>();
			committees.add(unit(province, "Tỉnh ủy Kiên Giang", "PROVINCIAL_COMMITTEE", null, "TU"));
			String bloc = province + ".DUK";
			committees.add(unit(bloc, "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", province, "ĐUK"));
			String[] blocCells = { "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nông nghiệp và Môi trường",
					"Báo và Phát thanh, Truyền hình Kiên Giang", "Kho bạc Nhà nước khu vực" };
			for (int i = 0; i < blocCells.length; i++) {
				all.add(new DemoCell(bloc + ".CB" + threeDigits(i + 1), "Chi bộ " + blocCells[i], bloc,
						"GRASSROOTS_CELL", CellType.AGENCY, Place.DEFAULT));
			}
			String hospital = bloc + ".D01";
			committees.add(unit(hospital, "Đảng ủy Bệnh viện Đa khoa tỉnh", "GRASSROOTS_COMMITTEE", bloc, "ĐU"));
			for (int i = 0; i < 4; i++) {
				all.add(new DemoCell(hospital + ".CB" + twoDigits(i + 1), "Chi bộ " + HOSPITAL_CELLS[i], hospital,
						"CELL", CellType.HOSPITAL_DEPT, Place.DEFAULT));
			}
			for (DemoDistrict d : DEMO) {
				committees.add(unit(d.code, d.name, "DISTRICT_COMMITTEE", province, "HU"));
				for (DemoCommune c : d.communes) {
					committees.add(unit(c.code, c.name, "COMMUNE_COMMITTEE", d.code, "ĐU"));
					String word = c.name.contains("thị trấn") ? "thị trấn" : "xã";
					Place place = new Place(word, "ấp", c.residential[0].startsWith("khóm") ? "khóm" : "khu phố");
					List<CellType> types = new ArrayList<>();
					List<String> names = new ArrayList<>();
					addFixed(types, names, word);
					for (String s : c.schools) {
						types.add(CellType.SCHOOL);
						names.add("Chi bộ " + s);
					}
					for (String r : c.residential) {
						types.add(r.startsWith("ấp") ? CellType.HAMLET : CellType.WARD_QUARTER);
						names.add("Chi bộ " + r);
					}
					for (int i = 0; i < names.size(); i++) {
						all.add(new DemoCell(c.code + ".CB" + twoDigits(i + 1), names.get(i), c.code, "CELL",
								types.get(i), place));
					}
				}
			}
			for (DemoCell cell : all) {
				cellsByParent.computeIfAbsent(cell.parent, k -> new ArrayList<>()).add(cell);
			}

			double[] weights = new double[all.size()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = typeWeight(all.get(i).type) * Math.exp(0.3 * rnd.nextGaussian());
			}
			int[] sizes = clampSizes(toInts(split(DEMO_MEMBERS, weights)));
			Map<String, Integer> sizeOf = new HashMap<>();
			for (int i = 0; i < all.size(); i++) {
				sizeOf.put(all.get(i).code, sizes[i]);
			}

			Sink withExemplars = new ExemplarSink(sink, all);
			factory.startProvince(DEMO_CARD_PREFIX, DEMO_MEMBERS);
			for (GeneratedUnit u : committees) {
				sink.unit(u);
				for (DemoCell cell : cellsByParent.getOrDefault(u.code(), List.of())) {
					sink.unit(unit(cell.code, cell.name, cell.kind, cell.parent, "CB"));
					factory.cell(withExemplars, cell.code, cell.type, sizeOf.get(cell.code), cell.place);
				}
			}
		}

		private GeneratedUnit unit(String code, String name, String kind, String parent, String abbreviation) {
			return new GeneratedUnit(code, name, kind, parent, abbreviation, DEMO_FROM, null);
		}

		private double typeWeight(CellType type) {
			return switch (type) {
				case HAMLET, WARD_QUARTER -> 1.3;
				case SCHOOL, AGENCY, HOSPITAL_DEPT -> 0.85;
				case COMMUNE_AGENCY -> 0.7;
				case PARTY_FRONT -> 0.55;
				default -> 0.45;
			};
		}

	}

	/**
	 * Renames the last ordinary members of the exemplar cells; leaves everyone else
	 * untouched.
	 */
	private static final class ExemplarSink implements Sink {

		private final Sink target;

		private final Map<String, List<Exemplar>> byCell = new HashMap<>();

		private final Map<String, Integer> seen = new HashMap<>();

		ExemplarSink(Sink target, List<DemoCell> cells) {
			this.target = target;
			for (DemoCell cell : cells) {
				for (Exemplar e : EXEMPLARS) {
					if (e.cellName.equals(cell.name()) && e.communeCode.equals(cell.parent())) {
						byCell.computeIfAbsent(cell.code(), k -> new ArrayList<>()).add(e);
					}
				}
			}
		}

		@Override
		public void unit(GeneratedUnit u) {
			target.unit(u);
		}

		@Override
		public void member(GeneratedMember m) {
			List<Exemplar> list = byCell.get(m.unitCode());
			int index = seen.merge(m.unitCode(), 1, Integer::sum) - 1;
			// Members 5, 6, … of a cell are never its secretary, deputy or committee
			// members.
			if (list != null && index >= 5 && index - 5 < list.size()) {
				Exemplar e = list.get(index - 5);
				m = new GeneratedMember(e.fullName, e.male ? "MALE" : "FEMALE", m.birthDate(), m.cardNumber(),
						m.joinDate(), m.fullMemberDate(), m.unitCode(), e.duties == null ? m.position() : "Đảng viên",
						e.duties == null ? m.duties() : e.duties, "ACTIVE", m.statusSince(), false);
			}
			target.member(m);
		}

	}

	// ------------------------------------------------------------------------------------------------
	// numbers

	/**
	 * Splits {@code total} in proportion to {@code weights}; the parts sum to exactly
	 * {@code total}.
	 */
	static long[] split(long total, double[] weights) {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		long[] parts = new long[weights.length];
		double cumulative = 0;
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			cumulative += weights[i];
			long upTo = i == weights.length - 1 ? total : Math.round(total * (cumulative / sum));
			parts[i] = upTo - given;
			given = upTo;
		}
		return parts;
	}

	private static double[] weights(SplittableRandom r, int n, double lo, double hi) {
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			w[i] = lo + (hi - lo) * r.nextDouble();
		}
		return w;
	}

	/**
	 * Cell sizes between 8 and 60 averaging about 27, summing to exactly {@code total}.
	 */
	static int[] cellSizes(long total, SplittableRandom rnd) {
		if (total <= 0) {
			return new int[0];
		}
		if (total < MIN_CELL) {
			return new int[] { (int) total };
		}
		long k = Math.round(total / MEAN_CELL);
		k = Math.max(k, (total + MAX_CELL - 1) / MAX_CELL);
		k = Math.max(1, Math.min(k, total / MIN_CELL));
		double[] w = new double[(int) k];
		for (int i = 0; i < w.length; i++) {
			w[i] = Math.exp(0.45 * rnd.nextGaussian());
		}
		return clampSizes(toInts(split(total, w)));
	}

	/**
	 * Moves members between cells until every size lies in [8, 60]; the total is kept.
	 */
	static int[] clampSizes(int[] sizes) {
		for (int i = 0; i < sizes.length; i++) {
			while (sizes[i] < MIN_CELL) {
				int j = argmax(sizes);
				if (sizes[j] <= MIN_CELL) {
					break;
				}
				sizes[j]--;
				sizes[i]++;
			}
			while (sizes[i] > MAX_CELL) {
				int j = argmin(sizes);
				if (sizes[j] >= MAX_CELL) {
					break;
				}
				sizes[j]++;
				sizes[i]--;
			}
		}
		return sizes;
	}

	private static int argmax(int[] a) {
		int best = 0;
		for (int i = 1; i < a.length; i++) {
			if (a[i] > a[best]) {
				best = i;
			}
		}
		return best;
	}

	private static int argmin(int[] a) {
		int best = 0;
		for (int i = 1; i < a.length; i++) {
			if (a[i] < a[best]) {
				best = i;
			}
		}
		return best;
	}

	private static int[] toInts(long[] parts) {
		int[] out = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			out[i] = (int) parts[i];
		}
		return out;
	}

	private static String unique(String code, Set<String> codes) {
		String candidate = code;
		for (int n = 2; !codes.add(candidate); n++) {
			candidate = code + n;
		}
		return candidate;
	}

	private static String twoDigits(int n) {
		return n < 10 ? "0" + n : Integer.toString(n);
	}

	private static String threeDigits(int n) {
		return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
	}

	private static String[] arr(String... s) {
		return s;
	}

	private static String[] kp(String word, int n) {
		String[] out = new String[n];
		for (int i = 0; i < n; i++) {
			out[i] = word + " " + (i + 1);
		}
		return out;
	}

}
