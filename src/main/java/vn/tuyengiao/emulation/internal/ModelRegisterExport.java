package vn.tuyengiao.emulation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.emulation.ModelService.ModelRow;
import vn.tuyengiao.tabular.XlsxWriter;

/** The model register as an Excel sheet, one row a model, headers from the messages. */
@Component
class ModelRegisterExport {

	/** The columns, in order: keys under {@code emulation.export.}. */
	private static final List<String> COLUMNS = List.of("no", "title", "unit", "unitCode", "member", "group",
			"movement", "massOrganisation", "status", "startDate", "lastAssessedYear", "replications", "retireReason",
			"retiredOn", "sustainable", "replicable");

	private final Messages messages;

	ModelRegisterExport(Messages messages) {
		this.messages = messages;
	}

	byte[] xlsx(List<ModelRow> rows) {
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (ModelRow r : rows) {
			out.add(Arrays.asList(i++, r.title(), r.unitName(), r.unitCode(), r.memberName(), r.groupName(),
					this.messages.get(r.movement().messageKey()),
					r.massOrganisation() == null ? null : this.messages.get(r.massOrganisation().messageKey()),
					this.messages.get(r.status().messageKey()), r.startDate(), r.lastAssessedYear(), r.replications(),
					r.retireReason() == null ? null : this.messages.get(r.retireReason().messageKey()), r.retiredOn(),
					yesNo(r.sustainable()), yesNo(r.replicable())));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("emulation.register"),
					COLUMNS.stream().map(c -> this.messages.get("emulation.export." + c)).toList(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String yesNo(boolean b) {
		return this.messages.get(b ? "common.yes" : "common.no");
	}

}
