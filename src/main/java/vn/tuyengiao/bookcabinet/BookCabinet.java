package vn.tuyengiao.bookcabinet;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A book cabinet of a commune or a cell: where it stands, who keeps it, and its state as
 * the last inspection found it (in order, clean, lending log kept), dated.
 */
@Entity
@Table(name = "book_cabinet")
public class BookCabinet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private String unitPath;

	private String name;

	@Enumerated(EnumType.STRING)
	private LocationKind locationKind;

	private String address;

	private String keeper;

	private Boolean orderly;

	private Boolean clean;

	private Boolean logKept;

	private LocalDate inspectedOn;

	private Instant createdAt;

	@Version
	private long version;

	protected BookCabinet() {
	}

	BookCabinet(long unitId, String unitPath, String name, LocationKind locationKind, String address, String keeper,
			Instant createdAt) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.name = name;
		this.locationKind = locationKind;
		this.address = address;
		this.keeper = keeper;
		this.createdAt = createdAt;
	}

	void describe(String name, LocationKind locationKind, String address, String keeper) {
		this.name = name;
		this.locationKind = locationKind;
		this.address = address;
		this.keeper = keeper;
	}

	void inspected(LocalDate on, Boolean orderly, Boolean clean, Boolean logKept) {
		this.inspectedOn = on;
		this.orderly = orderly;
		this.clean = clean;
		this.logKept = logKept;
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getUnitPath() {
		return this.unitPath;
	}

	public String getName() {
		return this.name;
	}

	public LocationKind getLocationKind() {
		return this.locationKind;
	}

	public String getAddress() {
		return this.address;
	}

	public String getKeeper() {
		return this.keeper;
	}

	public Boolean getOrderly() {
		return this.orderly;
	}

	public Boolean getClean() {
		return this.clean;
	}

	public Boolean getLogKept() {
		return this.logKept;
	}

	public LocalDate getInspectedOn() {
		return this.inspectedOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
