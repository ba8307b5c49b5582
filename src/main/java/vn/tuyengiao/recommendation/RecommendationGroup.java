package vn.tuyengiao.recommendation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Near-identical recommendations of several units to one addressee, answered once for
 * all: "Nhiều đơn vị cùng kiến nghị … cung cấp tài liệu đầy đủ hơn … (hiện nay 03 đảng
 * viên/cuốn)".
 */
@Entity
@Table(name = "recommendation_group")
public class RecommendationGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private long addresseeUnitId;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected RecommendationGroup() {
	}

	RecommendationGroup(String title, long addresseeUnitId, String createdBy, Instant createdAt) {
		this.title = title;
		this.addresseeUnitId = addresseeUnitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public long getAddresseeUnitId() {
		return this.addresseeUnitId;
	}

	public long getVersion() {
		return this.version;
	}

}
