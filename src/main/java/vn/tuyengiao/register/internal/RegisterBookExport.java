package vn.tuyengiao.register.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.register.RegisterEntries;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * Sổ văn bản đi as a workbook, with the columns of the paper book: number and symbol,
 * date (dd/mm/yyyy), type and subject, signer, recipients, the unit keeping the filed
 * copy, and the number of files. Headers come from the messages.
 */
@Component
class RegisterBookExport {

	/** The columns, in order: keys under {@code register.book.}. */
	static final List<String> COLUMNS = List.of("number", "date", "subject", "signer", "recipients", "keeper",
			"copies");

	private final Messages messages;

	RegisterBookExport(Messages messages) {
		this.messages = messages;
	}

	byte[] xlsx(List<RegisterEntries.Entry> entries) {
		List<List<?>> rows = new ArrayList<>();
		for (RegisterEntries.Entry e : entries) {
			rows.add(Arrays.asList(e.reference(), e.issuedOn(), e.typeName() + " " + e.subject(), e.signer(),
					e.recipients(), e.bodyName(), e.files()));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get("register.entries"),
					COLUMNS.stream().map(c -> this.messages.get("register.book." + c)).toList(), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
