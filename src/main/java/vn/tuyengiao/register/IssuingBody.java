package vn.tuyengiao.register;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A body that issues documents in its own name: a committee, or one of its departments
 * ("Ban Tuyên giáo Huyện ủy", abbreviation "BTG"), belonging to a unit of the tree.
 */
@Entity
@Table(name = "issuing_body")
public class IssuingBody {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String name;

	private String abbreviation;

	/**
	 * The superior body printed above the issuer in the header ("HUYỆN ỦY VĨNH THUẬN").
	 */
	private String superiorName;

	/** The place in the date line ("Vĩnh Thuận, ngày …"). */
	private String place;

	@Version
	private long version;

	protected IssuingBody() {
	}

	IssuingBody(Long unitId, String name, String abbreviation, String superiorName, String place) {
		this.unitId = unitId;
		this.name = name;
		this.abbreviation = abbreviation;
		this.superiorName = superiorName;
		this.place = place;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getName() {
		return this.name;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public String getSuperiorName() {
		return this.superiorName;
	}

	public String getPlace() {
		return this.place;
	}

}
