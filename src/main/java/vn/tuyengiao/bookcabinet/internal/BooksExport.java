package vn.tuyengiao.bookcabinet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.bookcabinet.BookRollup;
import vn.tuyengiao.bookcabinet.CabinetSummary;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.XlsxWriter;
import vn.tuyengiao.text.VnFormat;

/**
 * The cabinets of a roll-up as an Excel sheet: one row a cabinet with its unit (named
 * unambiguously), where it stands, its state, copies, political-theory copies, loans in
 * the period; headers from the messages.
 */
@Component
class BooksExport {

	private static final List<String> COLUMNS = List.of("no", "unit", "cabinet", "location", "orderly", "clean",
			"logKept", "copies", "politicalTheory", "share", "loans", "overdue", "lost");

	private final Messages messages;

	private final OrgUnits org;

	BooksExport(Messages messages, OrgUnits org) {
		this.messages = messages;
		this.org = org;
	}

	byte[] rollup(BookRollup.Rollup r) {
		Map<Long, String> labels = this.org
			.labelsOf(r.cabinets().stream().map(BookRollup.CabinetFigures::unitId).distinct().toList());
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (BookRollup.CabinetFigures c : r.cabinets()) {
			out.add(Arrays.asList(i++, labels.get(c.unitId()), c.name(),
					this.messages.get(c.locationKind().messageKey()), yesNo(c.orderly()), yesNo(c.clean()),
					yesNo(c.logKept()), c.copies(), c.politicalTheory(),
					VnFormat.percent(c.politicalTheory(), c.copies()), c.loans(), c.overdue(), c.lost()));
		}
		CabinetSummary s = r.summary();
		out.add(List.of());
		for (String sentence : s.sentences(this.messages)) {
			out.add(List.of(sentence));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("bookcabinet.export.sheet"),
					COLUMNS.stream().map(c -> this.messages.get("bookcabinet.export." + c)).toList(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String yesNo(Boolean b) {
		return b == null ? "" : this.messages.get(b ? "common.yes" : "common.no");
	}

}
