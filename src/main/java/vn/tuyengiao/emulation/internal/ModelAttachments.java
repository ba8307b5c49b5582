package vn.tuyengiao.emulation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.org.OrgUnits;

/** A model's attachments: photos and PDFs, checked by their content and size. */
@Service
public class ModelAttachments {

	private final ModelService models;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	private final long maxAttachmentBytes;

	ModelAttachments(ModelService models, NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, Clock clock,
			@Value("${tuyengiao.models.attachment-max-mb:5}") long maxAttachmentMb) {
		this.models = models;
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentMb * 1024 * 1024;
	}

	/** The largest file accepted, in bytes. */
	public long maxAttachmentBytes() {
		return this.maxAttachmentBytes;
	}

	public record AttachmentInfo(long id, String fileName, String contentType, long size, Instant uploadedAt,
			String by) {
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Stores the files, all or none: each is checked by its first bytes (photo or PDF)
	 * and its size.
	 */
	@Transactional
	public List<AttachmentInfo> attach(Scope scope, long id, List<String> fileNames, List<byte[]> contents) {
		EmulationModel m = this.models.get(scope, id);
		scope.requireWrite(this.org.get(m.getOwnerUnitId()).getPath());
		if (fileNames.isEmpty()) {
			throw AppException.invalid("emulation.attachmentNone");
		}
		List<String> types = new ArrayList<>();
		for (int i = 0; i < fileNames.size(); i++) {
			types.add(Attachments.check(new Attachments.Upload(fileNames.get(i), contents.get(i)),
					this.maxAttachmentBytes));
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < fileNames.size(); i++) {
			String name = fileNames.get(i) == null || fileNames.get(i).isBlank() ? "tep-dinh-kem"
					: fileNames.get(i).strip();
			name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
			this.jdbc.update(
					"""
							insert into model_attachment (model_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
							values (:m, :n, :t, :s, :c, :at, :by)""",
					new MapSqlParameterSource("m", id)
						.addValue("n", name.length() > 255 ? name.substring(0, 255) : name)
						.addValue("t", types.get(i))
						.addValue("s", contents.get(i).length)
						.addValue("c", contents.get(i))
						.addValue("at", now)
						.addValue("by", scope.username()));
		}
		this.audit.record("ATTACH", "EmulationModel", id,
				"Đính kèm " + fileNames.size() + " tệp vào mô hình " + m.getTitle(), String.join(", ", fileNames));
		return attachments(scope, id);
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(Scope scope, long id) {
		this.models.get(scope, id);
		return this.jdbc.query(
				"select id, file_name, content_type, size_bytes, uploaded_at, uploaded_by from model_attachment "
						+ "where model_id = :m order by id",
				new MapSqlParameterSource("m", id), (rs, i) -> new AttachmentInfo(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(Scope scope, long id, long attachmentId) {
		this.models.get(scope, id);
		List<AttachmentContent> found = this.jdbc.query(
				"select file_name, content_type, content from model_attachment " + "where id = :a and model_id = :m",
				new MapSqlParameterSource("m", id).addValue("a", attachmentId),
				(rs, i) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)));
		if (found.isEmpty()) {
			throw AppException.notFound("emulation.attachmentNotFound", attachmentId);
		}
		return found.get(0);
	}

}
