package vn.tuyengiao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.text.VietnameseText;

/**
 * The register as a book (sổ văn bản đi): every issued number of the bodies in the user's
 * scope, newest first, searchable by subject or number, type, body and date range, with
 * the signer, recipients and how many files the entry holds.
 */
@Service
public class RegisterEntries {

	/** Lines a page. */
	public static final int PAGE = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final DocumentRegister register;

	RegisterEntries(NamedParameterJdbcTemplate jdbc, DocumentRegister register) {
		this.jdbc = jdbc;
		this.register = register;
	}

	public record Filter(String q, String type, Long body, LocalDate from, LocalDate to, Integer page) {

		int pageOrFirst() {
			return this.page == null || this.page < 0 ? 0 : this.page;
		}

	}

	public record Entry(long id, String reference, LocalDate issuedOn, String typeCode, String typeName, String subject,
			String signer, String recipients, String bodyName, int files, Long draftId) {
	}

	public record Page(List<Entry> entries, int page, boolean hasNext) {
	}

	@Transactional(readOnly = true)
	public Page search(Scope scope, Filter f) {
		int page = f.pageOrFirst();
		List<Entry> rows = query(scope, f, PAGE + 1, page * PAGE);
		boolean next = rows.size() > PAGE;
		return new Page(next ? rows.subList(0, PAGE) : rows, page, next);
	}

	/**
	 * Every entry the filter finds, not one page: the book exported as a workbook. The
	 * body filter is checked against the scope first (a sibling's body is refused).
	 */
	@Transactional(readOnly = true)
	public List<Entry> all(Scope scope, Filter f) {
		return query(scope, f, null, 0);
	}

	private List<Entry> query(Scope scope, Filter f, Integer limit, int offset) {
		List<Long> bodies = new ArrayList<>(this.register.bodies(scope).stream().map(IssuingBody::getId).toList());
		if (f.body() != null) {
			this.register.body(scope, f.body());
			bodies.retainAll(List.of(f.body()));
		}
		if (bodies.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource p = new MapSqlParameterSource("bodies", bodies);
		StringBuilder where = new StringBuilder("d.issuing_body_id in (:bodies)");
		if (f.type() != null && !f.type().isBlank()) {
			where.append(" and d.type_code = :type");
			p.addValue("type", f.type().strip());
		}
		if (f.from() != null) {
			where.append(" and d.issued_on >= :from");
			p.addValue("from", f.from());
		}
		if (f.to() != null) {
			where.append(" and d.issued_on <= :to");
			p.addValue("to", f.to());
		}
		String q = f.q() == null ? "" : VietnameseText.normalize(f.q()).strip();
		if (!q.isEmpty()) {
			// "03-BC/BTG", "03" or words of the subject.
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("^0*(\\d+)(\\s*-.*)?$").matcher(q);
			if (m.matches()) {
				where.append(" and d.number = :number");
				p.addValue("number", Integer.parseInt(m.group(1)));
			}
			else {
				where.append(" and lower(d.subject) like :q");
				p.addValue("q", "%" + q.toLowerCase(java.util.Locale.forLanguageTag("vi")) + "%");
			}
		}
		String window = "";
		if (limit != null) {
			p.addValue("limit", limit).addValue("offset", offset);
			window = " limit :limit offset :offset";
		}
		return this.jdbc.query(
				"select d.id, d.number, d.type_code, b.abbreviation, d.issued_on, t.name, "
						+ "d.subject, d.signer, d.recipients, b.name, "
						+ "(select count(*) from outgoing_file f where f.outgoing_document_id = d.id), "
						+ "(select min(r.id) from register_draft r where r.outgoing_document_id = d.id) "
						+ "from outgoing_document d join issuing_body b on b.id = d.issuing_body_id "
						+ "join document_type t on t.code = d.type_code where " + where
						+ " order by d.issued_on desc, d.id desc" + window,
				p,
				(rs, i) -> new Entry(rs.getLong(1),
						rs.getString(4) == null ? Integer.toString(rs.getInt(2))
								: new vn.tuyengiao.report.DocumentNumber(rs.getInt(2), rs.getString(3), rs.getString(4))
									.reference(),
						rs.getDate(5).toLocalDate(), rs.getString(3), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getString(10), rs.getInt(11),
						rs.getObject(12) == null ? null : rs.getLong(12)));
	}

}
