package vn.tuyengiao.org.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit_merge")
public class UnitMerge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long targetId;

	private Long sourceId;

	private LocalDate mergeDate;

	private String performedBy;

	private Instant performedAt;

	protected UnitMerge() {
	}

	public UnitMerge(Long targetId, Long sourceId, LocalDate mergeDate, String performedBy, Instant performedAt) {
		this.targetId = targetId;
		this.sourceId = sourceId;
		this.mergeDate = mergeDate;
		this.performedBy = performedBy;
		this.performedAt = performedAt;
	}

}
