package vn.tuyengiao.register.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A document type of the register ("BC" Báo cáo): its code is the abbreviation in every
 * number, so it never changes once numbers may have used it; a type no longer used is
 * deactivated, never deleted.
 */
@Entity
@Table(name = "document_type")
public class DocumentTypeEntry {

	@Id
	private String code;

	private String name;

	private boolean active = true;

	@Version
	private long version;

	protected DocumentTypeEntry() {
	}

	public DocumentTypeEntry(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public void change(String name, boolean active) {
		this.name = name;
		this.active = active;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

}
