package vn.tuyengiao.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;

/**
 * Evaluation mode: public opinion for the demo province. Every commune gets a roster of
 * collaborators (one of them a party member in the first commune); the first and the last
 * commune (canbo.xa's and xem's) get two months of opinion items on the two-tier local
 * government after 1/7/2025, land prices, compensation, school fees, healthcare and farm
 * prices, some at the first cell (bithu's). This month the two-tier local government is a
 * hot topic in the first commune. Batched JDBC inserts; runs only while no item exists.
 */
@Component
@Order(7)
class DemoOpinionLoader implements ApplicationRunner {

	private final OrgUnits org;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	DemoOpinionLoader(OrgUnits org, TransactionTemplate tx, JdbcTemplate jdbc, DemoDataDone done, Clock clock) {
		this.org = org;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
		this.clock = clock;
	}

	/**
	 * One opinion as the demo records it: topic (start of its name), leaning and words.
	 */
	private record Sample(String topic, String tendency, String intensity, String spread, String content,
			String handling) {
	}

	private static final List<Sample> HOT = List.of(new Sample("Vận hành chính quyền", "HESITANT", "MEDIUM", "COMMUNE",
			"Người dân ấp xa trung tâm băn khoăn vì sau khi sắp xếp, trụ sở Ủy ban nhân dân xã mới cách nhà hơn 15 km, đi làm thủ tục mất nhiều thời gian",
			"Đề nghị bố trí điểm tiếp nhận hồ sơ lưu động tại các ấp xa, hướng dẫn người dân dùng dịch vụ công trực tuyến"),
			new Sample("Vận hành chính quyền", "OPPOSE", "HIGH", "ONLINE",
					"Một số tài khoản mạng xã hội đăng tin sai sự thật về việc cắt giảm chế độ của người hoạt động không chuyên trách sau khi không tổ chức cấp huyện, gây hoang mang",
					"Đề nghị cơ quan chức năng xác minh, xử lý; kịp thời thông tin chính thức về chế độ, chính sách"),
			new Sample("Vận hành chính quyền", "HESITANT", "MEDIUM", "HAMLET",
					"Người hoạt động không chuyên trách ở ấp lo lắng về việc bố trí công việc và phụ cấp sau sắp xếp",
					"Đề nghị sớm công khai phương án bố trí, mức phụ cấp của người hoạt động không chuyên trách ở ấp"),
			new Sample("Vận hành chính quyền", "AGREE", "LOW", "COMMUNE",
					"Nhiều người dân đồng tình vì thủ tục hành chính được giải quyết nhanh hơn tại Trung tâm phục vụ hành chính công xã",
					null));

	private static final List<Sample> OTHERS = List.of(
			new Sample("Bảng giá đất", "HESITANT", "MEDIUM", "COMMUNE",
					"Người dân băn khoăn về bảng giá đất mới làm tăng tiền sử dụng đất khi chuyển mục đích sử dụng đất",
					"Đề nghị tổ chức đối thoại, giải thích căn cứ xây dựng bảng giá đất"),
			new Sample("Bồi thường", "OPPOSE", "HIGH", "WIDER",
					"Một số hộ có đất bị thu hồi làm đường tỉnh cho rằng giá bồi thường thấp hơn giá thị trường, chưa đồng ý nhận tiền",
					"Đề nghị rà soát, công khai phương án bồi thường, hỗ trợ; đối thoại trực tiếp với các hộ"),
			new Sample("Giáo dục", "AGREE", "LOW", "COMMUNE",
					"Phụ huynh phấn khởi trước chính sách miễn học phí cho học sinh công lập từ mầm non đến trung học phổ thông",
					null),
			new Sample("Giáo dục", "HESITANT", "LOW", "HAMLET",
					"Phụ huynh băn khoăn về các khoản thu ngoài học phí đầu năm học như quỹ lớp, tiền học thêm",
					"Đề nghị nhà trường công khai các khoản thu, vận động trên tinh thần tự nguyện"),
			new Sample("Khám, chữa bệnh", "HESITANT", "MEDIUM", "COMMUNE",
					"Người dân phản ánh trạm y tế xã thiếu một số loại thuốc bảo hiểm y tế, phải mua ngoài",
					"Đề nghị ngành y tế bảo đảm đủ thuốc bảo hiểm y tế ở tuyến xã"),
			new Sample("Sản xuất nông nghiệp", "HESITANT", "LOW", "COMMUNE",
					"Giá phân bón, thức ăn chăn nuôi tăng trong khi giá lúa giảm, nông dân lo lắng lợi nhuận vụ Đông Xuân",
					"Đề nghị hướng dẫn nông dân liên kết tiêu thụ, giảm chi phí đầu vào"),
			new Sample("Bảo hiểm xã hội", "AGREE", "LOW", "COMMUNE",
					"Người lao động tự do đồng tình với chính sách hỗ trợ đóng bảo hiểm xã hội tự nguyện", null));

	private static final String[][] PEOPLE = { { "Trần Văn Bé", "Nông dân, Trưởng ấp" },
			{ "Nguyễn Thị Mỹ Linh", "Giáo viên Trường Tiểu học" }, { "Lê Hoàng Phúc", "Chủ tịch Hội Cựu chiến binh" },
			{ "Phạm Thị Thu Hà", "Chi hội trưởng Phụ nữ ấp" }, { "Huỳnh Văn Tâm", "Tiểu thương chợ xã" } };

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from opinion_item", Integer.class);
		List<OrgUnit> roots = this.org.roots(Scope.system());
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("public opinion", () -> this.tx.executeWithoutResult(status -> load(roots.get(0))));
	}

	private void load(OrgUnit province) {
		List<OrgUnit> communes = this.org.children(province)
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		Map<String, Long> topics = new HashMap<>();
		this.jdbc.query("select id, name from opinion_topic where unit_id is null", rs -> {
			topics.put(rs.getString(2), rs.getLong(1));
		});
		List<Object[]> collaborators = new ArrayList<>();
		for (int c = 0; c < communes.size(); c++) {
			OrgUnit commune = communes.get(c);
			List<OrgUnit> cells = cells(commune);
			for (int i = 0; i < 3; i++) {
				String[] who = PEOPLE[(c + i) % PEOPLE.length];
				OrgUnit at = i == 0 || cells.isEmpty() ? commune : cells.get((i - 1) % cells.size());
				collaborators.add(new Object[] { at.getId(), at.getPath(), null, who[0], who[1],
						"09" + (12345670 + c * 10 + i), today.minusYears(1).withDayOfYear(1), now, "demo" });
			}
		}
		OrgUnit first = communes.get(0);
		List<OrgUnit> firstCells = cells(first);
		List<Map<String, Object>> member = firstCells.isEmpty() ? List.of() : this.jdbc.queryForList(
				"select id, full_name from member where unit_id = ? order by id limit 1", firstCells.get(0).getId());
		if (!member.isEmpty()) {
			collaborators.add(new Object[] { first.getId(), first.getPath(), member.get(0).get("id"),
					member.get(0).get("full_name"), "Đảng viên, Bí thư chi bộ", null,
					today.minusMonths(6).withDayOfMonth(1), now, "demo" });
		}
		this.jdbc.batchUpdate(
				"insert into opinion_collaborator (unit_id, unit_path, member_id, full_name, occupation, "
						+ "contact, valid_from, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				collaborators);

		List<Object[]> items = new ArrayList<>();
		LocalDate thisMonth = today.withDayOfMonth(1);
		LocalDate lastMonth = thisMonth.minusMonths(1);
		for (OrgUnit commune : List.of(first, communes.get(communes.size() - 1))) {
			List<OrgUnit> places = new ArrayList<>();
			places.add(commune);
			places.addAll(cells(commune).stream().limit(4).toList());
			boolean isFirst = commune == first;
			int n = 0;
			for (Sample s : OTHERS) {
				OrgUnit at = places.get(n % places.size());
				items.add(item(topics, s, at, lastMonth.plusDays(2 + n * 3L), now));
				if (isFirst && n % 2 == 0) {
					items.add(item(topics, s, places.get((n + 1) % places.size()), day(thisMonth, n + 2, today), now));
				}
				n++;
			}
			if (isFirst) {
				for (int i = 0; i < HOT.size(); i++) {
					items.add(
							item(topics, HOT.get(i), places.get(i % places.size()), day(thisMonth, i + 1, today), now));
				}
			}
			else {
				items.add(item(topics, HOT.get(3), commune, day(thisMonth, 1, today), now));
			}
		}
		this.jdbc.batchUpdate("insert into opinion_item (unit_id, unit_path, hamlet, observed_on, topic_id, field, "
				+ "tendency, intensity, spread, source_unit_id, content, handling, created_at, created_by, updated_at) "
				+ "select ?, ?, ?, ?, id, field, ?, ?, ?, ?, ?, ?, ?, ?, ? from opinion_topic where id = ?", items);
	}

	private static LocalDate day(LocalDate month, int day, LocalDate today) {
		LocalDate d = month.plusDays(day - 1L);
		return d.isAfter(today) ? today : d;
	}

	private Object[] item(Map<String, Long> topics, Sample s, OrgUnit at, LocalDate on, Timestamp now) {
		Long topic = topics.entrySet()
			.stream()
			.filter(e -> e.getKey().contains(s.topic()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
		String hamlet = at.getKind().holdsMembers() ? null : "Ấp Phước Hòa";
		return new Object[] { at.getId(), at.getPath(), hamlet, on, s.tendency(), s.intensity(), s.spread(), at.getId(),
				s.content(), s.handling(), now, "demo", now, topic };
	}

	private List<OrgUnit> cells(OrgUnit commune) {
		return this.org.children(commune).stream().filter(u -> u.getKind().holdsMembers() && !u.isClosed()).toList();
	}

}
