package vn.tuyengiao.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the members of one cell at a time, so nothing but the current cell is ever held
 * in memory.
 */
final class MemberFactory {

	static final String SECRETARY = "Bí thư chi bộ";

	static final String DEPUTY = "Phó Bí thư chi bộ";

	static final String COMMITTEE_MEMBER = "Chi ủy viên";

	static final String RETIRED = "Cán bộ hưu trí";

	private static final long FIRST_BIRTH = LocalDate.of(1940, 1, 1).toEpochDay();

	private static final long LAST_BIRTH = LocalDate.of(2002, 12, 31).toEpochDay();

	private static final long FIRST_JOIN = LocalDate.of(1950, 1, 1).toEpochDay();

	private static final String[] COMMITTEE_DUTIES = {
			"Phụ trách công tác tổ chức, theo dõi việc viết và thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên.",
			"Phụ trách công tác tuyên giáo, theo dõi việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của đảng viên.",
			"Phụ trách công tác kiểm tra, giám sát và công tác dân vận, nắm tình hình dư luận xã hội.",
			"Phụ trách công tác đảng phí, quản lý hồ sơ đảng viên và ghi biên bản sinh hoạt chi bộ." };

	private static final String SECRETARY_DUTIES = "Lãnh đạo toàn diện hoạt động của chi bộ, chủ trì sinh hoạt chi bộ hằng tháng.";

	private static final String[] SECRETARY_AND_HEAD_DUTIES = new String[CellType.values().length];

	static {
		for (CellType t : CellType.values()) {
			if (t.heads.length > 0) {
				SECRETARY_AND_HEAD_DUTIES[t.ordinal()] = SECRETARY_DUTIES.substring(0, SECRETARY_DUTIES.length() - 1)
						+ "; đồng thời là " + t.heads[0][0] + ".";
			}
		}
	}

	private static final String[] RETIRED_DUTIES = {
			"Tham gia sinh hoạt chi bộ nơi cư trú, truyền thụ kinh nghiệm, vận động con cháu chấp hành tốt chủ trương, chính sách.",
			"Gương mẫu ở nơi cư trú, tham gia hòa giải ở cơ sở, đóng góp ý kiến xây dựng Đảng, xây dựng chính quyền.",
			"Tham gia Hội Cựu chiến binh, Hội Người cao tuổi, giáo dục truyền thống cách mạng cho thế hệ trẻ." };

	// "xã hội" (society) is not the commune, and "cấp" is not the hamlet "ấp".
	private static final Pattern COMMUNE_WORD = Pattern.compile("(?<!\\p{L})xã(?! hội)(?!\\p{L})");

	private static final Pattern HAMLET_WORD = Pattern.compile("(?<!\\p{L})ấp(?!\\p{L})");

	private final SplittableRandom rnd;

	private final long today;

	private String cardPrefix = "00";

	private int nextCard;

	private int cardStride = 1;

	private long produced;

	// Positions and duties are written for "xã" and "ấp"; wards, special zones and the
	// north use other words, and
	// the handful of combinations is cached so the rewrite costs nothing per member.
	private final Map<Place, Map<String, String>> localized = new HashMap<>();

	MemberFactory(SplittableRandom rnd, LocalDate asOf) {
		this.rnd = rnd;
		this.today = asOf.toEpochDay();
	}

	long produced() {
		return produced;
	}

	/**
	 * Card numbers run from a random start with small random gaps, within room for the
	 * whole province.
	 */
	void startProvince(String prefix, long members) {
		cardPrefix = prefix;
		int room = 999_999 - 1;
		int start = 1 + rnd.nextInt(Math.max(1, (int) Math.min(50_000, room - members)));
		nextCard = start;
		cardStride = (int) Math.max(1, Math.min(3, (999_999 - start) / Math.max(1, members)));
		if (start + members * (long) cardStride > 999_999) {
			throw new IllegalArgumentException("Too many members for one province: " + members);
		}
	}

	/**
	 * Where a cell sits, for the wording of positions: "xã"/"phường"/"đặc khu" and
	 * "ấp"/"thôn"/"khóm".
	 */
	record Place(String communeWord, String hamletWord, String quarterWord) {

		static final Place DEFAULT = new Place("xã", "ấp", "khu phố");

	}

	void cell(TreeGenerator.Sink sink, String unitCode, CellType type, int size, Place place) {
		String[][] heads = type.heads;
		// Hamlet secretaries are often the hamlet head or a retired cadre; in schools and
		// agencies the head of the
		// institution usually leads the cell.
		boolean secretaryIsHead = heads.length > 0 && rnd.nextInt(100) < (type.residential ? 35 : 70);
		int committee = size > 30 ? 3 : size > 9 ? 1 : 0;
		int nextHead = secretaryIsHead ? 1 : 0;
		int dutyOffset = rnd.nextInt(COMMITTEE_DUTIES.length);
		// Positions and duties are constants, so identity lookups suffice.
		Map<String, String> words = place.equals(Place.DEFAULT) ? null
				: localized.computeIfAbsent(place, k -> new IdentityHashMap<>());
		for (int i = 0; i < size; i++) {
			String position;
			String duties;
			boolean leader = true;
			boolean heldHead = false;
			if (i == 0) {
				position = SECRETARY;
				duties = secretaryIsHead ? SECRETARY_AND_HEAD_DUTIES[type.ordinal()] : SECRETARY_DUTIES;
				heldHead = secretaryIsHead;
			}
			else if (i == 1 && size > 9) {
				position = DEPUTY;
				duties = "Giúp Bí thư điều hành công việc của chi bộ, phụ trách công tác tuyên giáo và kiểm tra, giám sát.";
			}
			else if (i >= 2 && i < 2 + committee && size > 9) {
				position = COMMITTEE_MEMBER;
				duties = COMMITTEE_DUTIES[(i - 2 + dutyOffset) % COMMITTEE_DUTIES.length];
			}
			else if (nextHead < heads.length && rnd.nextInt(4) > 0) {
				position = heads[nextHead][0];
				duties = heads[nextHead][1];
				nextHead++;
				heldHead = true;
			}
			else {
				position = null;
				duties = null;
				leader = false;
			}
			boolean retired = type.retiredPercent > 0 && !heldHead
					&& rnd.nextInt(100) < type.retiredPercent + (leader ? 10 : 0);
			if (position == null) {
				if (retired) {
					position = RETIRED;
					duties = RETIRED_DUTIES[rnd.nextInt(RETIRED_DUTIES.length)];
				}
				else {
					position = type.pickJob(rnd);
					duties = type.dutiesOf(position);
				}
			}
			sink.member(make(unitCode, type, position, duties, leader || heldHead, retired, place, words));
		}
	}

	private GeneratedMember make(String unitCode, CellType type, String position, String duties, boolean leader,
			boolean retired, Place place, Map<String, String> words) {
		boolean male;
		if (position.contains("Phụ nữ") || position.equals("Nữ hộ sinh")) {
			male = false;
		}
		else {
			int female = retired ? 25 : type.femalePercent;
			male = rnd.nextInt(100) >= female;
		}
		String name = VietnameseNames.fullName(rnd, male);

		int age;
		if (retired) {
			age = 60 + triangular(0, 26);
		}
		else {
			age = triangular(leader ? Math.max(type.minAge, 28) : type.minAge, type.maxAge);
		}
		long birthLatest = Math.min(LAST_BIRTH, today - (long) (age * 365.25));
		long birthEarliest = Math.max(FIRST_BIRTH, birthLatest - 364);
		long birth = between(birthEarliest, birthLatest);

		// Most join in their twenties; leaders have been members long enough to hold
		// office.
		long joinEarliest = Math.max(FIRST_JOIN, plusYears(birth, 18));
		long joinLatest = Math.min(today, plusYears(birth, retired ? 35 : 50));
		if (leader) {
			joinLatest = Math.min(joinLatest, today - 3 * 365);
		}
		if (joinLatest < joinEarliest) {
			joinLatest = joinEarliest;
		}
		double u = rnd.nextDouble();
		long join = joinEarliest + (long) ((joinLatest - joinEarliest) * u * u);
		// About one member in thirty was admitted within the last year and is still
		// probationary.
		if (!leader && !retired && joinLatest >= today - 365 && rnd.nextInt(100) < 3) {
			join = between(Math.max(joinEarliest, today - 365), joinLatest);
		}

		Long full = null;
		long afterYear = plusYears(join, 1);
		if (rnd.nextInt(100) < 6) {
			afterYear += 30 + rnd.nextInt(200);
		}
		if (afterYear <= today) {
			full = afterYear;
		}

		String status = "ACTIVE";
		long since;
		if (!leader) {
			status = status(age, retired, type);
		}
		switch (status) {
			case "EXEMPT" -> since = between(Math.max(join, today - 8 * 365), today);
			case "AWAY" -> since = between(Math.max(join, today - 4 * 365), today);
			case "TRANSFERRED_OUT", "DECEASED" -> since = between(Math.max(join, today - 2 * 365), today);
			default -> since = rnd.nextInt(10) < 7 ? join : between(join, today);
		}

		produced++;
		return new GeneratedMember(name, male ? "MALE" : "FEMALE", LocalDate.ofEpochDay(birth), nextCardNumber(),
				LocalDate.ofEpochDay(join), full == null ? null : LocalDate.ofEpochDay(full), unitCode,
				localize(position, place, words), localize(duties, place, words), status, LocalDate.ofEpochDay(since),
				retired);
	}

	// Tuned so a national run gives about 89% active, 6% exempt, 3% away, 1.5%
	// transferred out, 0.5% deceased.
	private String status(int age, boolean retired, CellType type) {
		int r = rnd.nextInt(10_000);
		int deceased = age >= 75 ? 550 : age >= 70 ? 220 : age >= 60 ? 50 : 0;
		if (r < deceased) {
			return "DECEASED";
		}
		r -= deceased;
		int exempt = age >= 75 ? 5000 : age >= 70 ? 2400 : age >= 65 ? 1000 : 250;
		if (r < exempt) {
			return "EXEMPT";
		}
		r -= exempt;
		int away = type.residential && !retired && age < 55 ? 1350 : 0;
		if (r < away) {
			return "AWAY";
		}
		r -= away;
		int transferred = retired ? 60 : 250;
		if (r < transferred) {
			return "TRANSFERRED_OUT";
		}
		return "ACTIVE";
	}

	private String nextCardNumber() {
		int n = nextCard;
		nextCard += cardStride == 1 ? 1 : 1 + rnd.nextInt(cardStride);
		char[] c = new char[8];
		c[0] = cardPrefix.charAt(0);
		c[1] = cardPrefix.charAt(1);
		for (int i = 7; i >= 2; i--) {
			c[i] = (char) ('0' + n % 10);
			n /= 10;
		}
		return new String(c);
	}

	private static String localize(String text, Place place, Map<String, String> words) {
		if (words == null) {
			return text;
		}
		String cached = words.get(text);
		if (cached == null) {
			cached = COMMUNE_WORD.matcher(text).replaceAll(Matcher.quoteReplacement(place.communeWord));
			cached = HAMLET_WORD.matcher(cached).replaceAll(Matcher.quoteReplacement(place.hamletWord));
			cached = cached.replace("khu phố", place.quarterWord);
			words.put(text, cached);
		}
		return cached;
	}

	private int triangular(int lo, int hi) {
		int span = hi - lo;
		return lo + (rnd.nextInt(span + 1) + rnd.nextInt(span + 1)) / 2;
	}

	private long between(long lo, long hi) {
		return hi <= lo ? lo : lo + rnd.nextLong(hi - lo + 1);
	}

	private static long plusYears(long epochDay, int years) {
		return LocalDate.ofEpochDay(epochDay).plusYears(years).toEpochDay();
	}

}
