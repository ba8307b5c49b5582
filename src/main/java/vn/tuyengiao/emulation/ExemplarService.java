package vn.tuyengiao.emulation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/** Exemplars (gương điển hình) and where their stories were told. */
@Service
public class ExemplarService {

	private final ExemplarRepository exemplars;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final MemberService members;

	private final AuditLog audit;

	private final Clock clock;

	private final ModelService models;

	ExemplarService(ExemplarRepository exemplars, NamedParameterJdbcTemplate jdbc, OrgUnits org, MemberService members,
			AuditLog audit, Clock clock, ModelService models) {
		this.models = models;
		this.exemplars = exemplars;
		this.jdbc = jdbc;
		this.org = org;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A person (a member, or anyone named) or a collective (the unit itself), and what
	 * they did.
	 */
	public record NewExemplar(HolderKind kind, long unitId, Long memberId, String personName, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, Long modelId) {
	}

	@Transactional
	public Exemplar create(Scope scope, NewExemplar e) {
		if (e.kind() == null) {
			throw AppException.invalid("emulation.exemplarKindRequired");
		}
		long unitId = e.unitId();
		String name = null;
		if (e.kind() == HolderKind.INDIVIDUAL) {
			if (e.memberId() != null) {
				Member m = this.members.get(scope, e.memberId());
				unitId = m.getUnitId();
				name = m.getFullName();
			}
			else if (e.personName() == null || e.personName().isBlank()) {
				throw AppException.invalid("emulation.exemplarNameRequired");
			}
			else {
				name = VietnameseText.normalize(e.personName());
			}
		}
		OrgUnit unit = this.org.get(unitId);
		scope.requireWrite(unit.getPath());
		if (e.modelId() != null) {
			// The model the exemplar came out of: one the user may see (404 when there is
			// none, 403 when it is another unit's), not any id.
			this.models.get(scope, e.modelId());
		}
		if (e.deeds() == null || e.deeds().isBlank()) {
			throw AppException.invalid("emulation.deedsRequired");
		}
		if (e.foundOn() == null) {
			throw AppException.invalid("emulation.foundOnRequired");
		}
		if (e.foundOn().isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("emulation.foundOnFuture", VnFormat.shortDate(e.foundOn()));
		}
		Exemplar x = this.exemplars.save(new Exemplar(e.kind(), unit.getId(),
				e.kind() == HolderKind.INDIVIDUAL ? e.memberId() : null, name, VietnameseText.normalize(e.deeds()),
				e.foundOn(), e.foundHow() == null ? DiscoveryMethod.OTHER : e.foundHow(),
				e.category() == null ? ExemplarCategory.OTHER : e.category(), e.modelId(), this.clock.instant()));
		this.audit.record("CREATE", "Exemplar", x.getId(), unit.getPath(),
				"Gương điển hình " + (name == null ? unit.getName() : name), unit.getName());
		return x;
	}

	@Transactional(readOnly = true)
	public Exemplar get(Scope scope, long id) {
		Exemplar x = this.exemplars.findById(id)
			.orElseThrow(() -> AppException.notFound("emulation.exemplarNotFound", id));
		scope.requireRead(this.org.get(x.getUnitId()).getPath());
		return x;
	}

	public record ExemplarRow(long id, HolderKind kind, String name, long unitId, String unitName, String deeds,
			LocalDate foundOn, DiscoveryMethod foundHow, ExemplarCategory category, long publicity) {
	}

	@Transactional(readOnly = true)
	public List<ExemplarRow> list(Scope scope, Long unitId, LocalDate from, LocalDate to) {
		String prefix = scope.narrow(unitId == null ? null : this.org.get(unitId).getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/" : prefix + "%")
			.addValue("all", prefix == null)
			.addValue("from", from == null ? LocalDate.of(1900, 1, 1) : from)
			.addValue("to", to == null ? LocalDate.of(9999, 12, 31) : to);
		return this.jdbc.query(
				"""
						select x.id, x.kind, coalesce(x.person_name, u.name), u.id, u.name, x.deeds, x.found_on, x.found_how, x.category,
						       (select count(*) from exemplar_publicity p where p.exemplar_id = x.id)
						from exemplar x join org_unit u on u.id = x.unit_id
						where (:all = true or u.path like :prefix) and x.found_on between :from and :to
						order by x.found_on desc, x.id desc""",
				p,
				(rs, i) -> new ExemplarRow(rs.getLong(1), HolderKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getLong(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						DiscoveryMethod.valueOf(rs.getString(8)), ExemplarCategory.valueOf(rs.getString(9)),
						rs.getLong(10)));
	}

	// ---- publicity

	public record Publicity(long id, PublicityChannel channel, LocalDate publishedOn, String title, String url) {
	}

	/**
	 * A radio slot, a web page, a Facebook or Zalo post …: online channels need a valid
	 * http(s) link.
	 */
	@Transactional
	public void addPublicity(Scope scope, long exemplarId, PublicityChannel channel, LocalDate on, String title,
			String url) {
		Exemplar x = get(scope, exemplarId);
		String unitPath = this.org.get(x.getUnitId()).getPath();
		scope.requireWrite(unitPath);
		if (channel == null) {
			throw AppException.invalid("emulation.channelRequired");
		}
		if (on == null) {
			throw AppException.invalid("emulation.publishedOnRequired");
		}
		if (title == null || title.isBlank()) {
			throw AppException.invalid("emulation.publicityTitleRequired");
		}
		String link = url == null || url.isBlank() ? null : url.strip();
		boolean online = channel == PublicityChannel.WEB_PAGE || channel == PublicityChannel.FACEBOOK
				|| channel == PublicityChannel.ZALO || channel == PublicityChannel.FANPAGE;
		if (link == null && online) {
			throw AppException.invalid("emulation.urlRequired");
		}
		if (link != null && !validUrl(link)) {
			throw AppException.invalid("emulation.urlInvalid", link);
		}
		this.jdbc.update(
				"insert into exemplar_publicity (exemplar_id, channel, published_on, title, url) values (:x, :c, :on, :t, :u)",
				new MapSqlParameterSource("x", exemplarId).addValue("c", channel.name())
					.addValue("on", on)
					.addValue("t", VietnameseText.normalize(title))
					.addValue("u", link));
		this.audit.record("PUBLICITY", "Exemplar", exemplarId, unitPath, "Tuyên truyền gương điển hình: " + channel,
				link);
	}

	static boolean validUrl(String s) {
		if (s.length() > 1000 || s.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI u = new URI(s);
			String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
					&& u.getHost().contains(".");
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	@Transactional(readOnly = true)
	public List<Publicity> publicity(Scope scope, long exemplarId) {
		get(scope, exemplarId);
		return this.jdbc.query(
				"select id, channel, published_on, title, url from exemplar_publicity where exemplar_id = :x "
						+ "order by published_on, id",
				new MapSqlParameterSource("x", exemplarId),
				(rs, i) -> new Publicity(rs.getLong(1), PublicityChannel.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)));
	}

	/** The display name: the person's, or the collective's unit. */
	@Transactional(readOnly = true)
	public String name(Exemplar x) {
		return x.getPersonName() != null ? x.getPersonName() : this.org.get(x.getUnitId()).getName();
	}

}
