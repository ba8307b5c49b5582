package vn.tuyengiao.layout;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.layout.internal.ProfileField;
import vn.tuyengiao.report.LayoutProfile;
import vn.tuyengiao.report.LayoutProfileException;
import vn.tuyengiao.report.LayoutProfileSource;

/**
 * The layout profile of party documents as versioned data: an administrator changes
 * margins, type sizes, the closing mark or the filing line without a release (the 2026
 * rules change some of them), each save a new version with who and when, audited; the
 * renderers use the latest version. Until the first save the bundled file is version 1,
 * and the first save writes it as version 1 before its own.
 */
@Service
public class LayoutProfiles implements LayoutProfileSource {

	static final String AUDIT_TYPE = "LayoutProfile";

	private final NamedParameterJdbcTemplate jdbc;

	private final LayoutProfile file;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	LayoutProfiles(NamedParameterJdbcTemplate jdbc, LayoutProfile reportLayoutProfile, AuditLog audit,
			Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.file = withVersion(reportLayoutProfile, 1);
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A saved version: number, who saved it and when, why, and the profile. */
	public record Version(int version, String createdBy, Instant createdAt, String note, LayoutProfile profile) {
	}

	@Override
	@Transactional(readOnly = true)
	public LayoutProfile current() {
		return currentVersion().profile();
	}

	@Transactional(readOnly = true)
	public Version currentVersion() {
		List<Version> latest = query("order by version desc limit 1");
		return latest.isEmpty() ? new Version(1, "system", null, null, this.file) : latest.get(0);
	}

	/** Every saved version, newest first (the file alone until the first save). */
	@Transactional(readOnly = true)
	public List<Version> history() {
		List<Version> all = query("order by version desc");
		return all.isEmpty() ? List.of(currentVersion()) : all;
	}

	/**
	 * Saves the values as a new version on top of {@code baseVersion}, the one the
	 * administrator edited; refused when another save came in between.
	 */
	@Transactional
	public Version save(Scope scope, Map<String, String> values, int baseVersion, String note) {
		if (!scope.admin()) {
			throw AppException.forbidden();
		}
		Version base = currentVersion();
		if (base.version() != baseVersion) {
			throw AppException.staleVersion();
		}
		Properties before = base.profile().toProperties();
		Properties after = (Properties) before.clone();
		for (ProfileField f : ProfileField.ALL) {
			after.setProperty(f.key(), check(f, values.get(f.key())));
		}
		int next = base.version() + 1;
		after.setProperty("profile.version", Integer.toString(next));
		LayoutProfile profile;
		try {
			profile = LayoutProfile.fromProperties(after);
		}
		catch (LayoutProfileException e) {
			throw AppException.invalid("layout.invalid");
		}
		List<String> changes = new ArrayList<>();
		for (String key : new TreeSet<>(after.stringPropertyNames())) {
			if (!key.equals("profile.version") && !after.getProperty(key).equals(before.getProperty(key))) {
				changes.add(key + ": " + before.getProperty(key) + " → " + after.getProperty(key));
			}
		}
		if (changes.isEmpty()) {
			throw AppException.invalid("layout.unchanged");
		}
		String user = scope.username() == null ? "system" : scope.username();
		try {
			if (base.createdAt() == null) {
				insert(this.file, 1, "system", this.messages.get("layout.fileVersionNote"));
			}
			long id = insert(profile, next, user, note == null || note.isBlank() ? null : note.strip());
			this.audit.record("UPDATE", AUDIT_TYPE, id,
					this.messages.get("layout.audit", profile.id(), Integer.toString(next)),
					String.join("; ", changes));
		}
		catch (DuplicateKeyException e) {
			throw AppException.staleVersion();
		}
		return currentVersion();
	}

	/** The value as the profile file writes it, or a refusal naming the field. */
	private String check(ProfileField f, String raw) {
		String label = this.messages.get(f.labelKey());
		String value = raw == null ? "" : raw.strip();
		switch (f.kind()) {
			case NUMBER, INTEGER -> {
				if (value.isEmpty()) {
					throw AppException.invalid("layout.required", label);
				}
				double d;
				try {
					d = Double.parseDouble(value.replace(',', '.'));
				}
				catch (NumberFormatException e) {
					throw AppException.invalid("layout.notNumber", label, value);
				}
				if (!(d >= f.min() && d <= f.max()) || f.kind() == ProfileField.Kind.INTEGER && d != Math.rint(d)) {
					throw AppException.invalid("layout.range", label, decimal(f.min()), decimal(f.max()));
				}
				return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
			}
			case CHOICE -> {
				if (!ProfileField.PAGE_NUMBER_CHOICES.contains(value)) {
					throw AppException.invalid("layout.required", label);
				}
				return value;
			}
			default -> {
				if (value.length() < f.min()) {
					throw AppException.invalid("layout.required", label);
				}
				if (value.length() > f.max()) {
					throw AppException.invalid("layout.tooLong", label, (int) f.max());
				}
				if (f.key().equals("filing.line") && !value.startsWith("Lưu")) {
					throw AppException.invalid("layout.filingLine");
				}
				return value;
			}
		}
	}

	private long insert(LayoutProfile profile, int version, String user, String note) {
		StringBuilder text = new StringBuilder();
		Properties p = profile.toProperties();
		for (String key : new TreeSet<>(p.stringPropertyNames())) {
			text.append(key).append('=').append(escape(p.getProperty(key))).append('\n');
		}
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.update("""
				insert into layout_profile_version (profile_id, version, properties, note, created_by, created_at)
				values (:profile, :version, :properties, :note, :user, :at)""",
				new MapSqlParameterSource().addValue("profile", profile.id())
					.addValue("version", version)
					.addValue("properties", text.toString())
					.addValue("note", note)
					.addValue("user", user)
					.addValue("at", Timestamp.from(this.clock.instant())),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	private List<Version> query(String order) {
		return this.jdbc.query(
				"select version, properties, note, created_by, created_at from layout_profile_version where profile_id = :profile "
						+ order,
				Map.of("profile", this.file.id()), (rs, i) -> {
					Properties p = new Properties();
					try {
						p.load(new StringReader(rs.getString("properties")));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					return new Version(rs.getInt("version"), rs.getString("created_by"),
							rs.getTimestamp("created_at").toInstant(), rs.getString("note"),
							LayoutProfile.fromProperties(p));
				});
	}

	/** "0,8", "12", as a Vietnamese page writes numbers. */
	static String decimal(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d).replace('.', ',');
	}

	private static LayoutProfile withVersion(LayoutProfile p, int version) {
		Properties props = p.toProperties();
		props.setProperty("profile.version", Integer.toString(version));
		return LayoutProfile.fromProperties(props);
	}

	/** Properties escaping for a value: backslashes and a leading space. */
	private static String escape(String v) {
		String s = v.replace("\\", "\\\\").replace("\n", "\\n");
		return s.startsWith(" ") ? "\\" + s : s;
	}

}
