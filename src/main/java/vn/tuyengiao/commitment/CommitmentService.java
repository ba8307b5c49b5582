package vn.tuyengiao.commitment;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * Campaigns and commitments: entry (form, text or upload, by the member's cell or a unit
 * above it), the cell committee's sign-off, the commune appraisal team's verdict and the
 * year-end follow-through. Every step is checked against the user's scope, kept in the
 * commitment's history and written to the audit log; edits carry the version the user
 * saw.
 */
@Service
public class CommitmentService {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgService org;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<BoilerplateEstimate> boilerplate;

	private final Clock clock;

	private final long maxFileBytes;

	CommitmentService(NamedParameterJdbcTemplate jdbc, OrgService org, AuditLog audit, ApplicationEventPublisher events,
			ObjectProvider<BoilerplateEstimate> boilerplate, Clock clock,
			@Value("${tuyengiao.commitment.max-file-mb:10}") long maxFileMb) {
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.events = events;
		this.boilerplate = boilerplate;
		this.clock = clock;
		this.maxFileBytes = maxFileMb * 1024 * 1024;
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	// ---- campaigns

	public record NewCampaign(long ownerUnitId, Integer year, CommitmentKind kind, String title,
			LocalDate referenceDate, LocalDate deadline, boolean expectExempt, boolean expectAway,
			String guidanceTemplate) {
	}

	@Transactional
	public CommitmentCampaign createCampaign(Scope scope, NewCampaign c) {
		OrgUnit owner = this.org.get(c.ownerUnitId());
		scope.requireManageUnits(owner.getPath());
		if (c.kind() == null) {
			throw AppException.invalid("commitment.kindRequired");
		}
		if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
			throw AppException.invalid("commitment.yearInvalid");
		}
		if (c.referenceDate() == null) {
			throw AppException.invalid("commitment.referenceDateRequired");
		}
		if (c.deadline() != null && c.deadline().isBefore(c.referenceDate())) {
			throw AppException.invalid("commitment.deadlineBeforeReference");
		}
		Integer clash = this.jdbc.queryForObject(
				"select count(*) from commitment_campaign where owner_unit_id = :o "
						+ "and campaign_year = :y and kind = :k",
				new MapSqlParameterSource("o", owner.getId()).addValue("y", c.year()).addValue("k", c.kind().name()),
				Integer.class);
		if (clash != null && clash > 0) {
			throw AppException.conflict("commitment.campaignExists", owner.getName(), c.year());
		}
		String title = c.title() == null || c.title().isBlank() ? defaultTitle(c.kind(), c.year())
				: VietnameseText.normalize(c.title());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into commitment_campaign (owner_unit_id, campaign_year, kind, title, reference_date, deadline,
				  expect_exempt, expect_away, guidance_template, created_by, created_at)
				values (:o, :y, :k, :t, :r, :d, :ee, :ea, :g, :by, :at)""",
				new MapSqlParameterSource("o", owner.getId()).addValue("y", c.year())
					.addValue("k", c.kind().name())
					.addValue("t", title)
					.addValue("r", c.referenceDate())
					.addValue("d", c.deadline())
					.addValue("ee", c.expectExempt())
					.addValue("ea", c.expectAway())
					.addValue("g", blankToNull(CommitmentText.normalize(c.guidanceTemplate())))
					.addValue("by", scope.username())
					.addValue("at", now()),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		this.audit.record("CREATE", "CommitmentCampaign", id, "Tạo đợt thu bản cam kết " + title, owner.getName());
		return campaignById(id).orElseThrow();
	}

	static String defaultTitle(CommitmentKind kind, int year) {
		return (kind == CommitmentKind.YEARLY_COMMITMENT ? "Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm "
				: "Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm ") + year;
	}

	/**
	 * The guidance outline everyone is told to follow: copy detection does not count text
	 * taken from it.
	 */
	@Transactional
	public CommitmentCampaign setGuidanceTemplate(Scope scope, long campaignId, String template, long version) {
		CommitmentCampaign c = campaign(scope, campaignId);
		scope.requireManageUnits(this.org.get(c.ownerUnitId()).getPath());
		int n = this.jdbc.update(
				"update commitment_campaign set guidance_template = :g, version = version + 1 "
						+ "where id = :id and version = :v",
				new MapSqlParameterSource("g", blankToNull(CommitmentText.normalize(template)))
					.addValue("id", campaignId)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.audit.record("UPDATE", "CommitmentCampaign", campaignId, "Cập nhật đề cương hướng dẫn của " + c.title(),
				null);
		this.events.publishEvent(new CommitmentTemplateChanged(campaignId));
		return campaignById(campaignId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public CommitmentCampaign campaign(Scope scope, long id) {
		CommitmentCampaign c = campaignById(id)
			.orElseThrow(() -> AppException.notFound("commitment.campaignNotFound", String.valueOf(id)));
		if (!visible(scope, this.org.get(c.ownerUnitId()).getPath())) {
			throw AppException.forbidden();
		}
		return c;
	}

	/**
	 * Campaigns the user takes part in (run by their unit or one above it) or follows
	 * (run below it).
	 */
	@Transactional(readOnly = true)
	public List<CommitmentCampaign> campaigns(Scope scope) {
		List<CommitmentCampaign> all = this.jdbc.query(
				"select * from commitment_campaign order by campaign_year desc, id desc", (rs, i) -> campaignRow(rs));
		List<CommitmentCampaign> visible = new ArrayList<>();
		for (CommitmentCampaign c : all) {
			if (visible(scope, this.org.get(c.ownerUnitId()).getPath())) {
				visible.add(c);
			}
		}
		return visible;
	}

	static boolean visible(Scope scope, String ownerPath) {
		return CommitmentCampaign.visible(scope, ownerPath);
	}

	private Optional<CommitmentCampaign> campaignById(long id) {
		return this.jdbc
			.query("select * from commitment_campaign where id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> campaignRow(rs))
			.stream()
			.findFirst();
	}

	private static CommitmentCampaign campaignRow(ResultSet rs) throws SQLException {
		return new CommitmentCampaign(rs.getLong("id"), rs.getLong("owner_unit_id"), rs.getInt("campaign_year"),
				CommitmentKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("reference_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getBoolean("expect_exempt"), rs.getBoolean("expect_away"), rs.getString("guidance_template"),
				rs.getLong("version"));
	}

	// ---- entry

	/** What was typed: the form's sections, or one pasted text. */
	public record Draft(EntryMode mode, Map<CommitmentSection, String> sections, String text) {

		public static Draft form(Map<CommitmentSection, String> sections) {
			return new Draft(EntryMode.FORM, sections, null);
		}

		public static Draft text(String text) {
			return new Draft(EntryMode.TEXT, Map.of(), text);
		}

	}

	/**
	 * Enters a member's commitment, or changes it when {@code version} is given (the
	 * version the user saw). A commitment changed after the cell committee signed it goes
	 * back to "submitted" and must be signed again.
	 */
	@Transactional
	public Commitment save(Scope scope, long campaignId, long memberId, Draft draft, Long version) {
		CommitmentCampaign campaign = campaign(scope, campaignId);
		Author author = author(memberId);
		requireEnter(scope, campaign, author);
		Map<CommitmentSection, String> sections = new EnumMap<>(CommitmentSection.class);
		String body;
		if (draft.mode() == EntryMode.FORM) {
			StringBuilder sb = new StringBuilder();
			int n = 1;
			for (CommitmentSection s : CommitmentSection.values()) {
				String t = CommitmentText.normalize(draft.sections() == null ? null : draft.sections().get(s));
				if (!t.isEmpty()) {
					sections.put(s, t);
					sb.append(sb.isEmpty() ? "" : "\n\n")
						.append(n)
						.append(". ")
						.append(s.heading())
						.append('\n')
						.append(t);
				}
				n++;
			}
			body = sb.toString();
		}
		else {
			body = CommitmentText.normalize(draft.text());
		}
		if (body.isBlank()) {
			throw AppException.invalid("commitment.emptyText");
		}
		if (body.length() > CommitmentText.MAX_CHARS) {
			throw AppException.invalid("commitment.textTooLong", CommitmentText.MAX_CHARS);
		}
		return store(scope, campaign, author, draft.mode(), sections, body, "UNICODE", null, version);
	}

	/**
	 * The uploaded file's text is extracted first; a file that cannot be read stores
	 * nothing.
	 */
	@Transactional
	public Commitment upload(Scope scope, long campaignId, long memberId, String fileName, InputStream content,
			long size, Long version) {
		CommitmentCampaign campaign = campaign(scope, campaignId);
		Author author = author(memberId);
		requireEnter(scope, campaign, author);
		String name = CommitmentText.displayName(fileName);
		if (name.isEmpty()) {
			throw AppException.invalid("commitment.file.none");
		}
		byte[] bytes;
		try {
			if (size > this.maxFileBytes) {
				CommitmentText.extract(name, InputStream.nullInputStream(), size, this.maxFileBytes);
			}
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxFileBytes + 1));
		}
		catch (java.io.IOException e) {
			throw AppException.invalid("commitment.file.corrupt", name);
		}
		vn.tuyengiao.text.DocumentText.Extracted x = CommitmentText.extract(name,
				new java.io.ByteArrayInputStream(bytes), bytes.length, this.maxFileBytes);
		return store(scope, campaign, author, EntryMode.UPLOAD, Map.of(), x.text(), x.sourceEncoding().name(),
				new StoredFile(name, x.mediaType(), bytes), version);
	}

	/** The original of an uploaded commitment. */
	public record StoredFile(String fileName, String mediaType, byte[] content) {
	}

	private Commitment store(Scope scope, CommitmentCampaign campaign, Author author, EntryMode mode,
			Map<CommitmentSection, String> sections, String body, String encoding, StoredFile file, Long version) {
		Optional<Commitment> existing = find(campaign.id(), author.memberId());
		// Members have no accounts: every commitment is typed or uploaded by the cell
		// secretary or an officer on the
		// member's behalf; entered_by says who.
		boolean onBehalf = true;
		Timestamp now = now();
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaign.id()).addValue("m", author.memberId())
			.addValue("mode", mode.name())
			.addValue("body", body)
			.addValue("wc", CommitmentText.wordCount(body))
			.addValue("enc", encoding)
			.addValue("by", scope.username())
			.addValue("ob", onBehalf)
			.addValue("now", now);
		for (CommitmentSection s : CommitmentSection.values()) {
			p.addValue(column(s), sections.get(s));
		}
		long id;
		String step;
		if (existing.isEmpty()) {
			if (version != null) {
				throw AppException.staleVersion();
			}
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update(
					"""
							insert into commitment (campaign_id, member_id, status, entry_mode, section_ideology, section_ethics,
							  section_duties, section_discipline, section_shortcomings, body, word_count, source_encoding,
							  entered_by, on_behalf, submitted_at, updated_at)
							values (:c, :m, 'SUBMITTED', :mode, :section_ideology, :section_ethics, :section_duties,
							  :section_discipline, :section_shortcomings, :body, :wc, :enc, :by, :ob, :now, :now)""",
					p, key, new String[] { "id" });
			id = key.getKey().longValue();
			step = "SUBMITTED";
		}
		else {
			Commitment old = existing.get();
			if (version == null) {
				throw AppException.conflict("commitment.alreadyEntered", author.fullName());
			}
			boolean wasSigned = old.status() != CommitmentStatus.SUBMITTED || old.editedAfterSignoff();
			int n = this.jdbc.update(
					"""
							update commitment set status = 'SUBMITTED', entry_mode = :mode, section_ideology = :section_ideology,
							  section_ethics = :section_ethics, section_duties = :section_duties,
							  section_discipline = :section_discipline, section_shortcomings = :section_shortcomings, body = :body,
							  word_count = :wc, source_encoding = :enc, entered_by = :by, on_behalf = :ob, submitted_at = :now,
							  edited_after_signoff = :eas, signed_by = null, signed_at = null, signoff_comment = null,
							  appraisal_result = null, appraisal_reasons = null, appraising_unit_id = null, appraised_by = null,
							  appraised_at = null, version = version + 1, updated_at = :now
							where id = :id and version = :v""",
					p.addValue("id", old.id()).addValue("v", version).addValue("eas", wasSigned));
			if (n == 0) {
				throw AppException.staleVersion();
			}
			id = old.id();
			step = old.status() == CommitmentStatus.RETURNED ? "RESUBMITTED"
					: old.status() == CommitmentStatus.SUBMITTED ? "EDITED" : "EDITED_AFTER_SIGNOFF";
			this.jdbc.update("delete from commitment_file where commitment_id = :id",
					new MapSqlParameterSource("id", id));
		}
		if (file != null) {
			this.jdbc.update(
					"""
							insert into commitment_file (commitment_id, file_name, media_type, size_bytes, content_base64, uploaded_by,
							  uploaded_at) values (:id, :n, :t, :s, :b, :by, :now)""",
					new MapSqlParameterSource("id", id).addValue("n", file.fileName())
						.addValue("t", file.mediaType())
						.addValue("s", file.content().length)
						.addValue("b", Base64.getEncoder().encodeToString(file.content()))
						.addValue("by", scope.username())
						.addValue("now", now));
		}
		String note = file == null ? null : file.fileName();
		step(id, step, CommitmentStatus.SUBMITTED, scope.username(), note);
		this.audit.record(step, "Commitment", id,
				"Bản cam kết của " + author.fullName() + " (" + campaign.title() + ")", note);
		this.events.publishEvent(new CommitmentSubmitted(id, campaign.id(), author.memberId(), author.cellId(), body));
		return byId(id);
	}

	private static String column(CommitmentSection s) {
		return switch (s) {
			case IDEOLOGY -> "section_ideology";
			case ETHICS -> "section_ethics";
			case DUTIES -> "section_duties";
			case DISCIPLINE -> "section_discipline";
			case SHORTCOMINGS -> "section_shortcomings";
		};
	}

	/**
	 * The member's cell or a unit above it, in the user's scope, may enter; the member
	 * must be on the roll.
	 */
	private void requireEnter(Scope scope, CommitmentCampaign campaign, Author author) {
		scope.requireWrite(author.cellPath());
		if (!author.cellPath().startsWith(this.org.get(campaign.ownerUnitId()).getPath())) {
			throw AppException.invalid("commitment.memberOutsideCampaign", author.fullName());
		}
		if (!List.of("ACTIVE", "EXEMPT", "AWAY").contains(author.status())) {
			throw AppException.invalid("commitment.memberNotOnRoll", author.fullName());
		}
	}

	// ---- workflow

	/**
	 * The cell committee has read the commitment and signs it off (ký xác nhận), with its
	 * comment.
	 */
	@Transactional
	public Commitment signOff(Scope scope, long id, String comment, long version) {
		Commitment c = get(scope, id);
		Author author = author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (c.status() != CommitmentStatus.SUBMITTED) {
			throw AppException.conflict("commitment.notAwaitingSignoff", author.fullName());
		}
		String note = blankToNull(VietnameseText.normalize(comment));
		Timestamp now = now();
		int n = this.jdbc
			.update("""
					update commitment set status = 'SIGNED', signed_by = :by, signed_at = :now, signoff_comment = :note,
					  edited_after_signoff = false, version = version + 1, updated_at = :now where id = :id and version = :v""",
					new MapSqlParameterSource("by", scope.username()).addValue("now", now)
						.addValue("note", note)
						.addValue("id", id)
						.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		step(id, "SIGNED", CommitmentStatus.SIGNED, scope.username(), note);
		this.audit.record("SIGN", "Commitment", id, "Chi ủy ký xác nhận bản cam kết của " + author.fullName(), note);
		return byId(id);
	}

	/**
	 * The commune's appraisal team (a unit above the cell): đạt, or cần bổ sung with
	 * reasons, which returns the commitment to the member.
	 */
	@Transactional
	public Commitment appraise(Scope scope, long id, AppraisalResult result, String reasons, long version) {
		Commitment c = get(scope, id);
		Author author = author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (scope.pathPrefix() != null && scope.pathPrefix().equals(author.cellPath())) {
			throw new AppException(403, "commitment.appraiserNotAbove");
		}
		if (result == null) {
			throw AppException.invalid("commitment.appraisalRequired");
		}
		String note = blankToNull(CommitmentText.normalize(reasons));
		if (result == AppraisalResult.NEEDS_SUPPLEMENT && note == null) {
			throw AppException.invalid("commitment.reasonsRequired");
		}
		if (c.status() != CommitmentStatus.SIGNED) {
			throw AppException.conflict("commitment.notSigned", author.fullName());
		}
		CommitmentStatus after = result == AppraisalResult.PASSED ? CommitmentStatus.APPRAISED
				: CommitmentStatus.RETURNED;
		OrgUnit cell = this.org.get(author.cellId());
		Long appraiser = scope.rootUnitId() != null ? scope.rootUnitId() : cell.getParentId();
		Timestamp now = now();
		int n = this.jdbc.update(
				"""
						update commitment set status = :s, appraisal_result = :r, appraisal_reasons = :note, appraising_unit_id = :u,
						  appraised_by = :by, appraised_at = :now, version = version + 1, updated_at = :now
						where id = :id and version = :v""",
				new MapSqlParameterSource("s", after.name()).addValue("r", result.name())
					.addValue("note", note)
					.addValue("u", appraiser)
					.addValue("by", scope.username())
					.addValue("now", now)
					.addValue("id", id)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		step(id, after == CommitmentStatus.APPRAISED ? "APPRAISED" : "RETURNED", after, scope.username(), note);
		this.audit.record("APPRAISE", "Commitment", id, "Tổ thẩm định: bản cam kết của " + author.fullName() + " — "
				+ (result == AppraisalResult.PASSED ? "đạt" : "cần bổ sung"), note);
		return byId(id);
	}

	/**
	 * At year end, for the self-review: was the commitment kept? Recorded by the cell.
	 */
	@Transactional
	public Commitment recordFollowThrough(Scope scope, long id, FollowThrough followThrough, String note,
			long version) {
		Commitment c = get(scope, id);
		Author author = author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (followThrough == null) {
			throw AppException.invalid("commitment.followThroughRequired");
		}
		if (!c.status().signed()) {
			throw AppException.conflict("commitment.followThroughNeedsSignoff", author.fullName());
		}
		String text = blankToNull(CommitmentText.normalize(note));
		Timestamp now = now();
		int n = this.jdbc.update("""
				update commitment set follow_through = :f, follow_through_note = :note, follow_through_by = :by,
				  follow_through_at = :now, version = version + 1, updated_at = :now where id = :id and version = :v""",
				new MapSqlParameterSource("f", followThrough.name()).addValue("note", text)
					.addValue("by", scope.username())
					.addValue("now", now)
					.addValue("id", id)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		step(id, "FOLLOW_THROUGH_" + followThrough.name(), c.status(), scope.username(), text);
		this.audit.record("FOLLOW_THROUGH", "Commitment", id,
				"Kết quả thực hiện cam kết của " + author.fullName() + ": " + followThrough, text);
		return byId(id);
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Commitment get(Scope scope, long id) {
		Commitment c = this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) "
					+ "as has_file from commitment c where c.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> commitmentRow(rs))
			.stream()
			.findFirst()
			.orElseThrow(() -> AppException.notFound("commitment.notFound", String.valueOf(id)));
		campaign(scope, c.campaignId());
		scope.requireRead(author(c.memberId()).cellPath());
		return c;
	}

	@Transactional(readOnly = true)
	public Optional<Commitment> forMember(Scope scope, long campaignId, long memberId) {
		campaign(scope, campaignId);
		scope.requireRead(author(memberId).cellPath());
		return find(campaignId, memberId);
	}

	@Transactional(readOnly = true)
	public Author author(Scope scope, long memberId) {
		Author a = author(memberId);
		scope.requireRead(a.cellPath());
		return a;
	}

	@Transactional(readOnly = true)
	public List<CommitmentStep> history(Scope scope, long id) {
		get(scope, id);
		return this.jdbc.query("select * from commitment_step where commitment_id = :id order by acted_at, id",
				new MapSqlParameterSource("id", id),
				(rs, i) -> new CommitmentStep(rs.getString("step"),
						CommitmentStatus.valueOf(rs.getString("status_after")), rs.getString("actor"),
						rs.getTimestamp("acted_at").toInstant(), rs.getString("note")));
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(Scope scope, long id) {
		get(scope, id);
		return this.jdbc
			.query("select file_name, media_type, content_base64 from commitment_file where commitment_id = :id",
					new MapSqlParameterSource("id", id),
					(rs, i) -> new StoredFile(rs.getString(1), rs.getString(2),
							Base64.getDecoder().decode(rs.getString(3))))
			.stream()
			.findFirst();
	}

	/**
	 * The advisory content checks for the signer, with the boilerplate share when copy
	 * detection supplies it.
	 */
	@Transactional(readOnly = true)
	public List<ContentChecks.Finding> checks(Scope scope, long id) {
		Commitment c = get(scope, id);
		Author a = author(c.memberId());
		BoilerplateEstimate estimate = this.boilerplate.getIfAvailable();
		OptionalDouble share = estimate == null ? OptionalDouble.empty()
				: estimate.boilerplateShare(c.campaignId(), c.id(), c.body());
		return ContentChecks.check(c.entryMode(), c.sections(), c.body(),
				new ContentChecks.Subject(a.position(), a.duties()), share);
	}

	private Optional<Commitment> find(long campaignId, long memberId) {
		return this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) as has_file "
					+ "from commitment c where c.campaign_id = :c and c.member_id = :m",
					new MapSqlParameterSource("c", campaignId).addValue("m", memberId), (rs, i) -> commitmentRow(rs))
			.stream()
			.findFirst();
	}

	private Commitment byId(long id) {
		return this.jdbc
			.query("select c.*, exists (select 1 from commitment_file f where f.commitment_id = c.id) as has_file "
					+ "from commitment c where c.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> commitmentRow(rs))
			.get(0);
	}

	private static Commitment commitmentRow(ResultSet rs) throws SQLException {
		Map<CommitmentSection, String> sections = new EnumMap<>(CommitmentSection.class);
		for (CommitmentSection s : CommitmentSection.values()) {
			String t = rs.getString(column(s));
			if (t != null) {
				sections.put(s, t);
			}
		}
		String appraisal = rs.getString("appraisal_result");
		String follow = rs.getString("follow_through");
		Long appraiser = rs.getObject("appraising_unit_id") == null ? null : rs.getLong("appraising_unit_id");
		return new Commitment(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("member_id"),
				CommitmentStatus.valueOf(rs.getString("status")), EntryMode.valueOf(rs.getString("entry_mode")),
				sections, rs.getString("body"), rs.getInt("word_count"), rs.getString("source_encoding"),
				rs.getString("entered_by"), rs.getBoolean("on_behalf"), instant(rs, "submitted_at"),
				rs.getBoolean("edited_after_signoff"), rs.getString("signed_by"), instant(rs, "signed_at"),
				rs.getString("signoff_comment"), appraisal == null ? null : AppraisalResult.valueOf(appraisal),
				rs.getString("appraisal_reasons"), appraiser, rs.getString("appraised_by"), instant(rs, "appraised_at"),
				follow == null ? null : FollowThrough.valueOf(follow), rs.getString("follow_through_note"),
				rs.getString("follow_through_by"), instant(rs, "follow_through_at"), rs.getLong("version"),
				rs.getBoolean("has_file"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	Author author(long memberId) {
		return this.jdbc
			.query("""
					select m.id, m.full_name, u.id, u.name, u.path, m.position, m.duties, m.status, m.retired_cadre
					from member m join org_unit u on u.id = m.unit_id where m.id = :m""",
					new MapSqlParameterSource("m", memberId),
					(rs, i) -> new Author(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
			.stream()
			.findFirst()
			.orElseThrow(() -> AppException.notFound("member.notFound", memberId));
	}

	private void step(long id, String step, CommitmentStatus after, String actor, String note) {
		this.jdbc.update(
				"insert into commitment_step (commitment_id, step, status_after, actor, acted_at, note) "
						+ "values (:id, :s, :a, :by, :at, :note)",
				new MapSqlParameterSource("id", id).addValue("s", step)
					.addValue("a", after.name())
					.addValue("by", actor)
					.addValue("at", now())
					.addValue("note", note));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
