package vn.tuyengiao.org.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitImporter;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * A subtree as .xlsx in the unit import format (the import's column headers), so a list
 * can be edited in Excel and imported elsewhere.
 */
@Component
class UnitExport {

	private final OrgUnits org;

	private final Messages messages;

	UnitExport(OrgUnits org, Messages messages) {
		this.org = org;
		this.messages = messages;
	}

	void write(Scope scope, Long root, HttpServletResponse response) throws IOException {
		String prefix = root == null ? scope.pathPrefix() : this.org.get(scope, root).getPath();
		List<OrgUnit> units = this.org.subtree(prefix);
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.forEach(u -> byId.put(u.getId(), u));
		Downloads.startAttachment(response, Downloads.XLSX, "to-chuc-dang.xlsx");
		List<String> headers = Arrays.stream(UnitImporter.Column.values()).map(UnitImporter.Column::header).toList();
		try (OutputStream out = response.getOutputStream();
				XlsxWriter writer = XlsxWriter.open(out, this.messages.get("org.title"), headers)) {
			for (OrgUnit u : units) {
				OrgUnit parent = u.getParentId() == null ? null : byId.get(u.getParentId());
				writer.addRow(Arrays.asList(u.getShortCode(), u.getName(), u.getKind().importLabel(),
						parent == null ? "" : parent.getShortCode(), u.getDocAbbreviation(), u.getValidFrom(),
						u.getValidTo()));
			}
			writer.finish();
		}
	}

}
