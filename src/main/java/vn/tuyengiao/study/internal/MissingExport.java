package vn.tuyengiao.study.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * "Đảng viên chưa học" as .xlsx: every member of the unit's subtree not yet at a class of
 * the campaign, cell by cell, streamed (a province's list runs to thousands of rows).
 */
@Component
class MissingExport {

	static final String FILE_NAME = "dang-vien-chua-hoc.xlsx";

	private final StudyRollup rollup;

	private final Messages messages;

	MissingExport(StudyRollup rollup, Messages messages) {
		this.rollup = rollup;
		this.messages = messages;
	}

	List<String> headers() {
		return List.of(this.messages.get("list.rowNumber"), this.messages.get("member.field.UNIT"),
				this.messages.get("member.field.FULL_NAME"), this.messages.get("member.field.POSITION"));
	}

	void write(Scope scope, StudyCampaign campaign, OrgUnit unit, HttpServletResponse response) throws IOException {
		Downloads.startAttachment(response, Downloads.XLSX, FILE_NAME);
		long[] n = { 0 };
		try (OutputStream out = response.getOutputStream();
				XlsxWriter writer = XlsxWriter.open(out, this.messages.get("study.missingSheet"), headers())) {
			this.rollup.forEachNotYetAttended(scope, campaign.getId(), unit.getId(),
					r -> writer.addRow(Arrays.asList(++n[0], r.cellName(), r.fullName(), r.position())));
			writer.finish();
		}
	}

}
