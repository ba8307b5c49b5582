package vn.tuyengiao.member;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Cells;
import vn.tuyengiao.common.ImportFiles;
import vn.tuyengiao.common.ImportJob;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.tabular.TableRow;
import vn.tuyengiao.text.VietnameseText;

/**
 * Imports members from .xlsx or .csv: every row is checked first (fields, cell code and
 * scope, card numbers against the file and the database); only a file without a single
 * error is written, in one transaction, with batched inserts so 100,000 rows take
 * seconds.
 */
@Service
public class MemberImporter {

	static final Set<MemberField> REQUIRED = Set.of(MemberField.FULL_NAME, MemberField.GENDER, MemberField.BIRTH_DATE,
			MemberField.JOIN_DATE, MemberField.UNIT);

	private static final int BATCH = 1000;

	private final OrgUnits org;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	private final long maxBytes;

	MemberImporter(OrgUnits org, JdbcTemplate jdbc, NamedParameterJdbcTemplate named, TransactionTemplate tx,
			AuditLog audit, Messages messages, Clock clock, MemberCounts counts,
			@Value("${tuyengiao.import.max-file-mb:20}") long maxMb) {
		this.org = org;
		this.counts = counts;
		this.jdbc = jdbc;
		this.named = named;
		this.tx = tx;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.maxBytes = maxMb * 1024 * 1024;
	}

	private final MemberCounts counts;

	public long maxBytes() {
		return this.maxBytes;
	}

	private record Parsed(int row, MemberData data, long unitId) {
	}

	/**
	 * Validates the whole file, then writes all of it or nothing; progress and errors go
	 * to the job.
	 */
	public void run(Scope scope, String fileName, byte[] content, ImportJob job) {
		scope.requireWrite(scope.pathPrefix() == null ? "/" : scope.pathPrefix());
		var table = ImportFiles.read(job, fileName, content, this.maxBytes, this.messages);
		if (table.isEmpty()) {
			return;
		}
		List<String> headers = table.get().headers();
		List<TableRow> rows = table.get().rows();
		Map<MemberField, Integer> columns = mapColumns(fileName, headers, rows.isEmpty(), job);
		if (job.hasErrors()) {
			job.state(ImportJob.State.FAILED);
			return;
		}
		List<Parsed> parsed = validate(scope, rows, columns, job);
		if (job.hasErrors()) {
			job.message(this.messages.get("import.failed", fileName, job.getErrorCount()));
			job.state(ImportJob.State.FAILED);
			return;
		}
		job.state(ImportJob.State.WRITING);
		this.tx.executeWithoutResult(status -> {
			write(parsed, job);
			this.audit.record("IMPORT", "Member", null, "Nhập " + parsed.size() + " đảng viên từ tệp " + fileName,
					null);
		});
		job.message(this.messages.get("import.done", parsed.size(), fileName));
		job.state(ImportJob.State.DONE);
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
		ImportJob job = new ImportJob("bulk", "system", "members", "bulk");
		this.tx.executeWithoutResult(status -> write(rows, job));
		return rows.size();
	}

	private Map<MemberField, Integer> mapColumns(String fileName, List<String> headers, boolean noRows, ImportJob job) {
		Map<MemberField, Integer> columns = new EnumMap<>(MemberField.class);
		for (int i = 0; i < headers.size(); i++) {
			Optional<MemberField> f = MemberField.byHeader(headers.get(i));
			if (f.isPresent()) {
				columns.putIfAbsent(f.get(), i);
			}
			else if (!headers.get(i).isBlank()) {
				job.error(1, headers.get(i), this.messages.get("import.unknownColumn", headers.get(i)));
			}
		}
		List<String> missing = REQUIRED.stream()
			.filter(f -> !columns.containsKey(f))
			.map(MemberField::header)
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			job.error(1, "", this.messages.get("import.missingColumns", fileName, String.join(", ", missing)));
		}
		if (noRows && missing.isEmpty()) {
			job.error(0, "", this.messages.get("import.noRows", fileName));
		}
		return columns;
	}

	private List<Parsed> validate(Scope scope, List<TableRow> rows, Map<MemberField, Integer> columns, ImportJob job) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Optional<OrgUnit>> units = new HashMap<>();
		Map<String, Integer> cardsInFile = new HashMap<>();
		Set<String> cardsInDb = existingCards(rows, columns);
		List<Parsed> parsed = new ArrayList<>(rows.size());
		int n = 0;
		for (TableRow row : rows) {
			int errorsBefore = job.getErrorCount();
			MemberData data = parseRow(row, columns, job);
			if (data != null) {
				for (FieldProblem p : MemberValidator.validate(data, today)) {
					error(job, row.rowNumber(), p.field(), this.messages.get(p.messageKey(), p.args()));
				}
				String card = data.cardNumber();
				if (card != null) {
					Integer first = cardsInFile.putIfAbsent(card, row.rowNumber());
					if (first != null) {
						error(job, row.rowNumber(), MemberField.CARD_NUMBER,
								this.messages.get("member.cardDuplicateInFile", card, first));
					}
					else if (cardsInDb.contains(card)) {
						error(job, row.rowNumber(), MemberField.CARD_NUMBER,
								this.messages.get("member.cardInDb", card));
					}
				}
				OrgUnit unit = units.computeIfAbsent(data.unitCode(), this.org::findByCode).orElse(null);
				if (unit == null) {
					error(job, row.rowNumber(), MemberField.UNIT,
							this.messages.get("member.unitUnknown", data.unitCode()));
				}
				else if (!scope.contains(unit.getPath())) {
					error(job, row.rowNumber(), MemberField.UNIT,
							this.messages.get("member.unitOutOfScope", data.unitCode()));
				}
				else if (!unit.getKind().holdsMembers()) {
					error(job, row.rowNumber(), MemberField.UNIT,
							this.messages.get("member.unitNotCell", unit.getName()));
				}
				else if (unit.isClosed()) {
					error(job, row.rowNumber(), MemberField.UNIT,
							this.messages.get("member.unitClosed", unit.getName()));
				}
				if (job.getErrorCount() == errorsBefore && unit != null) {
					parsed.add(new Parsed(row.rowNumber(), data, unit.getId()));
				}
			}
			if (++n % 500 == 0) {
				job.checked(n);
			}
		}
		job.checked(n);
		return parsed;
	}

	private MemberData parseRow(TableRow row, Map<MemberField, Integer> columns, ImportJob job) {
		int before = job.getErrorCount();
		String name = cell(row, columns, MemberField.FULL_NAME);
		String genderText = cell(row, columns, MemberField.GENDER);
		Gender gender = null;
		if (!genderText.isEmpty()) {
			gender = Gender.parse(genderText).orElse(null);
			if (gender == null) {
				error(job, row.rowNumber(), MemberField.GENDER,
						this.messages.get("validation.unknownValue", genderText, "Nam, Nữ"));
			}
		}
		LocalDate birth = date(row, columns, MemberField.BIRTH_DATE, job);
		LocalDate join = date(row, columns, MemberField.JOIN_DATE, job);
		LocalDate full = date(row, columns, MemberField.FULL_MEMBER_DATE, job);
		LocalDate since = date(row, columns, MemberField.STATUS_SINCE, job);
		String statusText = cell(row, columns, MemberField.STATUS);
		MemberStatus status = MemberStatus.ACTIVE;
		if (!statusText.isEmpty()) {
			status = MemberStatus.parse(statusText).orElse(null);
			if (status == null) {
				error(job, row.rowNumber(), MemberField.STATUS, this.messages.get("validation.unknownValue", statusText,
						"Đang sinh hoạt, Miễn sinh hoạt, Đi làm ăn xa, Chuyển sinh hoạt đi, Từ trần"));
			}
		}
		String retiredText = cell(row, columns, MemberField.RETIRED_CADRE);
		Boolean retired = Cells.yesNo(retiredText).orElse(null);
		if (retired == null) {
			error(job, row.rowNumber(), MemberField.RETIRED_CADRE,
					this.messages.get("validation.unknownValue", retiredText, "Có, Không"));
		}
		String unitCode = cell(row, columns, MemberField.UNIT);
		if (unitCode.isEmpty()) {
			error(job, row.rowNumber(), MemberField.UNIT, this.messages.get("validation.required"));
		}
		if (job.getErrorCount() > before) {
			return null;
		}
		String card = cell(row, columns, MemberField.CARD_NUMBER);
		return new MemberData(name, gender, birth, card.isEmpty() ? null : card, join, full, unitCode, null,
				blankToNull(cell(row, columns, MemberField.POSITION)),
				blankToNull(cell(row, columns, MemberField.DUTIES)), status, since, Boolean.TRUE.equals(retired));
	}

	private LocalDate date(TableRow row, Map<MemberField, Integer> columns, MemberField field, ImportJob job) {
		try {
			return Cells.date(cell(row, columns, field)).orElse(null);
		}
		catch (DateTimeParseException ex) {
			error(job, row.rowNumber(), field,
					this.messages.get("validation.date") + ": \"" + cell(row, columns, field) + "\"");
			return null;
		}
	}

	private void error(ImportJob job, int row, MemberField field, String message) {
		job.error(row, field.header(), message);
	}

	private static String cell(TableRow row, Map<MemberField, Integer> columns, MemberField field) {
		Integer i = columns.get(field);
		if (i == null || i >= row.cells().size()) {
			return "";
		}
		String v = row.cells().get(i);
		return v == null ? "" : v.strip();
	}

	private Set<String> existingCards(List<TableRow> rows, Map<MemberField, Integer> columns) {
		Set<String> cards = new HashSet<>();
		if (!columns.containsKey(MemberField.CARD_NUMBER)) {
			return cards;
		}
		List<String> batch = new ArrayList<>();
		for (TableRow row : rows) {
			String c = cell(row, columns, MemberField.CARD_NUMBER);
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

	private void write(List<Parsed> rows, ImportJob job) {
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
							    unit_id, position, duties, status, status_since, retired_cadre, version, created_at, updated_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
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
