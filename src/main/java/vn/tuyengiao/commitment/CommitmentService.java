package vn.tuyengiao.commitment;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.commitment.internal.CampaignStore;
import vn.tuyengiao.commitment.internal.CommitmentEntry;
import vn.tuyengiao.commitment.internal.CommitmentRecords;
import vn.tuyengiao.commitment.internal.CommitmentWorkflow;

/**
 * Campaigns and commitments: entry (form, text or upload, by the member's cell or a unit
 * above it), the cell committee's sign-off, the commune appraisal team's verdict and the
 * year-end follow-through. Every step is checked against the user's scope, kept in the
 * commitment's history and written to the audit log; edits carry the version the user
 * saw. The module's entry point: it holds the transactions and hands each job to its
 * class in {@code internal} (campaigns, entry, workflow steps, reading).
 */
@Service
public class CommitmentService {

	private final CampaignStore campaigns;

	private final CommitmentEntry entry;

	private final CommitmentWorkflow workflow;

	private final CommitmentRecords records;

	CommitmentService(CampaignStore campaigns, CommitmentEntry entry, CommitmentWorkflow workflow,
			CommitmentRecords records) {
		this.campaigns = campaigns;
		this.entry = entry;
		this.workflow = workflow;
		this.records = records;
	}

	public long maxFileBytes() {
		return this.entry.maxFileBytes();
	}

	// ---- campaigns

	public record NewCampaign(long ownerUnitId, Integer year, CommitmentKind kind, String title,
			LocalDate referenceDate, LocalDate deadline, boolean expectExempt, boolean expectAway,
			String guidanceTemplate) {
	}

	@Transactional
	public CommitmentCampaign createCampaign(Scope scope, NewCampaign c) {
		return this.campaigns.createCampaign(scope, c);
	}

	/**
	 * The guidance outline everyone is told to follow: copy detection does not count text
	 * taken from it.
	 */
	@Transactional
	public CommitmentCampaign setGuidanceTemplate(Scope scope, long campaignId, String template, long version) {
		return this.campaigns.setGuidanceTemplate(scope, campaignId, template, version);
	}

	@Transactional(readOnly = true)
	public CommitmentCampaign campaign(Scope scope, long id) {
		return this.campaigns.campaign(scope, id);
	}

	/**
	 * Campaigns the user takes part in (run by their unit or one above it) or follows
	 * (run below it).
	 */
	@Transactional(readOnly = true)
	public List<CommitmentCampaign> campaigns(Scope scope) {
		return this.campaigns.campaigns(scope);
	}

	static boolean visible(Scope scope, String ownerPath) {
		return CommitmentCampaign.visible(scope, ownerPath);
	}

	static String defaultTitle(CommitmentKind kind, int year) {
		return CampaignStore.defaultTitle(kind, year);
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
		return this.entry.save(scope, campaignId, memberId, draft, version);
	}

	/**
	 * The uploaded file's text is extracted first; a file that cannot be read stores
	 * nothing.
	 */
	@Transactional
	public Commitment upload(Scope scope, long campaignId, long memberId, String fileName, InputStream content,
			long size, Long version) {
		return this.entry.upload(scope, campaignId, memberId, fileName, content, size, version);
	}

	/** The original of an uploaded commitment. */
	public record StoredFile(String fileName, String mediaType, byte[] content) {
	}

	// ---- workflow

	/**
	 * The cell committee has read the commitment and signs it off (ký xác nhận), with its
	 * comment.
	 */
	@Transactional
	public Commitment signOff(Scope scope, long id, String comment, long version) {
		return this.workflow.signOff(scope, id, comment, version);
	}

	/**
	 * The commune's appraisal team (a unit above the cell): đạt, or cần bổ sung with
	 * reasons, which returns the commitment to the member.
	 */
	@Transactional
	public Commitment appraise(Scope scope, long id, AppraisalResult result, String reasons, long version) {
		return this.workflow.appraise(scope, id, result, reasons, version);
	}

	/**
	 * At year end, for the self-review: was the commitment kept? Recorded by the cell.
	 */
	@Transactional
	public Commitment recordFollowThrough(Scope scope, long id, FollowThrough followThrough, String note,
			long version) {
		return this.workflow.recordFollowThrough(scope, id, followThrough, note, version);
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Commitment get(Scope scope, long id) {
		return this.records.get(scope, id);
	}

	@Transactional(readOnly = true)
	public Optional<Commitment> forMember(Scope scope, long campaignId, long memberId) {
		return this.records.forMember(scope, campaignId, memberId);
	}

	@Transactional(readOnly = true)
	public Author author(Scope scope, long memberId) {
		return this.records.author(scope, memberId);
	}

	@Transactional(readOnly = true)
	public List<CommitmentStep> history(Scope scope, long id) {
		return this.records.history(scope, id);
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(Scope scope, long id) {
		return this.records.file(scope, id);
	}

	/**
	 * The advisory content checks for the signer, with the boilerplate share when copy
	 * detection supplies it.
	 */
	@Transactional(readOnly = true)
	public List<ContentChecks.Finding> checks(Scope scope, long id) {
		return this.records.checks(scope, id);
	}

	/** The member as commitments show them, without a scope check. */
	Author author(long memberId) {
		return this.records.author(memberId);
	}

}
