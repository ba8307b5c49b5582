package vn.tuyengiao.study.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
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

	private final OrgUnits units;

	MissingExport(StudyRollup rollup, Messages messages, OrgUnits units) {
		this.rollup = rollup;
		this.messages = messages;
		this.units = units;
	}

	List<String> headers() {
		return List.of(this.messages.get("list.rowNumber"), this.messages.get("member.field.UNIT"),
				this.messages.get("member.field.FULL_NAME"), this.messages.get("member.field.POSITION"));
	}

	void write(Scope scope, StudyCampaign campaign, OrgUnit unit, HttpServletResponse response) throws IOException {
		Downloads.startAttachment(response, Downloads.XLSX, FILE_NAME);
		long[] n = { 0 };
		// Cells named unambiguously: after the 2025 mergers a commune has three "Chi bộ
		// Công
		// an xã". One batch for the subtree, before the download starts.
		Map<Long, String> cells = this.units.labels(this.units.subtree(unit.getPath()));
		try (OutputStream out = response.getOutputStream();
				XlsxWriter writer = XlsxWriter.open(out, this.messages.get("study.missingSheet"), headers())) {
			this.rollup.forEachNotYetAttended(scope, campaign.getId(), unit.getId(), r -> writer.addRow(
					Arrays.asList(++n[0], cells.getOrDefault(r.cellId(), r.cellName()), r.fullName(), r.position())));
			writer.finish();
		}
	}

}
