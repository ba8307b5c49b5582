package vn.tuyengiao.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.generator.GeneratedMember;
import vn.tuyengiao.generator.GeneratedUnit;
import vn.tuyengiao.generator.TreeGenerator;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.text.VietnameseText;

/**
 * Loads a generated tree fast: units by batched JDBC writing exactly the rows
 * {@code OrgUnits.create} writes (org_unit with its "/id/…/" path, depth and folded
 * search name, plus the org_unit_parent_period row; no audit row), members through
 * {@link MemberImporter#bulkInsert}, the import's own batched writer.
 */
final class BulkLoader {

	/**
	 * Rewrites a generated province so that a second one can sit next to a first with the
	 * same codes and cards.
	 */
	record Rewrite(String codeFrom, String codeTo, String cardFrom, String cardTo, String nameSuffix) {
	}

	record Loaded(int units, long members, Map<String, Long> roots, long unitMillis, long memberMillis,
			long totalMillis) {
	}

	private record Unit(long id, String path, int depth) {
	}

	private static final int CHUNK = 20_000;

	private static final String UNIT_SQL = """
			insert into org_unit (id, parent_id, path, depth, kind, name, search_name, short_code, doc_abbreviation,
			    valid_from, valid_to, merged_into_id, version, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0, ?, ?)""";

	private static final String PERIOD_SQL = "insert into org_unit_parent_period (unit_id, parent_id, valid_from) values (?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final MemberImporter importer;

	private final boolean postgres;

	private final Map<String, Unit> byCode = new HashMap<>();

	private final Map<String, Long> roots = new LinkedHashMap<>();

	private final List<Object[]> unitRows = new ArrayList<>();

	private final List<Object[]> periodRows = new ArrayList<>();

	private final List<MemberData> members = new ArrayList<>(CHUNK);

	private long nextId;

	/**
	 * Parent given to the generated roots (the national level in the study bench), or
	 * none.
	 */
	private Unit under;

	private int unitCount;

	private long memberCount;

	private long unitNanos;

	private long memberNanos;

	BulkLoader(BenchApp app) {
		this.jdbc = app.jdbc;
		this.tx = app.bean(TransactionTemplate.class);
		this.importer = app.bean(MemberImporter.class);
		this.postgres = app.postgres();
	}

	/** Places the generated provinces under an existing unit instead of at the top. */
	BulkLoader under(long id, String path, int depth) {
		this.under = new Unit(id, path, depth);
		return this;
	}

	Loaded load(TreeGenerator generator, Rewrite rewrite, java.util.function.LongConsumer progress) {
		long t0 = System.nanoTime();
		Long max = this.jdbc.queryForObject("select max(id) from org_unit", Long.class);
		this.nextId = (max == null ? 0 : max) + 1;
		Timestamp now = Timestamp.from(Instant.now());
		generator.generate(TreeGenerator.Sink.of(u -> unit(rewrite == null ? u : rewrite(u, rewrite), now), m -> {
			member(rewrite == null ? m : rewrite(m, rewrite));
			if (this.memberCount % 100_000 == 0) {
				progress.accept(this.memberCount);
			}
		}));
		flush();
		// Ids were given here, so the identity column must continue after them for units
		// created later.
		if (this.postgres) {
			this.jdbc.queryForObject(
					"select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))",
					Long.class);
		}
		else {
			this.jdbc.execute("alter table org_unit alter column id restart with " + this.nextId);
		}
		return new Loaded(this.unitCount, this.memberCount, this.roots, this.unitNanos / 1_000_000,
				this.memberNanos / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
	}

	private void unit(GeneratedUnit u, Timestamp now) {
		Unit parent = u.parentCode() == null ? this.under : this.byCode.get(u.parentCode());
		if (u.parentCode() != null && parent == null) {
			throw new IllegalStateException("parent of " + u.code() + " not generated before it: " + u.parentCode());
		}
		long id = this.nextId++;
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		int depth = parent == null ? 0 : parent.depth() + 1;
		this.byCode.put(u.code(), new Unit(id, path, depth));
		if (u.parentCode() == null) {
			this.roots.put(u.code(), id);
		}
		this.unitRows.add(new Object[] { id, parent == null ? null : parent.id(), path, depth, u.kind(),
				VietnameseText.normalize(u.name()), VietnameseText.fold(u.name()), u.code(),
				blankToNull(u.docAbbreviation()), Date.valueOf(u.validFrom()),
				u.validTo() == null ? null : Date.valueOf(u.validTo()), now, now });
		this.periodRows.add(new Object[] { id, parent == null ? null : parent.id(), Date.valueOf(u.validFrom()) });
		this.unitCount++;
	}

	private void member(GeneratedMember m) {
		Unit cell = this.byCode.get(m.unitCode());
		this.members.add(new MemberData(m.fullName(), Gender.valueOf(m.gender()), m.birthDate(), m.cardNumber(),
				m.joinDate(), m.fullMemberDate(), m.unitCode(), cell.id(), m.position(), m.duties(),
				MemberStatus.valueOf(m.status()), m.statusSince(), m.retiredCadre()));
		this.memberCount++;
		if (this.members.size() == CHUNK) {
			flush();
		}
	}

	private void flush() {
		if (!this.unitRows.isEmpty()) {
			long t = System.nanoTime();
			this.tx.executeWithoutResult(s -> {
				this.jdbc.batchUpdate(UNIT_SQL, this.unitRows);
				this.jdbc.batchUpdate(PERIOD_SQL, this.periodRows);
			});
			this.unitRows.clear();
			this.periodRows.clear();
			this.unitNanos += System.nanoTime() - t;
		}
		if (!this.members.isEmpty()) {
			long t = System.nanoTime();
			this.importer.bulkInsert(this.members);
			this.members.clear();
			this.memberNanos += System.nanoTime() - t;
		}
	}

	private static GeneratedUnit rewrite(GeneratedUnit u, Rewrite r) {
		return new GeneratedUnit(code(u.code(), r), u.parentCode() == null ? u.name() + r.nameSuffix() : u.name(),
				u.kind(), u.parentCode() == null ? null : code(u.parentCode(), r), u.docAbbreviation(), u.validFrom(),
				u.validTo());
	}

	private static GeneratedMember rewrite(GeneratedMember m, Rewrite r) {
		String card = m.cardNumber();
		if (card != null && card.startsWith(r.cardFrom())) {
			card = r.cardTo() + card.substring(r.cardFrom().length());
		}
		return new GeneratedMember(m.fullName(), m.gender(), m.birthDate(), card, m.joinDate(), m.fullMemberDate(),
				code(m.unitCode(), r), m.position(), m.duties(), m.status(), m.statusSince(), m.retiredCadre());
	}

	private static String code(String code, Rewrite r) {
		if (code.equals(r.codeFrom())) {
			return r.codeTo();
		}
		return code.startsWith(r.codeFrom() + ".") ? r.codeTo() + code.substring(r.codeFrom().length()) : code;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}
