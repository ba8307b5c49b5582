package vn.tuyengiao.bookcabinet;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportJob;
import vn.tuyengiao.imports.ImportJobs;

/**
 * The catalogue of a cabinet: titles and their copies, each copy with the code its QR
 * label carries (unique across the whole system). Books come in through the delivery list
 * ({@link DeliveryImporter}) in batches, all or nothing.
 */
@Service
public class Catalogue {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Catalogue.class);

	private static final int BATCH = 1000;

	private final BookCabinets cabinets;

	private final JdbcTemplate plain;

	private final NamedParameterJdbcTemplate jdbc;

	private final ImportJobs jobs;

	private final Messages messages;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final Clock clock;

	Catalogue(BookCabinets cabinets, JdbcTemplate plain, NamedParameterJdbcTemplate jdbc, ImportJobs jobs,
			Messages messages, TransactionTemplate tx, AuditLog audit, Clock clock) {
		this.cabinets = cabinets;
		this.plain = plain;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.messages = messages;
		this.tx = tx;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One line of a delivery list: a title and its copies (with their codes, if given).
	 */
	public record Delivered(String title, String author, String publisher, Integer year, BookCategory category,
			int copies, List<String> codes) {
	}

	/**
	 * Imports a delivery list (.xlsx or .csv) into a cabinet, in the caller's thread:
	 * every row checked first, then all written or nothing. The job holds the problems,
	 * each with its row and column.
	 */
	public ImportJob importDeliveryList(Scope scope, long cabinetId, String fileName, byte[] content) {
		BookCabinet cabinet = this.cabinets.writable(scope, cabinetId);
		DeliveryImporter importer = new DeliveryImporter(this, cabinet, this.jobs, this.messages, this.tx,
				LocalDate.now(this.clock));
		long started = System.nanoTime();
		ImportJob job = this.jobs.runNow(scope.username(), "books", fileName,
				j -> importer.run(scope, fileName, content, j));
		log.info("Delivery list {} into cabinet {}: {} in {} ms", fileName, cabinetId, job.getState(),
				(System.nanoTime() - started) / 1_000_000);
		return job;
	}

	/**
	 * Adds books known to be valid (demo data) through the same batched path as an
	 * import.
	 */
	@Transactional
	public int add(Scope scope, long cabinetId, List<Delivered> books, LocalDate addedOn) {
		BookCabinet cabinet = this.cabinets.writable(scope, cabinetId);
		return write(cabinet, books, addedOn, "", null);
	}

	/** Codes among {@code codes} that some copy already carries. */
	Set<String> existingCodes(Collection<String> codes) {
		Set<String> found = new HashSet<>();
		List<String> all = new ArrayList<>(codes);
		for (int i = 0; i < all.size(); i += BATCH) {
			found.addAll(this.jdbc.queryForList("select code from book_copy where code in (:c)",
					new MapSqlParameterSource("c", all.subList(i, Math.min(all.size(), i + BATCH))), String.class));
		}
		return found;
	}

	/** Writes titles and copies in batches; runs inside the caller's transaction. */
	int write(BookCabinet cabinet, List<Delivered> books, LocalDate addedOn, String fileName, ImportJob job) {
		long started = System.nanoTime();
		long id = cabinet.getId();
		// One writer per cabinet at a time: the new titles' ids are read back in order.
		this.plain.queryForObject("select id from book_cabinet where id = ? for update", Long.class, id);
		Long before = this.plain.queryForObject("select coalesce(max(id), 0) from book_title", Long.class);
		Date on = Date.valueOf(addedOn);
		List<Object[]> titles = new ArrayList<>(books.size());
		for (Delivered b : books) {
			titles.add(new Object[] { id, b.title(), b.author(), b.publisher(), b.year(), b.category().name(), on });
		}
		for (int i = 0; i < titles.size(); i += BATCH) {
			this.plain
				.batchUpdate(
						"insert into book_title (cabinet_id, title, author, publisher, pub_year, category, added_on) "
								+ "values (?, ?, ?, ?, ?, ?, ?)",
						titles.subList(i, Math.min(titles.size(), i + BATCH)));
		}
		List<Long> titleIds = this.plain.queryForList(
				"select id from book_title where cabinet_id = ? and id > ? order by id", Long.class, id, before);
		String prefix = "TS" + id + "-";
		Set<String> taken = new HashSet<>(
				this.plain.queryForList("select code from book_copy where code like ?", String.class, prefix + "%"));
		int next = taken.size() + 1;
		List<Object[]> copies = new ArrayList<>();
		for (int t = 0; t < books.size(); t++) {
			Delivered b = books.get(t);
			for (int k = 0; k < b.copies(); k++) {
				String code;
				if (b.codes() != null && !b.codes().isEmpty()) {
					code = b.codes().get(k);
				}
				else {
					do {
						code = prefix + String.format("%06d", next++);
					}
					while (taken.contains(code));
				}
				copies.add(new Object[] { id, titleIds.get(t), code, CopyStatus.AVAILABLE.name(), on });
			}
		}
		for (int i = 0; i < copies.size(); i += BATCH) {
			this.plain.batchUpdate(
					"insert into book_copy (cabinet_id, title_id, code, status, added_on) values (?, ?, ?, ?, ?)",
					copies.subList(i, Math.min(copies.size(), i + BATCH)));
			if (job != null) {
				job.written(Math.min(copies.size(), i + BATCH));
			}
		}
		log.info("Catalogue of cabinet {}: {} titles, {} copies written in {} ms", id, books.size(), copies.size(),
				(System.nanoTime() - started) / 1_000_000);
		this.audit.record("IMPORT", "BookCabinet", id, cabinet.getUnitPath(), "Nhập danh mục sách vào tủ "
				+ cabinet.getName() + ": " + books.size() + " đầu sách, " + copies.size() + " bản", fileName);
		return copies.size();
	}

	/** A title of the catalogue with its copies counted by status. */
	public record TitleRow(long id, String title, String author, String publisher, Integer year, BookCategory category,
			LocalDate addedOn, long copies, long onLoan, long lost) {
	}

	@Transactional(readOnly = true)
	public List<TitleRow> titles(Scope scope, long cabinetId) {
		this.cabinets.get(scope, cabinetId);
		return this.jdbc.query("""
				select t.id, t.title, t.author, t.publisher, t.pub_year, t.category, t.added_on,
				       sum(case when k.status in ('AVAILABLE', 'ON_LOAN') then 1 else 0 end),
				       sum(case when k.status = 'ON_LOAN' then 1 else 0 end),
				       sum(case when k.status in ('LOST', 'WRITTEN_OFF') then 1 else 0 end)
				from book_title t join book_copy k on k.title_id = t.id
				where t.cabinet_id = :c
				group by t.id, t.title, t.author, t.publisher, t.pub_year, t.category, t.added_on
				order by t.category, t.title, t.id
				""", new MapSqlParameterSource("c", cabinetId),
				(rs, i) -> new TitleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						(Integer) rs.getObject(5), BookCategory.valueOf(rs.getString(6)),
						rs.getObject(7, LocalDate.class), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
	}

	/**
	 * A copy's label: the code its QR carries, the title and category printed under it.
	 */
	public record Label(String code, String title, BookCategory category) {
	}

	/** The labels of a cabinet's copies on the shelf or lent out, by title. */
	@Transactional(readOnly = true)
	public List<Label> labels(Scope scope, long cabinetId) {
		this.cabinets.get(scope, cabinetId);
		return this.jdbc.query("""
				select k.code, t.title, t.category from book_copy k join book_title t on t.id = k.title_id
				where k.cabinet_id = :c and k.status in ('AVAILABLE', 'ON_LOAN') order by t.category, t.title, k.code
				""", new MapSqlParameterSource("c", cabinetId),
				(rs, i) -> new Label(rs.getString(1), rs.getString(2), BookCategory.valueOf(rs.getString(3))));
	}

}
