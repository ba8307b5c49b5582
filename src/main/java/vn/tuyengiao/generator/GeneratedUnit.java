package vn.tuyengiao.generator;

import java.time.LocalDate;

/**
 * One party organisation as the generator emits it.
 *
 * @param code short unique ASCII code, hierarchical ("KG.VT.VBB.CB07"), at most 40
 * characters
 * @param kind the app's enum constant name, e.g. {@code COMMUNE_COMMITTEE}; see
 * {@link Labels#UNIT_KINDS}
 * @param parentCode {@code null} for a root
 * @param docAbbreviation issuer abbreviation used in document numbers: TU, HU, ĐUK, ĐU,
 * CB
 * @param validTo {@code null} while the unit still exists
 */
public record GeneratedUnit(String code, String name, String kind, String parentCode, String docAbbreviation,
		LocalDate validFrom, LocalDate validTo) {
}
