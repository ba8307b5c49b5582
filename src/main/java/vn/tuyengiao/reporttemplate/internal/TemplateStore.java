package vn.tuyengiao.reporttemplate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.tuyengiao.reporttemplate.ReportTemplate;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.ReportTemplate.Section;

/**
 * The module's two tables, read and written with plain SQL: a template and its sections
 * are saved together, the template's version compared and bumped in the same statement.
 */
@Repository
public class TemplateStore {

	private final NamedParameterJdbcTemplate jdbc;

	TemplateStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(long id, String code, String name, String typeCode, String subject, String reportTypes,
			boolean builtIn, Long copiedFromId, String updatedBy, Instant updatedAt, long version) {
	}

	private static final String HEAD = "select id, code, name, type_code, subject, report_types, built_in, "
			+ "copied_from_id, updated_by, updated_at, version from report_template";

	private List<Head> heads(String where, MapSqlParameterSource p) {
		return this.jdbc.query(HEAD + where, p,
				(rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getBoolean(7), (Long) rs.getObject(8, Long.class), rs.getString(9),
						rs.getTimestamp(10).toInstant(), rs.getLong(11)));
	}

	public List<ReportTemplate> all() {
		List<Head> heads = heads(" order by built_in desc, name, id", new MapSqlParameterSource());
		Map<Long, List<Section>> sections = new HashMap<>();
		this.jdbc.query(
				"select template_id, level, number, heading, intro, fill, body, source_key from report_template_section "
						+ "order by template_id, position",
				rs -> {
					sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new Section(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
								Fill.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
				});
		return heads.stream().map(h -> template(h, sections.getOrDefault(h.id(), List.of()))).toList();
	}

	public Optional<ReportTemplate> find(long id) {
		List<Head> heads = heads(" where id = :id", new MapSqlParameterSource("id", id));
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		List<Section> sections = this.jdbc.query(
				"select level, number, heading, intro, fill, body, source_key from report_template_section "
						+ "where template_id = :id order by position",
				new MapSqlParameterSource("id", id),
				(rs, i) -> new Section(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						Fill.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
		return Optional.of(template(heads.get(0), sections));
	}

	public boolean codeExists(String code) {
		Integer n = this.jdbc.queryForObject("select count(*) from report_template where code = :c",
				new MapSqlParameterSource("c", code), Integer.class);
		return n != null && n > 0;
	}

	public long insert(String code, String name, String typeCode, String subject, List<String> reportTypes,
			Long copiedFromId, String by, Instant at, List<Section> sections) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into report_template (code, name, type_code, subject, report_types, built_in, copied_from_id, "
						+ "updated_by, updated_at) values (:code, :name, :type, :subject, :types, false, :from, :by, :at)",
				new MapSqlParameterSource("code", code).addValue("name", name)
					.addValue("type", typeCode)
					.addValue("subject", subject)
					.addValue("types", String.join(",", reportTypes))
					.addValue("from", copiedFromId)
					.addValue("by", by)
					.addValue("at", Timestamp.from(at)),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		writeSections(id, sections);
		return id;
	}

	/** Saves the template if it is still at {@code version}; false when it was not. */
	public boolean update(long id, long version, String name, String subject, List<String> reportTypes,
			List<Section> sections, String by, Instant at) {
		int n = this.jdbc.update(
				"update report_template set name = :name, subject = :subject, report_types = :types, updated_by = :by, "
						+ "updated_at = :at, version = version + 1 where id = :id and version = :v and built_in = false",
				new MapSqlParameterSource("id", id).addValue("v", version)
					.addValue("name", name)
					.addValue("subject", subject)
					.addValue("types", String.join(",", reportTypes))
					.addValue("by", by)
					.addValue("at", Timestamp.from(at)));
		if (n == 0) {
			return false;
		}
		this.jdbc.update("delete from report_template_section where template_id = :id",
				new MapSqlParameterSource("id", id));
		writeSections(id, sections);
		return true;
	}

	private void writeSections(long id, List<Section> sections) {
		MapSqlParameterSource[] rows = new MapSqlParameterSource[sections.size()];
		for (int i = 0; i < sections.size(); i++) {
			Section s = sections.get(i);
			rows[i] = new MapSqlParameterSource("t", id).addValue("p", i + 1)
				.addValue("level", s.level())
				.addValue("number", s.number())
				.addValue("heading", s.heading())
				.addValue("intro", s.intro())
				.addValue("fill", s.fill().name())
				.addValue("body", s.text())
				.addValue("key", s.sourceKey());
		}
		this.jdbc.batchUpdate(
				"insert into report_template_section (template_id, position, level, number, heading, intro, fill, body, "
						+ "source_key) values (:t, :p, :level, :number, :heading, :intro, :fill, :body, :key)",
				rows);
	}

	private static ReportTemplate template(Head h, List<Section> sections) {
		List<String> types = h.reportTypes() == null || h.reportTypes().isBlank() ? List.of()
				: Arrays.stream(h.reportTypes().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new ReportTemplate(h.id(), h.code(), h.name(), h.typeCode(), h.subject(), types, h.builtIn(),
				h.copiedFromId(), h.updatedBy(), h.updatedAt(), h.version(), List.copyOf(sections));
	}

}
