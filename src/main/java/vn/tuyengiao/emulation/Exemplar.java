package vn.tuyengiao.emulation;

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
 * An exemplar (gương điển hình): a person, party member or not, or a collective, of a
 * unit; what they did, when and how it was found. Seed 000: "ông Lê Văn Thắng, Cựu chiến
 * binh ấp, thuộc hộ nghèo … tự xin thoát nghèo, … hiến đất".
 */
@Entity
@Table(name = "exemplar")
public class Exemplar {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private HolderKind kind;

	private Long unitId;

	private Long memberId;

	private String personName;

	private String deeds;

	private LocalDate foundOn;

	@Enumerated(EnumType.STRING)
	private DiscoveryMethod foundHow;

	@Enumerated(EnumType.STRING)
	private ExemplarCategory category;

	private Long modelId;

	private Instant createdAt;

	@Version
	private long version;

	protected Exemplar() {
	}

	Exemplar(HolderKind kind, long unitId, Long memberId, String personName, String deeds, LocalDate foundOn,
			DiscoveryMethod foundHow, ExemplarCategory category, Long modelId, Instant createdAt) {
		this.kind = kind;
		this.unitId = unitId;
		this.memberId = memberId;
		this.personName = personName;
		this.deeds = deeds;
		this.foundOn = foundOn;
		this.foundHow = foundHow;
		this.category = category;
		this.modelId = modelId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public HolderKind getKind() {
		return this.kind;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	/** The person's name (for individuals); collectives are named by their unit. */
	public String getPersonName() {
		return this.personName;
	}

	public String getDeeds() {
		return this.deeds;
	}

	public LocalDate getFoundOn() {
		return this.foundOn;
	}

	public DiscoveryMethod getFoundHow() {
		return this.foundHow;
	}

	public ExemplarCategory getCategory() {
		return this.category;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public long getVersion() {
		return this.version;
	}

}
