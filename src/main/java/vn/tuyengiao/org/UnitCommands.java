package vn.tuyengiao.org;

import java.time.LocalDate;

/** Commands on units, shared by the web forms, the REST API and the importer. */
public final class UnitCommands {

	private UnitCommands() {
	}

	public record NewUnit(Long parentId, OrgUnitKind kind, String name, String shortCode, String docAbbreviation,
			LocalDate validFrom) {
	}

	public record UnitChanges(String name, OrgUnitKind kind, String shortCode, String docAbbreviation,
			LocalDate validFrom, long version) {
	}

}
