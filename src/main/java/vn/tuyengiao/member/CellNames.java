package vn.tuyengiao.member;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.imports.ImportRow;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * An import's cells found by name instead of code, within the importer's scope: the name
 * as the tree shows it ("Chi bộ ấp Vĩnh Lộc 1") or the unambiguous label the product
 * prints after the 2025 mergers ("Chi bộ Công an xã (xã Vĩnh Bình Bắc cũ)"), whatever the
 * case and diacritics. A name that several open cells share is refused with their labels
 * and codes, so the user can write the code or the label instead.
 */
final class CellNames {

	private final Map<String, List<OrgUnit>> byName;

	private final Map<Long, String> labels;

	private final Messages messages;

	CellNames(OrgUnits org, Scope scope, Messages messages) {
		this.messages = messages;
		List<OrgUnit> cells = org.openInScope(scope).stream().filter(u -> u.getKind().holdsMembers()).toList();
		this.labels = org.labels(cells);
		this.byName = new HashMap<>();
		for (OrgUnit cell : cells) {
			this.byName.computeIfAbsent(key(cell.getName()), k -> new java.util.ArrayList<>()).add(cell);
			String label = this.labels.get(cell.getId());
			if (label != null && !key(label).equals(key(cell.getName()))) {
				this.byName.computeIfAbsent(key(label), k -> new java.util.ArrayList<>()).add(cell);
			}
		}
	}

	/** The cell a row names, or null with the problem recorded on the row. */
	OrgUnit resolve(ImportRow<MemberField> row, String name) {
		List<OrgUnit> found = this.byName.getOrDefault(key(name), List.of());
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			row.problem(MemberField.UNIT_NAME, "member.import.cellNameUnknown", name);
			return null;
		}
		String choices = found.stream()
			.map(u -> this.labels.getOrDefault(u.getId(), u.getName()) + " – mã " + u.getShortCode())
			.collect(Collectors.joining("; "));
		row.error(MemberField.UNIT_NAME, this.messages.get("member.import.cellNameAmbiguous", name,
				String.format("%02d", found.size()), choices));
		return null;
	}

	private static String key(String name) {
		return VietnameseText.fold(name == null ? "" : name).replaceAll("\\s+", " ").strip();
	}

}
