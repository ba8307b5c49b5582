package vn.tuyengiao.org;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import vn.tuyengiao.text.VietnameseText;

/**
 * A node of the party organisation tree. {@code path} is "/1/5/23/" (ids from the root),
 * so "everything under this unit" is a prefix match. A closed unit ({@code validTo} set)
 * keeps its id, so records dated before the closing still point at it.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "org_unit")
public class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	private String path;

	private int depth;

	@Enumerated(EnumType.STRING)
	private OrgUnitKind kind;

	private String name;

	private String searchName;

	private String shortCode;

	private String docAbbreviation;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Long mergedIntoId;

	@Version
	private long version;

	/**
	 * Set when first saved, from the injected Clock (JPA auditing, common.CommonConfig).
	 */
	@CreatedDate
	private Instant createdAt;

	@LastModifiedDate
	private Instant updatedAt;

	protected OrgUnit() {
	}

	OrgUnit(OrgUnit parent, OrgUnitKind kind, String name, String shortCode, String docAbbreviation,
			LocalDate validFrom) {
		this.parentId = parent == null ? null : parent.getId();
		this.depth = parent == null ? 0 : parent.getDepth() + 1;
		this.kind = kind;
		this.shortCode = shortCode;
		this.docAbbreviation = docAbbreviation;
		this.validFrom = validFrom;
		this.path = "/";
		rename(name);
	}

	/**
	 * A read-only copy built from a plain query, for large trees: hydrating thousands of
	 * managed entities cost more than the rest of the tree page.
	 */
	static OrgUnit snapshot(long id, Long parentId, String path, int depth, OrgUnitKind kind, String name,
			String searchName, String shortCode, String docAbbreviation, LocalDate validFrom, LocalDate validTo,
			Long mergedIntoId, long version) {
		OrgUnit u = new OrgUnit();
		u.id = id;
		u.parentId = parentId;
		u.path = path;
		u.depth = depth;
		u.kind = kind;
		u.name = name;
		u.searchName = searchName;
		u.shortCode = shortCode;
		u.docAbbreviation = docAbbreviation;
		u.validFrom = validFrom;
		u.validTo = validTo;
		u.mergedIntoId = mergedIntoId;
		u.version = version;
		return u;
	}

	/** Called once the id is known. */
	void placeUnder(OrgUnit parent) {
		this.path = (parent == null ? "/" : parent.getPath()) + this.id + "/";
	}

	void rename(String newName) {
		this.name = VietnameseText.normalize(newName);
		this.searchName = VietnameseText.fold(newName);
	}

	void update(OrgUnitKind kind, String shortCode, String docAbbreviation, LocalDate validFrom) {
		this.kind = kind;
		this.shortCode = shortCode;
		this.docAbbreviation = docAbbreviation;
		this.validFrom = validFrom;
	}

	void reparent(Long newParentId) {
		this.parentId = newParentId;
	}

	void close(LocalDate on, Long mergedInto) {
		this.validTo = on;
		this.mergedIntoId = mergedInto;
	}

	public boolean isOpenOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	public boolean isClosed() {
		return this.validTo != null;
	}

	public boolean isAncestorOf(OrgUnit other) {
		return other.getPath().startsWith(this.path) && !other.getId().equals(this.id);
	}

	public Long getId() {
		return this.id;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getPath() {
		return this.path;
	}

	public int getDepth() {
		return this.depth;
	}

	public OrgUnitKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getSearchName() {
		return this.searchName;
	}

	public String getShortCode() {
		return this.shortCode;
	}

	public String getDocAbbreviation() {
		return this.docAbbreviation;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
