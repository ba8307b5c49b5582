package vn.tuyengiao.member;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;
import vn.tuyengiao.imports.ImportRow;
import vn.tuyengiao.imports.Importer;
import vn.tuyengiao.member.internal.MemberValidator;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.Cells;
import vn.tuyengiao.text.VietnameseText;

/**
 * Imports members from .xlsx or .csv: every row is checked first (fields, cell code and
 * scope, card numbers against the file and the database); only a file without a single
 * error is written, in one transaction, with batched inserts so 100,000 rows take
 * seconds.
 */
@Service
public class MemberImporter extends Importer<MemberField, MemberImporter.Parsed> {

	/** Required besides the cell, which is given by its code or by its name. */
	static final Set<MemberField> REQUIRED = Set.of(MemberField.FULL_NAME, MemberField.GENDER, MemberField.BIRTH_DATE,
			MemberField.JOIN_DATE);

	private static final int BATCH = 1000;

	private final OrgUnits org;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final Clock clock;

	private final MemberCounts counts;

	MemberImporter(OrgUnits org, JdbcTemplate jdbc, NamedParameterJdbcTemplate named, TransactionTemplate tx,
			AuditLog audit, Messages messages, Clock clock, MemberCounts counts, ImportJobs jobs) {
		super(jobs, messages, tx);
		this.org = org;
		this.counts = counts;
		this.jdbc = jdbc;
		this.named = named;
		this.tx = tx;
		this.audit = audit;
		this.clock = clock;
	}

	record Parsed(int row, MemberData data, long unitId) {
	}

	@Override
	protected void requireAllowed(Scope scope) {
		scope.requireWrite(scope.pathPrefix() == null ? "/" : scope.pathPrefix());
	}

	@Override
	protected Optional<MemberField> column(String header) {
		return MemberField.byHeader(header);
	}

	@Override
	protected List<MemberField> requiredColumns() {
		return REQUIRED.stream().sorted(Comparator.comparing(MemberField::header)).toList();
	}

	/** A file names each member's cell by its code, its name, or both (code first). */
	@Override
	protected List<String> missingColumns(Set<MemberField> present) {
		List<String> missing = new ArrayList<>(super.missingColumns(present));
		if (!present.contains(MemberField.UNIT) && !present.contains(MemberField.UNIT_NAME)) {
			missing.add(this.messages.get("member.import.cellColumn"));
		}
		return missing;
	}

	/**
	 * Writes members that are already known to be valid (demo data, benchmark loads)
	 * through the same batched path as an import. Each entry's {@code unitId} must be
	 * set.
	 */
	public int bulkInsert(List<MemberData> members) {
		List<Parsed> rows = new ArrayList<>(members.size());
		for (MemberData d : members) {
			rows.add(new Parsed(0, d, d.unitId()));
		}
		ImportJob job = new ImportJob("bulk", "system", "members", "bulk", this.clock);
		this.tx.executeWithoutResult(status -> insert(rows, job));
		return rows.size();
	}

	@Override
	protected RowCheck<MemberField, Parsed> rowCheck(Scope scope, List<ImportRow<MemberField>> rows) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Optional<OrgUnit>> units = new HashMap<>();
		Map<String, Integer> cardsInFile = new HashMap<>();
		Set<String> cardsInDb = existingCards(rows);
		CellNames cellsByName = new CellNames(this.org, scope, this.messages);
		return row -> {
			MemberData data = parseRow(row);
			if (data == null) {
				return null;
			}
			for (FieldProblem p : MemberValidator.validate(data, today)) {
				row.error(p.field(), this.messages.get(p.messageKey(), p.args()));
			}
			String card = data.cardNumber();
			if (card != null) {
				Integer first = cardsInFile.putIfAbsent(card, row.number());
				if (first != null) {
					row.problem(MemberField.CARD_NUMBER, "member.cardDuplicateInFile", card, first);
				}
				else if (cardsInDb.contains(card)) {
					row.problem(MemberField.CARD_NUMBER, "member.cardInDb", card);
				}
			}
			OrgUnit unit;
			if (data.unitCode() != null) {
				unit = units.computeIfAbsent(data.unitCode(), this.org::findByCode).orElse(null);
				if (unit == null) {
					row.problem(MemberField.UNIT, "member.unitUnknown", data.unitCode());
				}
			}
			else {
				unit = cellsByName.resolve(row, row.cell(MemberField.UNIT_NAME));
			}
			if (unit == null) {
				// named above
			}
			else if (!scope.contains(unit.getPath())) {
				row.problem(MemberField.UNIT, "member.unitOutOfScope",
						data.unitCode() != null ? data.unitCode() : unit.getName());
			}
			else if (!unit.getKind().holdsMembers()) {
				row.problem(MemberField.UNIT, "member.unitNotCell", unit.getName());
			}
			else if (unit.isClosed()) {
				row.problem(MemberField.UNIT, "member.unitClosed", unit.getName());
			}
			return unit == null ? null : new Parsed(row.number(), data, unit.getId());
		};
	}

	private MemberData parseRow(ImportRow<MemberField> row) {
		String name = row.cell(MemberField.FULL_NAME);
		String genderText = row.cell(MemberField.GENDER);
		Gender gender = null;
		if (!genderText.isEmpty()) {
			gender = Gender.parse(genderText).orElse(null);
			if (gender == null) {
				row.problem(MemberField.GENDER, "validation.unknownValue", genderText, "Nam, Nữ");
			}
		}
		LocalDate birth = row.date(MemberField.BIRTH_DATE);
		LocalDate join = row.date(MemberField.JOIN_DATE);
		LocalDate full = row.date(MemberField.FULL_MEMBER_DATE);
		LocalDate since = row.date(MemberField.STATUS_SINCE);
		String statusText = row.cell(MemberField.STATUS);
		MemberStatus status = MemberStatus.ACTIVE;
		if (!statusText.isEmpty()) {
			status = MemberStatus.parse(statusText).orElse(null);
			if (status == null) {
				row.problem(MemberField.STATUS, "validation.unknownValue", statusText,
						"Đang sinh hoạt, Miễn sinh hoạt, Đi làm ăn xa, Chuyển sinh hoạt đi, Từ trần");
			}
		}
		String retiredText = row.cell(MemberField.RETIRED_CADRE);
		Boolean retired = Cells.yesNo(retiredText).orElse(null);
		if (retired == null) {
			row.problem(MemberField.RETIRED_CADRE, "validation.unknownValue", retiredText, "Có, Không");
		}
		String unitCode = row.cell(MemberField.UNIT);
		if (unitCode.isEmpty() && row.cell(MemberField.UNIT_NAME).isEmpty()) {
			row.problem(MemberField.UNIT, "member.import.cellRequired");
		}
		if (row.hasErrors()) {
			return null;
		}
		String card = row.cell(MemberField.CARD_NUMBER);
		return new MemberData(name, gender, birth, card.isEmpty() ? null : card, join, full,
				unitCode.isEmpty() ? null : unitCode, null, blankToNull(row.cell(MemberField.POSITION)),
				blankToNull(row.cell(MemberField.DUTIES)), status, since, Boolean.TRUE.equals(retired));
	}

	private Set<String> existingCards(List<ImportRow<MemberField>> rows) {
		Set<String> cards = new HashSet<>();
		List<String> batch = new ArrayList<>();
		for (ImportRow<MemberField> row : rows) {
			String c = row.cell(MemberField.CARD_NUMBER);
			if (!c.isEmpty()) {
				batch.add(c);
			}
			if (batch.size() == BATCH) {
				cards.addAll(findCards(batch));
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			cards.addAll(findCards(batch));
		}
		return cards;
	}

	private List<String> findCards(List<String> batch) {
		return this.named.queryForList("select card_number from member where card_number in (:cards)",
				new MapSqlParameterSource("cards", batch), String.class);
	}

	@Override
	protected void write(Scope scope, String fileName, List<Parsed> parsed, ImportJob job) {
		insert(parsed, job);
		this.audit.record("IMPORT", "Member", null, "Nhập " + parsed.size() + " đảng viên từ tệp " + fileName, null);
	}

	private void insert(List<Parsed> rows, ImportJob job) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		// Positions and duties repeat from row to row; normalising each text once saves
		// about a tenth of the write.
		Map<String, String> normalized = new HashMap<>();
		Map<Long, long[]> tally = new HashMap<>();
		for (Parsed p : rows) {
			tally.computeIfAbsent(p.unitId(),
					k -> new long[MemberStatus.values().length])[p.data().status().ordinal()]++;
		}
		this.jdbc.execute((ConnectionCallback<Void>) con -> {
			try (PreparedStatement member = con.prepareStatement(
					"""
							insert into member (full_name, search_name, gender, birth_date, card_number, join_date, full_member_date,
							    unit_id, position, duties, status, status_since, retired_cadre, version, created_at, updated_at,
							    standing_since)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
					new String[] { "id" });
					PreparedStatement status = con.prepareStatement(
							"insert into member_status_period (member_id, status, valid_from) values (?, ?, ?)");
					PreparedStatement cell = con.prepareStatement(
							"insert into member_unit_period (member_id, unit_id, valid_from) values (?, ?, ?)")) {
				for (int start = 0; start < rows.size(); start += BATCH) {
					List<Parsed> chunk = rows.subList(start, Math.min(rows.size(), start + BATCH));
					for (Parsed p : chunk) {
						MemberData d = p.data();
						member.setString(1, VietnameseText.normalize(d.fullName()));
						member.setString(2, VietnameseText.fold(d.fullName()));
						member.setString(3, d.gender().name());
						member.setObject(4, Date.valueOf(d.birthDate()), Types.DATE);
						member.setString(5, d.cardNumber());
						member.setObject(6, Date.valueOf(d.joinDate()), Types.DATE);
						member.setObject(7, d.fullMemberDate() == null ? null : Date.valueOf(d.fullMemberDate()),
								Types.DATE);
						member.setLong(8, p.unitId());
						member.setString(9, normalizeRepeated(normalized, d.position()));
						member.setString(10, normalizeRepeated(normalized, d.duties()));
						member.setString(11, d.status().name());
						member.setObject(12, Date.valueOf(statusSince(d)), Types.DATE);
						member.setBoolean(13, d.retiredCadre());
						member.setTimestamp(14, now);
						member.setTimestamp(15, now);
						// The cell period starts on or before the status period.
						member.setObject(16, Date.valueOf(statusSince(d)), Types.DATE);
						member.addBatch();
					}
					member.executeBatch();
					List<Long> ids = new ArrayList<>(chunk.size());
					try (ResultSet keys = member.getGeneratedKeys()) {
						while (keys.next()) {
							ids.add(keys.getLong(1));
						}
					}
					if (ids.size() != chunk.size()) {
						throw new IllegalStateException(
								"Expected " + chunk.size() + " generated ids, got " + ids.size());
					}
					for (int i = 0; i < chunk.size(); i++) {
						MemberData d = chunk.get(i).data();
						status.setLong(1, ids.get(i));
						status.setString(2, d.status().name());
						status.setObject(3, Date.valueOf(statusSince(d)), Types.DATE);
						status.addBatch();
						cell.setLong(1, ids.get(i));
						cell.setLong(2, chunk.get(i).unitId());
						LocalDate inCell = d.joinDate().isAfter(statusSince(d)) ? statusSince(d) : d.joinDate();
						cell.setObject(3, Date.valueOf(inCell), Types.DATE);
						cell.addBatch();
					}
					status.executeBatch();
					cell.executeBatch();
					job.written(start + chunk.size());
				}
			}
			return null;
		});
		this.counts.add(tally);
	}

	/** A blank "Từ ngày" means the status has held since the member joined. */
	private static LocalDate statusSince(MemberData d) {
		return d.statusSince() != null ? d.statusSince() : d.joinDate();
	}

	private static String normalizeRepeated(Map<String, String> cache, String text) {
		if (text == null) {
			return VietnameseText.normalize(null);
		}
		String done = cache.get(text);
		if (done == null) {
			done = VietnameseText.normalize(text);
			if (cache.size() < 10_000) {
				cache.put(text, done);
			}
		}
		return done;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
