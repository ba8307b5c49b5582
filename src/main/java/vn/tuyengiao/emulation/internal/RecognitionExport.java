package vn.tuyengiao.emulation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.emulation.AwardService.AwardRow;
import vn.tuyengiao.emulation.ExemplarService.ExemplarRow;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The exemplars and awards lists as Excel sheets, the rows the page lists (same unit and
 * period), units named unambiguously, headers from the messages.
 */
@Component
class RecognitionExport {

	static final String EXEMPLARS_FILE = "guong-dien-hinh.xlsx";

	static final String AWARDS_FILE = "khen-thuong.xlsx";

	private final Messages messages;

	private final OrgUnits units;

	RecognitionExport(Messages messages, OrgUnits units) {
		this.messages = messages;
		this.units = units;
	}

	byte[] exemplars(List<ExemplarRow> rows) {
		Map<Long, String> labels = this.units.labelsOf(rows.stream().map(ExemplarRow::unitId).distinct().toList());
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (ExemplarRow r : rows) {
			out.add(Arrays.asList(i++, this.messages.get(r.kind().messageKey()), r.name(),
					labels.getOrDefault(r.unitId(), r.unitName()), r.deeds(), r.foundOn(),
					r.foundHow() == null ? null : this.messages.get(r.foundHow().messageKey()),
					r.category() == null ? null : this.messages.get(r.category().messageKey()), r.publicity()));
		}
		return sheet("emulation.exemplars",
				List.of("list.rowNumber", "emulation.kind", "emulation.export.holderName", "emulation.unit",
						"emulation.deeds", "emulation.foundOn", "emulation.foundHow", "emulation.category",
						"emulation.publicity"),
				out);
	}

	byte[] awards(List<AwardRow> rows) {
		Map<Long, String> labels = this.units.labelsOf(rows.stream().map(AwardRow::issuerUnitId).distinct().toList());
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (AwardRow r : rows) {
			out.add(Arrays.asList(i++, r.decisionNumber(), r.date(),
					labels.getOrDefault(r.issuerUnitId(), r.issuerName()), this.messages.get(r.level().messageKey()),
					this.messages.get(r.form().messageKey()), r.reason(), r.collectives(), r.individuals(),
					r.proposal() ? this.messages.get("emulation.proposal") + ": "
							+ this.messages.get(r.status().messageKey()) : null));
		}
		return sheet("emulation.awards",
				List.of("list.rowNumber", "emulation.decisionNumber", "emulation.decisionDate", "emulation.issuer",
						"emulation.level", "emulation.form", "emulation.reason", "emulation.collectiveCount",
						"emulation.individualCount", "emulation.status"),
				out);
	}

	private byte[] sheet(String sheetKey, List<String> headerKeys, List<List<?>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, this.messages.get(sheetKey), headerKeys.stream().map(this.messages::get).toList(),
					rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
