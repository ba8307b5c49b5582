package vn.tuyengiao.recommendation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.RecommendationRow;
import vn.tuyengiao.tabular.XlsxWriter;

/** The list of recommendations as an Excel sheet, one row a recommendation. */
@Component
class RecommendationExport {

	/** The columns, in order: keys under {@code recommendation.export.}. */
	private static final List<String> COLUMNS = List.of("no", "raisedOn", "unit", "source", "field", "subject", "body",
			"addressee", "externalBody", "dueOn", "status", "answeredOn", "answer", "forwardedTo", "overdue", "reply");

	private final Messages messages;

	private final OrgUnits org;

	RecommendationExport(Messages messages, OrgUnits org) {
		this.messages = messages;
		this.org = org;
	}

	byte[] xlsx(List<RecommendationRow> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach(r -> {
			ids.add(r.raisedUnitId());
			ids.add(r.addresseeUnitId());
		});
		Map<Long, String> labels = this.org.labelsOf(ids);
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (RecommendationRow r : rows) {
			out.add(Arrays.asList(i++, r.raisedOn(), labels.get(r.raisedUnitId()),
					this.messages.get(r.sourceKind().messageKey()), this.messages.get(r.field().messageKey()),
					r.subject(), r.body(), labels.get(r.addresseeUnitId()), r.externalBody(), r.dueOn(),
					this.messages.get(r.status().messageKey()), r.answeredOn(), r.answer(), r.forwardedTo(),
					this.messages.get(r.overdue() ? "common.yes" : "common.no"), r.replyReference()));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("recommendation.title"),
					COLUMNS.stream().map(c -> this.messages.get("recommendation.export." + c)).toList(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
