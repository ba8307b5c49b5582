package vn.tuyengiao.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * Award decisions and proposals to the level above. Recipients — collectives (units) and
 * individuals (members, or named people with their unit) — must all be in the issuing
 * unit's subtree; one that is not refuses the whole decision.
 */
@Service
public class AwardService {

	private final AwardRepository awards;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final ModelService models;

	private final ExemplarService exemplars;

	private final AuditLog audit;

	private final Clock clock;

	AwardService(AwardRepository awards, NamedParameterJdbcTemplate jdbc, OrgUnits org, ModelService models,
			ExemplarService exemplars, AuditLog audit, Clock clock) {
		this.awards = awards;
		this.jdbc = jdbc;
		this.org = org;
		this.models = models;
		this.exemplars = exemplars;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A recipient: a unit (collective), or an individual — a member, or a named person
	 * with their unit.
	 */
	public record Recipient(HolderKind kind, Long unitId, Long memberId, String personName) {

		public static Recipient collective(long unitId) {
			return new Recipient(HolderKind.COLLECTIVE, unitId, null, null);
		}

		public static Recipient member(long memberId) {
			return new Recipient(HolderKind.INDIVIDUAL, null, memberId, null);
		}

		public static Recipient person(String name, long unitId) {
			return new Recipient(HolderKind.INDIVIDUAL, unitId, null, name);
		}

	}

	public record NewAward(long issuerUnitId, boolean proposal, AwardLevel level, AwardForm form, String decisionNumber,
			LocalDate date, String reason, Long modelId, Long exemplarId, List<Recipient> recipients) {
	}

	/** A recipient as stored and shown: who, of which unit. */
	public record RecipientRow(HolderKind kind, long unitId, String unitName, Long memberId, String name) {
	}

	@Transactional
	public Award create(Scope scope, NewAward a) {
		OrgUnit issuer = this.org.get(a.issuerUnitId());
		scope.requireWrite(issuer.getPath());
		if (a.date() == null) {
			throw AppException.invalid("emulation.awardDateRequired");
		}
		if (a.date().isAfter(LocalDate.now(this.clock))) {
			throw AppException.invalid("emulation.awardDateFuture", VnFormat.shortDate(a.date()));
		}
		if (a.form() == null) {
			throw AppException.invalid("emulation.awardFormRequired");
		}
		if (a.reason() == null || a.reason().isBlank()) {
			throw AppException.invalid("emulation.awardReasonRequired");
		}
		if (!a.proposal() && (a.decisionNumber() == null || a.decisionNumber().isBlank())) {
			throw AppException.invalid("emulation.decisionNumberRequired");
		}
		if (a.recipients() == null || a.recipients().isEmpty()) {
			throw AppException.invalid("emulation.recipientsRequired");
		}
		AwardLevel level = a.level() != null ? a.level() : levelOf(issuer, a.proposal());
		if (a.modelId() != null) {
			this.models.get(scope, a.modelId());
		}
		if (a.exemplarId() != null) {
			this.exemplars.get(scope, a.exemplarId());
		}
		List<RecipientRow> rows = resolve(issuer, a.recipients());
		Award award = this.awards.save(new Award(issuer.getId(), a.proposal(), level, a.form(),
				a.decisionNumber() == null || a.decisionNumber().isBlank() ? null : a.decisionNumber().strip(),
				a.date(), VietnameseText.normalize(a.reason()), a.modelId(), a.exemplarId(), this.clock.instant()));
		MapSqlParameterSource[] batch = rows.stream()
			.map(r -> new MapSqlParameterSource("a", award.getId()).addValue("k", r.kind().name())
				.addValue("u", r.unitId())
				.addValue("m", r.memberId())
				.addValue("n", r.kind() == HolderKind.INDIVIDUAL ? r.name() : null))
			.toArray(MapSqlParameterSource[]::new);
		this.jdbc.batchUpdate(
				"insert into award_recipient (award_id, kind, unit_id, member_id, person_name) values (:a, :k, :u, :m, :n)",
				batch);
		long collectives = rows.stream().filter(r -> r.kind() == HolderKind.COLLECTIVE).count();
		this.audit.record(a.proposal() ? "PROPOSE" : "AWARD", "Award", award.getId(), issuer.getPath(),
				(a.proposal() ? "Đề nghị khen thưởng " : "Khen thưởng ") + collectives + " tập thể, "
						+ (rows.size() - collectives) + " cá nhân",
				issuer.getName());
		return award;
	}

	/**
	 * Every recipient checked first; the first one outside the issuer's subtree refuses
	 * the decision, named.
	 */
	private List<RecipientRow> resolve(OrgUnit issuer, List<Recipient> recipients) {
		List<Long> memberIds = recipients.stream().filter(r -> r.memberId() != null).map(Recipient::memberId).toList();
		Map<Long, Object[]> members = new HashMap<>();
		if (!memberIds.isEmpty()) {
			this.jdbc.query("select m.id, m.full_name, m.unit_id from member m where m.id in (:ids)",
					new MapSqlParameterSource("ids", memberIds), rs -> {
						members.put(rs.getLong(1), new Object[] { rs.getString(2), rs.getLong(3) });
					});
		}
		List<RecipientRow> rows = new ArrayList<>();
		int i = 0;
		for (Recipient r : recipients) {
			i++;
			if (r.kind() == null) {
				throw AppException.invalid("emulation.recipientKindRequired", i);
			}
			Long unitId = r.unitId();
			String name;
			Long memberId = null;
			if (r.kind() == HolderKind.COLLECTIVE) {
				if (unitId == null) {
					throw AppException.invalid("emulation.recipientUnitRequired", i);
				}
				name = null;
			}
			else if (r.memberId() != null) {
				Object[] m = members.get(r.memberId());
				if (m == null) {
					throw AppException.invalid("emulation.recipientMemberUnknown", i, String.valueOf(r.memberId()));
				}
				name = (String) m[0];
				unitId = (Long) m[1];
				memberId = r.memberId();
			}
			else {
				if (r.personName() == null || r.personName().isBlank()) {
					throw AppException.invalid("emulation.recipientNameRequired", i);
				}
				if (unitId == null) {
					throw AppException.invalid("emulation.recipientUnitRequired", i);
				}
				name = VietnameseText.normalize(r.personName());
			}
			OrgUnit unit;
			try {
				unit = this.org.get(unitId);
			}
			catch (AppException ex) {
				throw AppException.invalid("emulation.recipientUnitUnknown", i, String.valueOf(unitId));
			}
			if (!unit.getPath().startsWith(issuer.getPath())) {
				throw AppException.invalid("emulation.recipientOutsideIssuer",
						name == null ? unit.getName() : name + " (" + unit.getName() + ")", issuer.getName());
			}
			rows.add(new RecipientRow(r.kind(), unit.getId(), unit.getName(), memberId,
					name == null ? unit.getName() : name));
		}
		return rows;
	}

	/**
	 * The level a unit issues at, by its kind; a proposal goes to the unit above (after
	 * the 2025 reorganisation a commune's is the province).
	 */
	private AwardLevel levelOf(OrgUnit issuer, boolean proposal) {
		if (proposal) {
			return issuer.getParentId() == null ? AwardLevel.CENTRAL
					: levelOf(this.org.get(issuer.getParentId()).getKind());
		}
		return levelOf(issuer.getKind());
	}

	static AwardLevel levelOf(vn.tuyengiao.org.OrgUnitKind kind) {
		return switch (kind) {
			case PROVINCIAL_COMMITTEE -> AwardLevel.PROVINCE;
			case DISTRICT_COMMITTEE, BLOC_COMMITTEE -> AwardLevel.DISTRICT;
			default -> AwardLevel.COMMUNE;
		};
	}

	/**
	 * The level above decides a proposal: a user whose scope holds the proposing unit's
	 * parent.
	 */
	@Transactional
	public Award decideProposal(Scope scope, long id, long version, boolean granted, LocalDate on,
			String decisionNumber) {
		Award a = get(scope, id);
		if (!a.isProposal()) {
			throw AppException.invalid("emulation.notAProposal");
		}
		if (a.getStatus() != AwardStatus.PROPOSED) {
			throw AppException.conflict("emulation.proposalDecided");
		}
		if (a.getVersion() != version) {
			throw AppException.staleVersion();
		}
		OrgUnit proposer = this.org.get(a.getIssuerUnitId());
		if (proposer.getParentId() == null) {
			if (!scope.admin()) {
				throw AppException.forbidden();
			}
		}
		else {
			scope.requireWrite(this.org.get(proposer.getParentId()).getPath());
		}
		LocalDate date = on == null ? LocalDate.now(this.clock) : on;
		if (date.isBefore(a.getDecisionDate())) {
			throw AppException.invalid("emulation.decisionBeforeProposal", VnFormat.shortDate(a.getDecisionDate()));
		}
		a.decide(granted, date, decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip());
		this.audit.record("DECIDE", "Award", id, proposer.getPath(),
				granted ? "Đồng ý đề nghị khen thưởng" : "Không đồng ý đề nghị khen thưởng", decisionNumber);
		return a;
	}

	@Transactional(readOnly = true)
	public Award get(Scope scope, long id) {
		Award a = this.awards.findById(id).orElseThrow(() -> AppException.notFound("emulation.awardNotFound", id));
		// Units above see the decisions and proposals of units below; units below see
		// those that name them.
		if (!ModelService.visible(scope, this.org.get(a.getIssuerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return a;
	}

	@Transactional(readOnly = true)
	public List<RecipientRow> recipients(Scope scope, long awardId) {
		get(scope, awardId);
		return this.jdbc.query("""
				select r.kind, r.unit_id, u.name, r.member_id, coalesce(m.full_name, r.person_name)
				from award_recipient r join org_unit u on u.id = r.unit_id left join member m on m.id = r.member_id
				where r.award_id = :a order by r.kind, r.id""", new MapSqlParameterSource("a", awardId),
				(rs, i) -> new RecipientRow(HolderKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
						(Long) rs.getObject(4, Long.class),
						rs.getString(5) == null ? rs.getString(3) : rs.getString(5)));
	}

	/** One award or proposal in a list, with its recipient counts. */
	public record AwardRow(long id, long issuerUnitId, String issuerName, boolean proposal, AwardLevel level,
			AwardForm form, String decisionNumber, LocalDate date, String reason, AwardStatus status, long collectives,
			long individuals, long version) {
	}

	/**
	 * Awards and proposals issued in a unit's subtree (within the user's scope) dated in
	 * the period.
	 */
	@Transactional(readOnly = true)
	public List<AwardRow> list(Scope scope, Long unitId, LocalDate from, LocalDate to) {
		String prefix = scope.narrow(unitId == null ? null : this.org.get(unitId).getPath());
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/" : prefix + "%")
			.addValue("all", prefix == null)
			.addValue("from", from == null ? LocalDate.of(1900, 1, 1) : from)
			.addValue("to", to == null ? LocalDate.of(9999, 12, 31) : to);
		return this.jdbc.query(
				"""
						select a.id, u.id, u.name, a.proposal, a.award_level, a.form, a.decision_number, a.decision_date, a.reason, a.status,
						       (select count(*) from award_recipient r where r.award_id = a.id and r.kind = 'COLLECTIVE'),
						       (select count(*) from award_recipient r where r.award_id = a.id and r.kind = 'INDIVIDUAL'), a.version
						from award a join org_unit u on u.id = a.issuer_unit_id
						where (:all = true or u.path like :prefix) and a.decision_date between :from and :to
						order by a.decision_date desc, a.id desc""",
				p,
				(rs, i) -> new AwardRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
						AwardLevel.valueOf(rs.getString(5)), AwardForm.valueOf(rs.getString(6)), rs.getString(7),
						rs.getObject(8, LocalDate.class), rs.getString(9), AwardStatus.valueOf(rs.getString(10)),
						rs.getLong(11), rs.getLong(12), rs.getLong(13)));
	}

	/** "13 tập thể, 36 cá nhân": collectives and individuals of some awards. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "AwardTally")
	public record Tally(long collectives, long individuals) {

		public Tally plus(long c, long i) {
			return new Tally(this.collectives + c, this.individuals + i);
		}

		public boolean isEmpty() {
			return this.collectives == 0 && this.individuals == 0;
		}

		/** As the reports write it: "13 tập thể, 36 cá nhân". */
		public String text() {
			return VnFormat.count(this.collectives) + " tập thể, " + VnFormat.count(this.individuals) + " cá nhân";
		}

	}

	/**
	 * Counts of a unit's subtree for a period: decisions by level, and proposals to the
	 * level above by status.
	 */
	public record Figures(Map<AwardLevel, Tally> byLevel, Tally awarded, Map<AwardStatus, Tally> proposals,
			Tally proposed) {
	}

	@Transactional(readOnly = true)
	public Figures figures(Scope scope, long unitId, LocalDate from, LocalDate to) {
		Map<AwardLevel, Tally> byLevel = new java.util.EnumMap<>(AwardLevel.class);
		Map<AwardStatus, Tally> proposals = new java.util.EnumMap<>(AwardStatus.class);
		Tally awarded = new Tally(0, 0);
		Tally proposed = new Tally(0, 0);
		for (AwardRow r : list(scope, unitId, from, to)) {
			if (r.proposal()) {
				proposals.merge(r.status(), new Tally(r.collectives(), r.individuals()),
						(x, y) -> x.plus(y.collectives(), y.individuals()));
				proposed = proposed.plus(r.collectives(), r.individuals());
			}
			else {
				byLevel.merge(r.level(), new Tally(r.collectives(), r.individuals()),
						(x, y) -> x.plus(y.collectives(), y.individuals()));
				awarded = awarded.plus(r.collectives(), r.individuals());
			}
		}
		return new Figures(byLevel, awarded, proposals, proposed);
	}

}
