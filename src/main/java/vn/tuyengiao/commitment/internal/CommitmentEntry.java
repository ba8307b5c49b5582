package vn.tuyengiao.commitment.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.commitment.Author;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.commitment.CommitmentSubmitted;
import vn.tuyengiao.commitment.EntryMode;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.DocumentText;

/**
 * Entry of a member's commitment: by form, pasted text or upload (the file's text
 * extracted first, the original kept), by the member's cell or a unit above it; every
 * entry or change publishes {@link CommitmentSubmitted}. Behind
 * {@link CommitmentService}, which holds the transactions.
 */
@Component
public class CommitmentEntry {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CampaignStore campaigns;

	private final CommitmentRecords records;

	private final long maxFileBytes;

	CommitmentEntry(NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, ApplicationEventPublisher events,
			CampaignStore campaigns, CommitmentRecords records,
			@Value("${tuyengiao.commitment.max-file-mb:10}") long maxFileMb) {
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.events = events;
		this.campaigns = campaigns;
		this.records = records;
		this.maxFileBytes = maxFileMb * 1024 * 1024;
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	/**
	 * Enters a member's commitment, or changes it when {@code version} is given (the
	 * version the user saw). A commitment changed after the cell committee signed it goes
	 * back to "submitted" and must be signed again.
	 */
	public Commitment save(Scope scope, long campaignId, long memberId, CommitmentService.Draft draft, Long version) {
		CommitmentCampaign campaign = this.campaigns.campaign(scope, campaignId);
		Author author = this.records.author(memberId);
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
	public Commitment upload(Scope scope, long campaignId, long memberId, String fileName, InputStream content,
			long size, Long version) {
		CommitmentCampaign campaign = this.campaigns.campaign(scope, campaignId);
		Author author = this.records.author(memberId);
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
		DocumentText.Extracted x = CommitmentText.extract(name, new java.io.ByteArrayInputStream(bytes), bytes.length,
				this.maxFileBytes);
		return store(scope, campaign, author, EntryMode.UPLOAD, Map.of(), x.text(), x.sourceEncoding().name(),
				new CommitmentService.StoredFile(name, x.mediaType(), bytes), version);
	}

	private Commitment store(Scope scope, CommitmentCampaign campaign, Author author, EntryMode mode,
			Map<CommitmentSection, String> sections, String body, String encoding, CommitmentService.StoredFile file,
			Long version) {
		Optional<Commitment> existing = this.records.find(campaign.id(), author.memberId());
		// Members have no accounts: every commitment is typed or uploaded by the cell
		// secretary or an officer on the
		// member's behalf; entered_by says who.
		boolean onBehalf = true;
		Timestamp now = this.records.now();
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaign.id()).addValue("m", author.memberId())
			.addValue("mode", mode.name())
			.addValue("body", body)
			.addValue("wc", CommitmentText.wordCount(body))
			.addValue("enc", encoding)
			.addValue("by", scope.username())
			.addValue("ob", onBehalf)
			.addValue("now", now);
		for (CommitmentSection s : CommitmentSection.values()) {
			p.addValue(CommitmentRecords.column(s), sections.get(s));
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
		this.records.step(id, step, CommitmentStatus.SUBMITTED, scope.username(), note);
		this.audit.record(step, "Commitment", id, author.cellPath(),
				"Bản cam kết của " + author.fullName() + " (" + campaign.title() + ")", note);
		this.events.publishEvent(new CommitmentSubmitted(id, campaign.id(), author.memberId(), author.cellId(), body));
		return this.records.byId(id);
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

}
