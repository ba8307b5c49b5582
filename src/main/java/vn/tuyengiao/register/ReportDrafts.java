package vn.tuyengiao.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.internal.PartyDocumentJson;
import vn.tuyengiao.register.internal.RegisterDraft;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentNumber;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Stage;
import vn.tuyengiao.text.VietnameseText;

/**
 * A report is a document: drafted from a report page into the register, its paragraphs
 * edited by the officer in saved revisions (tables and figures stay as computed on the
 * report date), then issued once: a number from {@link DocumentRegister#issue}, the DOCX
 * and PDF rendered and stored with the register entry ({@link RegisterFiles}). An issued
 * document is read-only; "Tạo bản mới" copies it into a new draft.
 */
@Service
public class ReportDrafts {

	private final RegisterDraftRepository drafts;

	private final DocumentRegister register;

	private final RegisterFiles files;

	private final OrgUnits org;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ReportDrafts(RegisterDraftRepository drafts, DocumentRegister register, RegisterFiles files, OrgUnits org,
			JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.drafts = drafts;
		this.register = register;
		this.files = files;
		this.org = org;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a report page keeps: its kind ("study", "models"), the query that rebuilds its
	 * data, the issuing body and the document as drafted.
	 */
	public record NewDraft(String kind, String params, long bodyId, String typeCode, PartyDocument document) {
	}

	/** A draft or an issued document as its page shows it. */
	public record Draft(RegisterDraft entry, IssuingBody body, PartyDocument document, String typeName,
			List<Revision> revisions, List<RegisterFiles.StoredFile> files, String number, boolean editable) {
	}

	public record Revision(int revision, String savedBy, Instant savedAt) {
	}

	@Transactional
	public RegisterDraft create(Scope scope, NewDraft d) {
		IssuingBody body = this.register.body(scope, d.bodyId());
		scope.requireWrite(this.org.get(body.getUnitId()).getPath());
		String type = d.typeCode() == null ? "BC" : d.typeCode();
		if (!this.register.documentTypes().containsKey(type)) {
			throw AppException.invalid("register.unknownType", type);
		}
		PartyDocument doc = unnumbered(d.document(), body, type);
		return save(scope, body, d.kind(), d.params(), type, doc, null);
	}

	/**
	 * {@link #create}, returning the new draft's id, for another module, which sees the
	 * draft by its id only (its page is {@code /register/drafts/{id}}): the reporting
	 * cycle's reports, the press's letter to the post office.
	 */
	@Transactional
	public long createId(Scope scope, NewDraft d) {
		return create(scope, d).getId();
	}

	/** {@link #copy}, returning the new draft's id. */
	@Transactional
	public long copyId(Scope scope, long id) {
		return copy(scope, id).getId();
	}

	@Transactional(readOnly = true)
	public Draft get(Scope scope, long id) {
		RegisterDraft draft = find(id);
		IssuingBody body = this.register.body(scope, draft.getIssuingBodyId());
		List<Revision> revisions = this.jdbc.query(
				"select revision, saved_by, saved_at from register_draft_revision where draft_id = ? order by revision desc",
				(rs, i) -> new Revision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()), id);
		String number = null;
		List<RegisterFiles.StoredFile> stored = List.of();
		if (draft.getOutgoingDocumentId() != null) {
			stored = this.files.list(draft.getOutgoingDocumentId());
			number = PartyDocumentJson.read(draft.getDocument()).header().numberLine();
		}
		boolean editable = !draft.isIssued() && scope.canWrite()
				&& scope.contains(this.org.get(body.getUnitId()).getPath());
		return new Draft(draft, body, PartyDocumentJson.read(draft.getDocument()),
				this.register.documentTypes().getOrDefault(draft.getTypeCode(), draft.getTypeCode()), revisions, stored,
				number, editable);
	}

	/**
	 * The documents of several drafts or issued documents read in one query (the
	 * reporting cycle consolidating a hundred units' reports), each checked against the
	 * user's scope by its issuing body's unit; an id not found is left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PartyDocument> documents(Scope scope, Collection<Long> ids) {
		Map<Long, PartyDocument> out = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += 500) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
			Map<Long, Long> unitOf = new HashMap<>();
			Map<Long, String> json = new HashMap<>();
			this.jdbc.query("select d.id, b.unit_id, d.document from register_draft d "
					+ "join issuing_body b on b.id = d.issuing_body_id where d.id in ("
					+ String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
						unitOf.put(rs.getLong(1), rs.getLong(2));
						json.put(rs.getLong(1), rs.getString(3));
					}, chunk.toArray());
			var units = this.org.getAll(new java.util.HashSet<>(unitOf.values()));
			for (Long id : chunk) {
				if (json.containsKey(id)) {
					scope.requireRead(units.get(unitOf.get(id)).getPath());
					out.put(id, PartyDocumentJson.read(json.get(id)));
				}
			}
		}
		return out;
	}

	/**
	 * The drafts and issued documents of the bodies in the user's scope, newest first.
	 */
	@Transactional(readOnly = true)
	public List<RegisterDraft> list(Scope scope) {
		List<Long> bodies = this.register.bodies(scope).stream().map(IssuingBody::getId).toList();
		return bodies.isEmpty() ? List.of() : this.drafts.findTop200ByIssuingBodyIdInOrderByIdDesc(bodies);
	}

	/**
	 * Saves the officer's text for the paragraphs and items (block index → text) as a new
	 * revision; headings and tables are not editable. Refused when the draft was saved by
	 * someone else since {@code version} was read, or is issued.
	 */
	@Transactional
	public RegisterDraft save(Scope scope, long id, Long version, Map<Integer, String> texts) {
		return save(scope, id, version, new Edit(texts, Map.of(), Set.of()));
	}

	/**
	 * An officer's edit of a draft, by the block indexes of the version read: new text of
	 * paragraphs and items, new paragraphs after a block (in order; empty ones are
	 * ignored), paragraphs removed (headings, items and tables stay).
	 */
	public record Edit(Map<Integer, String> texts, Map<Integer, List<String>> added, Set<Integer> removed) {
	}

	/**
	 * Saves an {@link Edit} as a new revision: everything is checked first, then the
	 * paragraphs are rewritten, added and removed together. Refused when the draft was
	 * saved by someone else since {@code version} was read, or is issued.
	 */
	@Transactional
	public RegisterDraft save(Scope scope, long id, Long version, Edit edit) {
		RegisterDraft draft = writable(scope, id, version);
		PartyDocument doc = PartyDocumentJson.read(draft.getDocument());
		List<Block> body = new ArrayList<>(doc.body());
		Set<Integer> removed = edit.removed() == null ? Set.of() : edit.removed();
		for (int index : removed) {
			if (index < 0 || index >= body.size() || !(body.get(index) instanceof Block.Paragraph)) {
				throw AppException.invalid("register.blockNotRemovable", index + 1);
			}
		}
		(edit.texts() == null ? Map.<Integer, String>of() : edit.texts()).forEach((index, raw) -> {
			if (index < 0 || index >= body.size()) {
				throw AppException.invalid("register.blockNotEditable", index + 1);
			}
			String text = raw == null ? "" : VietnameseText.normalize(raw).strip();
			Block old = body.get(index);
			if (text.isEmpty() && !removed.contains(index)) {
				throw AppException.invalid("register.paragraphEmpty", index + 1);
			}
			if (removed.contains(index)) {
				return;
			}
			if (old instanceof Block.Paragraph p) {
				body.set(index, p.text().equals(text) ? p : new Block.Paragraph(text, false));
			}
			else if (old instanceof Block.Item it) {
				body.set(index, it.text().equals(text) ? it : new Block.Item(it.marker(), text, false));
			}
			else {
				throw AppException.invalid("register.blockNotEditable", index + 1);
			}
		});
		Map<Integer, List<String>> added = edit.added() == null ? Map.of() : edit.added();
		for (int index : added.keySet()) {
			if (index < 0 || index >= body.size()) {
				throw AppException.invalid("register.blockMissing", index + 1);
			}
		}
		List<Block> rebuilt = new ArrayList<>();
		int addedCount = 0;
		for (int i = 0; i < body.size(); i++) {
			if (!removed.contains(i)) {
				rebuilt.add(body.get(i));
			}
			for (String raw : added.getOrDefault(i, List.of())) {
				String text = raw == null ? "" : VietnameseText.normalize(raw).strip();
				if (!text.isEmpty()) {
					rebuilt.add(new Block.Paragraph(text, false));
					addedCount++;
				}
			}
		}
		body.clear();
		body.addAll(rebuilt);
		String structure = addedCount == 0 && removed.isEmpty() ? null
				: "Thêm " + addedCount + " đoạn, xóa " + removed.size() + " đoạn";
		PartyDocument edited = new PartyDocument(doc.header(), doc.typeName(), doc.subject(), body, doc.recipients(),
				doc.signature(), Stage.DRAFT);
		String json = PartyDocumentJson.write(edited);
		Instant now = this.clock.instant();
		draft.revise(json, scope.username(), now);
		this.drafts.saveAndFlush(draft);
		this.jdbc.update(
				"insert into register_draft_revision (draft_id, revision, document, saved_by, saved_at) "
						+ "values (?, ?, ?, ?, ?)",
				draft.getId(), draft.getRevision(), json, scope.username(), java.sql.Timestamp.from(now));
		this.audit.record("UPDATE", "RegisterDraft", draft.getId(), bodyPath(draft),
				"Sửa dự thảo (lần " + draft.getRevision() + ") " + draft.getSubject(), structure);
		return draft;
	}

	/**
	 * Issues the draft: the next number of its body, type and term on the report date,
	 * the document marked issued, its DOCX and PDF rendered once and stored with the
	 * register entry. The figures are those of the draft, as of the report date.
	 */
	@Transactional
	public DocumentRegister.IssuedNumber issue(Scope scope, long id, Long version) {
		return issue(scope, id, version, true);
	}

	/**
	 * Issues the draft; with {@code renderNow} false the files are rendered on their
	 * first download instead (the demo loads its entries so, to start fast).
	 */
	@Transactional
	public DocumentRegister.IssuedNumber issue(Scope scope, long id, Long version, boolean renderNow) {
		RegisterDraft draft = writable(scope, id, version);
		PartyDocument doc = PartyDocumentJson.read(draft.getDocument());
		DocumentRegister.IssuedNumber number = this.register.issue(scope, draft.getIssuingBodyId(), draft.getTypeCode(),
				draft.getSubject(), draft.getReportDate());
		DocumentHeader h = doc.header();
		PartyDocument issued = new PartyDocument(
				new DocumentHeader(h.superiorBody(), h.issuingBody(), number.formatted(), h.place(), h.date()),
				doc.typeName(), doc.subject(), doc.body(), doc.recipients(), doc.signature(), Stage.ISSUED);
		String json = PartyDocumentJson.write(issued);
		long entry = number.document().getId();
		this.jdbc.update("update outgoing_document set document = ?, signer = ?, recipients = ? where id = ?", json,
				signer(issued), String.join("\n", issued.recipients().lines()), entry);
		draft.issued(entry, json, scope.username(), this.clock.instant());
		this.drafts.saveAndFlush(draft);
		if (renderNow) {
			this.files.renderAndStore(entry, issued, fileStem(number), scope.username());
		}
		this.audit.record("ISSUE", "RegisterDraft", draft.getId(), bodyPath(draft), "Phát hành " + number.reference(),
				draft.getSubject());
		return number;
	}

	/**
	 * Keeps and issues a document at once (documents loaded, not drafted on a page); with
	 * {@code renderNow} false its files are rendered on first download.
	 */
	@Transactional
	public String issueAsIs(Scope scope, NewDraft d, boolean renderNow) {
		RegisterDraft draft = create(scope, d);
		return issue(scope, draft.getId(), draft.getVersion(), renderNow).reference();
	}

	/**
	 * "Tạo bản mới": a new draft with the text of this one (issued or not), unnumbered.
	 */
	@Transactional
	public RegisterDraft copy(Scope scope, long id) {
		RegisterDraft source = find(id);
		IssuingBody body = this.register.body(scope, source.getIssuingBodyId());
		scope.requireWrite(this.org.get(body.getUnitId()).getPath());
		PartyDocument doc = unnumbered(PartyDocumentJson.read(source.getDocument()), body, source.getTypeCode());
		return save(scope, body, source.getKind(), source.getParams(), source.getTypeCode(), doc, source.getId());
	}

	private RegisterDraft save(Scope scope, IssuingBody body, String kind, String params, String type,
			PartyDocument doc, Long copiedFrom) {
		String json = PartyDocumentJson.write(doc);
		Instant now = this.clock.instant();
		String typeName = this.register.documentTypes().getOrDefault(type, type);
		String subject = VietnameseText.normalize(typeName + " " + String.join(" ", doc.subject()));
		RegisterDraft draft = this.drafts.saveAndFlush(new RegisterDraft(body.getId(), kind,
				params == null ? "" : params, type, subject.length() > 1000 ? subject.substring(0, 1000) : subject,
				doc.header().date(), json, copiedFrom, scope.username(), now));
		this.jdbc.update(
				"insert into register_draft_revision (draft_id, revision, document, saved_by, saved_at) "
						+ "values (?, ?, ?, ?, ?)",
				draft.getId(), 1, json, scope.username(), java.sql.Timestamp.from(now));
		this.audit.record("CREATE", "RegisterDraft", draft.getId(), this.org.get(body.getUnitId()).getPath(),
				"Tạo dự thảo " + draft.getSubject(), body.getName());
		return draft;
	}

	/**
	 * The document as a draft of this body: its header, no number (the register gives it
	 * at issue), "Dự thảo".
	 */
	static PartyDocument unnumbered(PartyDocument doc, IssuingBody body, String type) {
		String abbreviation = body.canNumber() ? body.getAbbreviation() : "…";
		DocumentHeader header = body.header(DocumentNumber.unnumbered(type, abbreviation), doc.header().date());
		return new PartyDocument(header, doc.typeName(), doc.subject(), doc.body(), doc.recipients(), doc.signature(),
				Stage.DRAFT);
	}

	private RegisterDraft writable(Scope scope, long id, Long version) {
		RegisterDraft draft = find(id);
		IssuingBody body = this.register.body(scope, draft.getIssuingBodyId());
		scope.requireWrite(this.org.get(body.getUnitId()).getPath());
		if (draft.isIssued()) {
			throw AppException.conflict("register.alreadyIssued", draft.getSubject());
		}
		if (version == null || version != draft.getVersion()) {
			throw AppException.staleVersion();
		}
		return draft;
	}

	private RegisterDraft find(long id) {
		return this.drafts.findById(id).orElseThrow(() -> AppException.notFound("register.draftNotFound", id));
	}

	private static String signer(PartyDocument doc) {
		var s = doc.signature();
		return (s.authority() == null ? "" : s.authority() + " ") + s.title() + " " + s.name();
	}

	/** "so-03-BC-BTG": the file name of the issued copies. */
	static String fileStem(DocumentRegister.IssuedNumber number) {
		return RegisterFiles.stem(number.reference());
	}

	/** The path of the draft's issuing body's unit, for the audit log. */
	private String bodyPath(RegisterDraft draft) {
		return this.org.get(this.register.body(Scope.system(), draft.getIssuingBodyId()).getUnitId()).getPath();
	}

}
