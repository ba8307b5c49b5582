package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.tuyengiao.meeting.SelfReviewRotation;

/**
 * The demo's year of cell meetings, planned in memory from the cells' rolls before one
 * batched write ({@link DemoMeetingLoader}).
 */
final class DemoMeetingPlan {

	/** A member's cell period joined with one of their status periods. */
	record Period(long memberId, LocalDate cellFrom, LocalDate cellTo, String status, LocalDate statusFrom,
			LocalDate statusTo, String position) {

		boolean onRoll(LocalDate d) {
			return valid(this.cellFrom, this.cellTo, d) && valid(this.statusFrom, this.statusTo, d)
					&& ("ACTIVE".equals(this.status) || excused());
		}

		boolean excused() {
			return "EXEMPT".equals(this.status) || "AWAY".equals(this.status);
		}

		private static boolean valid(LocalDate from, LocalDate to, LocalDate d) {
			return !from.isAfter(d) && (to == null || to.isAfter(d));
		}

	}

	record Seat(long memberId, boolean present, boolean excused, String reason) {
	}

	record Meeting(long cellId, LocalDate heldOn, String kind, String topic, Long chairId, Long secretaryId,
			String followUp, String content, String discussion, String resolution, String story, String lesson,
			boolean documentsSent, boolean completed, int expected, int present, String grade, List<Seat> seats,
			List<Long> reviews) {
	}

	private static final String[][] STORIES = {
			{ "Chiếc đồng hồ", "Mỗi đảng viên làm tốt phần việc được phân công, không so bì việc to việc nhỏ." },
			{ "Đôi dép cao su", "Sống giản dị, tiết kiệm; không chạy theo hình thức." },
			{ "Bác Hồ với việc đúng giờ", "Đi họp, làm việc đúng giờ; giữ lời hứa với dân." },
			{ "Thà mất một bữa ăn chứ không để mất lòng tin",
					"Đã hứa với dân thì phải làm; giữ chữ tín trong công tác." },
			{ "Bài học về tiết kiệm", "Tiết kiệm điện, nước, văn phòng phẩm ở cơ quan và gia đình." },
			{ "Chiếc áo ấm", "Quan tâm đảng viên, hộ nghèo khó khăn trong ấp." },
			{ "Bác Hồ với thiếu nhi", "Chăm lo việc học của con em; vận động trẻ đến trường đủ." },
			{ "Cây vú sữa miền Nam", "Gắn bó với đồng bào, lắng nghe ý kiến của nhân dân." },
			{ "Ba lần Bác về thăm quê", "Không dùng chức vụ để mưu lợi riêng cho gia đình." },
			{ "Bác Hồ rèn luyện sức khỏe", "Rèn luyện sức khỏe để làm việc lâu dài." } };

	private static final String[] CONTENTS = {
			"Thông tin thời sự trong nước, tình hình địa phương; triển khai kế hoạch thu hoạch lúa.",
			"Quán triệt nghị quyết của Đảng ủy xã; đánh giá công tác vận động hộ dân làm đường giao thông nông thôn.",
			"Thông tin thời sự; triển khai phòng, chống dịch bệnh trên cây trồng, vật nuôi.",
			"Đánh giá kết quả thu bảo hiểm y tế hộ gia đình; vận động hộ nghèo vươn lên thoát nghèo." };

	private static final String[] RESOLUTIONS = { "Vận động 100% hộ đảng viên tham gia ngày chủ nhật xanh.",
			"Hoàn thành nạo vét kênh nội đồng trước ngày 30.", "Mỗi đảng viên vận động 02 hộ tham gia bảo hiểm y tế.",
			"Tổ chức thăm hỏi hộ gia đình chính sách trong ấp." };

	private static final String[] TOPICS = {
			"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự lực, tự cường",
			"Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW", "Xây dựng nông thôn mới nâng cao ở ấp",
			"Phòng, chống tham nhũng, tiêu cực ở cơ sở" };

	private static final String[] REASONS = { "Ốm", "Đi công tác", "Bận việc gia đình", "Đi khám bệnh", null };

	private static final String[] GRADES = { "GOOD", "GOOD", "FAIR", "FAIR", "FAIR", "AVERAGE" };

	private final Random random;

	private final LocalDate today;

	private final long bithuCell;

	private final List<Meeting> meetings = new ArrayList<>();

	private int communeIndex;

	DemoMeetingPlan(Random random, LocalDate today, long bithuCell) {
		this.random = random;
		this.today = today;
		this.bithuCell = bithuCell;
	}

	List<Meeting> meetings() {
		return this.meetings;
	}

	void commune(Map<Long, List<Period>> cells, boolean laggingOnThematic) {
		boolean graded = this.communeIndex++ == 0;
		for (Map.Entry<Long, List<Period>> cell : cells.entrySet()) {
			int turn = 0;
			String lastResolution = null;
			for (int back = 12; back >= 0; back--) {
				LocalDate month = this.today.minusMonths(back).withDayOfMonth(1);
				LocalDate regular = month.withDayOfMonth(3);
				if (regular.isAfter(this.today) || back == 0 && cell.getKey() == this.bithuCell) {
					continue;
				}
				Meeting m = meeting(cell.getKey(), cell.getValue(), regular, false, lastResolution, turn, graded);
				if (m != null) {
					this.meetings.add(m);
					turn += m.reviews().size();
					lastResolution = m.resolution();
				}
				boolean quarterEnd = month.getMonthValue() % 3 == 0;
				LocalDate thematic = month.withDayOfMonth(20);
				if (quarterEnd && !thematic.isAfter(this.today)
						&& (!laggingOnThematic || this.random.nextInt(10) < 3)) {
					Meeting t = meeting(cell.getKey(), cell.getValue(), thematic, true, null, 0, graded);
					if (t != null) {
						this.meetings.add(t);
					}
				}
			}
		}
	}

	private Meeting meeting(long cellId, List<Period> periods, LocalDate day, boolean thematic, String lastResolution,
			int turn, boolean graded) {
		Map<Long, Period> roll = new LinkedHashMap<>();
		for (Period p : periods) {
			if (p.onRoll(day)) {
				roll.putIfAbsent(p.memberId(), p);
			}
		}
		if (roll.isEmpty()) {
			return null;
		}
		List<Seat> seats = new ArrayList<>();
		List<Long> expectedIds = new ArrayList<>();
		int expected = 0;
		int present = 0;
		for (Period p : roll.values()) {
			boolean here = this.random.nextInt(100) < (p.excused() ? 8 : 90);
			if (!p.excused()) {
				expectedIds.add(p.memberId());
			}
			if (!p.excused() || here) {
				expected++;
			}
			if (here) {
				present++;
			}
			seats.add(new Seat(p.memberId(), here, p.excused(),
					here || p.excused() ? null : REASONS[this.random.nextInt(REASONS.length)]));
		}
		Map<Long, Boolean> presentIds = new HashMap<>();
		seats.forEach(s -> presentIds.put(s.memberId(), s.present()));
		Long chair = roll.values()
			.stream()
			.filter(p -> p.position() != null && p.position().toLowerCase().startsWith("bí thư"))
			.map(Period::memberId)
			.findFirst()
			.orElse(roll.keySet().iterator().next());
		Long secretary = roll.keySet().stream().filter(id -> !id.equals(chair)).findFirst().orElse(null);
		List<Long> reviews = new ArrayList<>();
		if (!thematic && !expectedIds.isEmpty()) {
			int n = SelfReviewRotation.perMeeting(expectedIds.size());
			for (int k = 0; k < n; k++) {
				long id = expectedIds.get((turn + k) % expectedIds.size());
				if (presentIds.get(id) && !reviews.contains(id)) {
					reviews.add(id);
				}
			}
		}
		String story = null;
		String lesson = null;
		if (!thematic && this.random.nextInt(100) < 88) {
			String[] s = STORIES[this.random.nextInt(STORIES.length)];
			story = s[0];
			lesson = this.random.nextInt(100) < 92 ? s[1] : null;
		}
		boolean completed = story == null || lesson != null;
		String grade = graded && completed && day.isBefore(this.today.minusMonths(1))
				? GRADES[this.random.nextInt(GRADES.length)] : null;
		return new Meeting(cellId, day, thematic ? "THEMATIC" : "REGULAR",
				thematic ? TOPICS[this.random.nextInt(TOPICS.length)] : null, chair, secretary,
				lastResolution == null ? null : "Đã thực hiện: " + lastResolution,
				CONTENTS[this.random.nextInt(CONTENTS.length)],
				"Đảng viên phát biểu, thống nhất các giải pháp thực hiện.",
				RESOLUTIONS[this.random.nextInt(RESOLUTIONS.length)], story, lesson, this.random.nextInt(100) < 70,
				completed, expected, present, grade, seats, reviews);
	}

}
