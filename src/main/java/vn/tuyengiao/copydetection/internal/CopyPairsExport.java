package vn.tuyengiao.copydetection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.copydetection.CopyFindings.Finding;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The pairs of similar commitments the page lists (same unit, status and order), as an
 * Excel sheet: both members with their cells (named unambiguously), the share, the
 * decision.
 */
@Component
class CopyPairsExport {

	static final String FILE_NAME = "cap-cam-ket-giong-nhau.xlsx";

	private static final List<String> COLUMNS = List.of("list.rowNumber", "commitment.copy.export.member",
			"commitment.copy.export.cell", "commitment.copy.export.year", "commitment.copy.export.otherMember",
			"commitment.copy.export.otherCell", "commitment.copy.export.otherYear", "commitment.copy.col.share",
			"commitment.copy.col.status", "commitment.copy.export.comment");

	private final Messages messages;

	CopyPairsExport(Messages messages) {
		this.messages = messages;
	}

	byte[] xlsx(List<Finding> findings) {
		List<List<?>> rows = new ArrayList<>();
		int i = 1;
		for (Finding f : findings) {
			rows.add(Arrays.asList(i++, f.checked().memberName(), f.checked().cellName(), f.checked().year(),
					f.other().memberName(), f.other().cellName(), f.other().year(), f.maxPercent(),
					this.messages.get(f.status().messageKey()), f.comment()));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("commitment.copy.pairs"),
					COLUMNS.stream().map(this.messages::get).toList(), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
