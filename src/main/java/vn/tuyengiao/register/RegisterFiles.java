package vn.tuyengiao.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.internal.PartyDocumentJson;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;

/**
 * The files of a register entry, in the database so every instance of the application
 * serves them: the DOCX and PDF rendered once at issue, and the signed finals uploaded
 * later. An entry whose snapshot was stored without files (the demo's) is rendered on its
 * first download, once: the entry's row lock makes a second request wait and find the
 * files.
 */
@Service
public class RegisterFiles {

	public static final String DOCX = "DOCX";

	public static final String PDF = "PDF";

	public static final String SIGNED = "SIGNED";

	private final JdbcTemplate jdbc;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final DocumentRegister register;

	private final Clock clock;

	private final vn.tuyengiao.org.OrgUnits org;

	private final vn.tuyengiao.audit.AuditLog audit;

	/** The largest signed final an officer may upload. */
	public static final int SIGNED_MAX_MB = 20;

	RegisterFiles(JdbcTemplate jdbc, DocxRenderer docx, PdfRenderer pdf, DocumentRegister register, Clock clock,
			vn.tuyengiao.org.OrgUnits org, vn.tuyengiao.audit.AuditLog audit) {
		this.org = org;
		this.audit = audit;
		this.jdbc = jdbc;
		this.docx = docx;
		this.pdf = pdf;
		this.register = register;
		this.clock = clock;
	}

	public record StoredFile(long id, long entryId, String kind, String fileName, String contentType, long size,
			String createdBy, Instant createdAt) {
	}

	public record Content(StoredFile file, byte[] bytes) {
	}

	/** "so-03-BC-BTG" for "03-BC/BTG". */
	static String stem(String reference) {
		String plain = java.text.Normalizer.normalize(reference.replace('/', '-'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		return "so-" + plain.replaceAll("[^A-Za-z0-9-]", "");
	}

	@Transactional(readOnly = true)
	public List<StoredFile> list(long entryId) {
		return this.jdbc.query(
				"select id, outgoing_document_id, kind, file_name, content_type, size_bytes, created_by, "
						+ "created_at from outgoing_file where outgoing_document_id = ? order by id",
				(rs, i) -> new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
				entryId);
	}

	/** Renders the issued document to DOCX and PDF and stores both with the entry. */
	@Transactional
	public void renderAndStore(long entryId, PartyDocument issued, String stem, String by) {
		store(entryId, DOCX, stem + ".docx", Downloads.DOCX.toString(), this.docx.render(issued), by);
		store(entryId, PDF, stem + ".pdf", MediaType.APPLICATION_PDF_VALUE, this.pdf.render(issued), by);
	}

	@Transactional
	public long store(long entryId, String kind, String fileName, String contentType, byte[] content, String by) {
		this.jdbc.update(
				"insert into outgoing_file (outgoing_document_id, kind, file_name, content_type, size_bytes, content, "
						+ "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				entryId, kind, fileName, contentType, content.length, content, by,
				Timestamp.from(this.clock.instant()));
		return this.jdbc.queryForObject("select max(id) from outgoing_file where outgoing_document_id = ?", Long.class,
				entryId);
	}

	/**
	 * The files of an entry the user may read; an entry kept without its rendered files
	 * gets them now, once.
	 */
	@Transactional
	public List<StoredFile> files(Scope scope, long entryId) {
		entry(scope, entryId);
		ensureRendered(entryId);
		return list(entryId);
	}

	@Transactional
	public Content download(Scope scope, long entryId, long fileId) {
		entry(scope, entryId);
		ensureRendered(entryId);
		List<Content> found = this.jdbc.query(
				"select id, outgoing_document_id, kind, file_name, content_type, size_bytes, created_by, created_at, "
						+ "content from outgoing_file where id = ? and outgoing_document_id = ?",
				(rs, i) -> new Content(new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
						rs.getBytes(9)),
				fileId, entryId);
		if (found.isEmpty()) {
			throw AppException.notFound("register.fileNotFound", fileId);
		}
		return found.get(0);
	}

	/** The entry's rendered copy of a kind (DOCX or PDF), rendered now if need be. */
	@Transactional
	public Content rendered(Scope scope, long entryId, String kind) {
		StoredFile file = files(scope, entryId).stream()
			.filter(f -> f.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> AppException.notFound("register.fileNotFound", kind));
		return download(scope, entryId, file.id());
	}

	/**
	 * Stores the signed final of an entry: a PDF scan or the edited DOCX, told apart by
	 * their first bytes (not the file's name), at most {@value #SIGNED_MAX_MB} MB. Only a
	 * user who may write for the body's unit uploads; the upload is audited.
	 */
	@Transactional
	public StoredFile uploadSigned(Scope scope, long entryId, String originalName, byte[] content) {
		IssuingBody body = entry(scope, entryId);
		String unitPath = this.org.get(body.getUnitId()).getPath();
		scope.requireWrite(unitPath);
		String name = baseName(originalName);
		if (content == null || content.length == 0) {
			throw AppException.invalid("register.signed.empty", name);
		}
		if (content.length > SIGNED_MAX_MB * 1024L * 1024L) {
			java.text.NumberFormat mb = java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag("vi"));
			mb.setMaximumFractionDigits(1);
			throw AppException.invalid("register.signed.tooLarge", name, mb.format(content.length / 1048576.0),
					SIGNED_MAX_MB);
		}
		String extension;
		String type;
		if (SignedFinalType.isPdf(content)) {
			extension = ".pdf";
			type = MediaType.APPLICATION_PDF_VALUE;
		}
		else if (SignedFinalType.isDocx(content)) {
			extension = ".docx";
			type = Downloads.DOCX.toString();
		}
		else {
			throw AppException.invalid("register.signed.badType", name);
		}
		String stored = name.replaceFirst("(?i)\\.(pdf|docx)$", "") + extension;
		long id = store(entryId, SIGNED, stored, type, content, scope.username());
		this.audit.record("UPLOAD", "OutgoingDocument", entryId, unitPath, "Tải lên bản đã ký " + stored,
				content.length + " B");
		return list(entryId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
	}

	/** "C:\\scan\\bc 03.pdf" → "bc 03.pdf"; a missing name → "ban-da-ky". */
	private static String baseName(String name) {
		if (name == null || name.isBlank()) {
			return "ban-da-ky";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		return base.isEmpty() ? "ban-da-ky" : base;
	}

	private IssuingBody entry(Scope scope, long entryId) {
		List<Long> body = this.jdbc.queryForList("select issuing_body_id from outgoing_document where id = ?",
				Long.class, entryId);
		if (body.isEmpty()) {
			throw AppException.notFound("register.entryNotFound", entryId);
		}
		return this.register.body(scope, body.get(0));
	}

	private void ensureRendered(long entryId) {
		if (hasRendered(entryId)) {
			return;
		}
		// The entry's row lock: a second request for the same entry waits here, then
		// finds the files the first one stored.
		List<String> doc = this.jdbc.query("select document from outgoing_document where id = ? for update",
				(rs, i) -> rs.getString(1), entryId);
		if (doc.isEmpty() || doc.get(0) == null || hasRendered(entryId)) {
			return;
		}
		PartyDocument issued = PartyDocumentJson.read(doc.get(0));
		String reference = issued.header().numberLine().replaceFirst("^Số\\s*", "");
		renderAndStore(entryId, issued, stem(reference), "system");
	}

	private boolean hasRendered(long entryId) {
		Integer n = this.jdbc.queryForObject(
				"select count(*) from outgoing_file where outgoing_document_id = ? and kind in ('DOCX', 'PDF')",
				Integer.class, entryId);
		return n != null && n > 0;
	}

}
