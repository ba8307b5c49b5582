package vn.tuyengiao.press.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.press.PressTitle;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * Compliance as an Excel sheet: one row a unit that must take party press, its required
 * titles, those it lacks, and whether it takes them all. Headers from the messages.
 */
@Component
class ComplianceExport {

	private static final List<String> COLUMNS = List.of("no", "unit", "kind", "required", "missing", "copies",
			"complete");

	private final Messages messages;

	private final OrgUnits org;

	ComplianceExport(Messages messages, OrgUnits org) {
		this.messages = messages;
		this.org = org;
	}

	byte[] xlsx(PressCompliance.Compliance c) {
		Map<Long, String> labels = this.org.labelsOf(c.units().stream().map(PressCompliance.UnitLine::unitId).toList());
		List<List<?>> rows = new ArrayList<>();
		int i = 1;
		for (PressCompliance.UnitLine l : c.units()) {
			rows.add(Arrays.asList(i++, labels.get(l.unitId()), this.messages.get(l.kind().messageKey()),
					names(l.required()), names(l.missing()), l.copies(),
					this.messages.get(l.complete() ? "common.yes" : "common.no")));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("press.export.sheet"),
					COLUMNS.stream().map(k -> this.messages.get("press.export." + k)).toList(), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String names(List<PressTitle> titles) {
		return String.join("; ", titles.stream().map(PressTitle::getName).toList());
	}

}
