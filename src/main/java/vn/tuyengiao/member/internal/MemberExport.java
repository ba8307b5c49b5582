package vn.tuyengiao.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberField;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The member list as .xlsx, in the import format (columns headed {@code member.column.*},
 * the import's headers), so it can be edited and imported elsewhere.
 */
@Component
class MemberExport {

	static final String FILE_NAME = "dang-vien.xlsx";

	private final MemberSearch search;

	private final Messages messages;

	private final OrgUnits org;

	MemberExport(MemberSearch search, Messages messages, OrgUnits org) {
		this.search = search;
		this.messages = messages;
		this.org = org;
	}

	List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (MemberField f : MemberField.values()) {
			headers.add(this.messages.get("member.column." + f.name()));
		}
		return headers;
	}

	void write(Scope scope, MemberSearch.Query query, HttpServletResponse response) throws IOException {
		// Refused before the download starts: once the file is streaming, a 403 cannot be
		// sent.
		if (query.unitId() != null) {
			this.org.get(scope, query.unitId());
		}
		Downloads.startAttachment(response, Downloads.XLSX, FILE_NAME);
		// Streams row by row: an export of a whole province never sits in memory.
		try (OutputStream out = response.getOutputStream();
				XlsxWriter writer = XlsxWriter.open(out, this.messages.get("member.title"), headers())) {
			this.search.forEach(scope, query,
					r -> writer.addRow(Arrays.asList(r.fullName(), this.messages.get(r.gender().messageKey()),
							r.birthDate(), r.cardNumber(), r.joinDate(), r.fullMemberDate(), r.unitCode(), r.unitName(),
							r.position(), r.duties(), r.status().importLabel(), r.statusSince(),
							this.messages.get(r.retiredCadre() ? "common.yes" : "common.no"))));
			writer.finish();
		}
	}

}
