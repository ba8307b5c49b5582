package vn.tuyengiao.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;

/**
 * A body that issues documents in its own name: a committee, or one of its departments
 * ("Ban Tuyên giáo Huyện ủy", abbreviation "BTG"), belonging to a unit of the tree. It
 * knows what its documents print: the superior body above its name, the place of the date
 * line, its default signer and recipients.
 */
@Entity
@Table(name = "issuing_body")
public class IssuingBody {

	/** Whose name the documents go out in; decides which signatures are allowed. */
	public enum Kind {

		/** A party committee ("TỈNH ỦY AN GIANG"): signed T/M BAN THƯỜNG VỤ. */
		COMMITTEE,
		/**
		 * A department or office of a committee ("BAN TUYÊN GIÁO"): signed by its head
		 * (TRƯỞNG BAN) or K/T TRƯỞNG BAN by a deputy.
		 */
		DEPARTMENT

	}

	/** The authority line's prefix: none, T/M, K/T, T/L (party documents use slashes). */
	public enum Authority {

		NONE(null), TM("T/M"), KT("K/T"), TL("T/L");

		private final String prefix;

		Authority(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return this.prefix;
		}

	}

	/**
	 * The title a department's head signs with, and the one of a committee's collective.
	 */
	public static final String HEAD = "TRƯỞNG BAN";

	/** The filing line when none is set up. */
	public static final String FILING = "Lưu.";

	static final String STANDING_COMMITTEE = "BAN THƯỜNG VỤ";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String name;

	private String abbreviation;

	@Enumerated(EnumType.STRING)
	private Kind kind = Kind.DEPARTMENT;

	/**
	 * The superior body printed above the issuer in the header ("HUYỆN ỦY VĨNH THUẬN").
	 */
	private String superiorName;

	/** The place in the date line ("Vĩnh Thuận, ngày …"). */
	private String place;

	@Enumerated(EnumType.STRING)
	private Authority signerAuthority = Authority.NONE;

	private String signerTitle;

	private String signerName;

	/** Default recipients, one per line, without the filing line. */
	private String recipients;

	/** "Lưu." or "Lưu Văn phòng." */
	private String filing;

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

	IssuingBody(Long unitId) {
		this.unitId = unitId;
	}

	void update(String name, String abbreviation, Kind kind, String superiorName, String place, Authority authority,
			String signerTitle, String signerName, List<String> recipients, String filing) {
		this.name = name;
		this.abbreviation = abbreviation;
		this.kind = kind;
		this.superiorName = superiorName;
		this.place = place;
		this.signerAuthority = authority;
		this.signerTitle = signerTitle;
		this.signerName = signerName;
		this.recipients = recipients.isEmpty() ? null : String.join("\n", recipients);
		this.filing = filing;
	}

	/**
	 * The authority line of the default signature: "T/M BAN THƯỜNG VỤ" for a committee,
	 * "K/T TRƯỞNG BAN" for a department's deputy, or null when the head signs.
	 */
	public String authorityLine() {
		if (this.signerAuthority == null || this.signerAuthority == Authority.NONE) {
			return null;
		}
		if (this.kind == Kind.COMMITTEE) {
			return this.signerAuthority.prefix() + " " + STANDING_COMMITTEE;
		}
		return this.signerAuthority.prefix() + " " + HEAD;
	}

	/**
	 * The signature printed on this body's documents: its default signer, or a dotted
	 * line for the name when none is set up yet.
	 */
	public Signature signature() {
		String title = this.signerTitle == null ? (this.kind == Kind.COMMITTEE ? "BÍ THƯ" : HEAD) : this.signerTitle;
		return new Signature(authorityLine(), title,
				this.signerName == null || this.signerName.isBlank() ? "……………………" : this.signerName);
	}

	/** The default recipients, the filing line last ("Lưu." when none is set up). */
	public Recipients defaultRecipients() {
		return new Recipients(recipientLines(), this.filing);
	}

	/**
	 * The header of a document of this body: the superior body above a department, the
	 * body's name in capitals, and its place.
	 */
	public DocumentHeader header(String numberLine, java.time.LocalDate date) {
		return new DocumentHeader(this.kind == Kind.DEPARTMENT ? this.superiorName : null, printedName(), numberLine,
				this.place, date);
	}

	/**
	 * "BAN TUYÊN GIÁO" under "HUYỆN ỦY VĨNH THUẬN": a department's name is printed
	 * without its committee's, which the line above already says.
	 */
	public String printedName() {
		String upper = this.name.toUpperCase(Locale.forLanguageTag("vi"));
		if (this.kind != Kind.DEPARTMENT || this.superiorName == null) {
			return upper;
		}
		String superior = this.superiorName.toUpperCase(Locale.forLanguageTag("vi")) + " ";
		String[] words = upper.split(" ");
		// The longest ending of the name (two words at least) that begins the superior's
		// name: "HUYỆN ỦY" of "BAN TUYÊN GIÁO HUYỆN ỦY" under "HUYỆN ỦY VĨNH THUẬN".
		for (int start = 1; start <= words.length - 2; start++) {
			String ending = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
			if (superior.startsWith(ending + " ")) {
				return String.join(" ", java.util.Arrays.copyOfRange(words, 0, start));
			}
		}
		return upper;
	}

	public List<String> recipientLines() {
		if (this.recipients == null || this.recipients.isBlank()) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream(this.recipients.split("\n")).filter(s -> !s.isBlank()).toList());
	}

	public boolean canNumber() {
		return this.abbreviation != null && !this.abbreviation.isBlank();
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

	public Kind getKind() {
		return this.kind;
	}

	public String getSuperiorName() {
		return this.superiorName;
	}

	public String getPlace() {
		return this.place;
	}

	public Authority getSignerAuthority() {
		return this.signerAuthority;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getFiling() {
		return this.filing;
	}

	public long getVersion() {
		return this.version;
	}

}
