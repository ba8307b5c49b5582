package vn.tuyengiao.commitment;

/** The member a commitment belongs to, with the facts the pages and checks need. */
public record Author(long memberId, String fullName, long cellId, String cellName, String cellPath, String position,
		String duties, String status, boolean retiredCadre) {
}
