package vn.tuyengiao.report;

/**
 * The signature block at the bottom right: an optional authority line ("T/M BAN THƯỜNG
 * VỤ" on behalf of a collective, "K/T TRƯỞNG BAN" when a deputy signs for the head, "T/L"
 * by order), the signer's title, space for the hand signature and seal, and the name in
 * bold. Party documents write the prefixes with a slash, unlike the state's "TM." and
 * "KT.".
 *
 * @param authority "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", or null when the head signs in
 * their own right
 * @param title "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BÍ THƯ"
 * @param name "Võ Thanh Xuân"
 */
public record Signature(String authority, String title, String name) {

	public Signature {
		authority = authority == null || authority.isBlank() ? null : authority.strip();
		title = PartyDocument.required(title, "signer's title");
		name = PartyDocument.required(name, "signer's name");
	}

	/** The head signs: "TRƯỞNG BAN", name. */
	public static Signature head(String title, String name) {
		return new Signature(null, title, name);
	}

	/**
	 * T/M: on behalf of a collective, e.g. onBehalfOf("BAN THƯỜNG VỤ", "BÍ THƯ", name).
	 */
	public static Signature onBehalfOf(String collective, String title, String name) {
		return new Signature("T/M " + collective.strip(), title, name);
	}

	/**
	 * K/T: a deputy signs for the head, e.g. signingFor("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
	 * name).
	 */
	public static Signature signingFor(String headTitle, String deputyTitle, String name) {
		return new Signature("K/T " + headTitle.strip(), deputyTitle, name);
	}

	/**
	 * T/L: by order of a body, e.g. byOrderOf("BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", name).
	 */
	public static Signature byOrderOf(String body, String title, String name) {
		return new Signature("T/L " + body.strip(), title, name);
	}

}
