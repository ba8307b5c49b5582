package vn.tuyengiao.opinion.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.OpinionSummary;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The period's items and the roll-up as Excel sheets, headers from the messages, units by
 * their unambiguous names; the scope is checked before the download starts.
 */
@Component
class OpinionExport {

	private static final List<String> ITEM_COLUMNS = List.of("no", "observedOn", "unit", "hamlet", "topic", "field",
			"tendency", "intensity", "spread", "source", "content", "handling");

	/**
	 * The roll-up's columns: the branches fill the unit's, figures' and collaborators'
	 * columns, then the topics (after a line naming them) the rest.
	 */
	private static final List<String> ROLLUP_COLUMNS = List.of("no", "unitOrTopic", "items", "units", "agree",
			"hesitant", "oppose", "high", "collaborators", "hot", "unitNames");

	private final ItemList list;

	private final OpinionFigures figures;

	private final OrgUnits units;

	private final Messages messages;

	OpinionExport(ItemList list, OpinionFigures figures, OrgUnits units, Messages messages) {
		this.list = list;
		this.figures = figures;
		this.units = units;
		this.messages = messages;
	}

	ResponseEntity<byte[]> items(Scope scope, ItemList.Filter filter) {
		List<ItemList.ItemRow> rows = this.list.list(scope, filter);
		java.util.Set<Long> ids = new java.util.HashSet<>();
		rows.forEach(r -> {
			ids.add(r.unitId());
			if (r.sourceUnitId() != null) {
				ids.add(r.sourceUnitId());
			}
		});
		Map<Long, String> labels = this.units.labelsOf(ids);
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (ItemList.ItemRow r : rows) {
			String source = r.collaborator() != null ? r.collaborator()
					: r.sourceUnitId() == null ? null : labels.get(r.sourceUnitId());
			out.add(Arrays.asList(i++, r.observedOn(), labels.get(r.unitId()), r.hamlet(), r.topic(),
					text(r.field().messageKey()), text(r.tendency().messageKey()), text(r.intensity().messageKey()),
					text(r.spread().messageKey()), source, r.content(), r.handling()));
		}
		return file(this.messages.get("opinion.items"), ITEM_COLUMNS, out, "y-kien-du-luan.xlsx");
	}

	ResponseEntity<byte[]> rollup(Scope scope, long unitId, LocalDate from, LocalDate to) {
		OpinionSummary s = this.figures.summary(scope, unitId, from, to);
		Map<Long, String> labels = this.units
			.labelsOf(s.branches().stream().map(OpinionSummary.BranchFigures::unitId).toList());
		List<List<?>> branches = new ArrayList<>();
		int i = 1;
		for (OpinionSummary.BranchFigures b : s.branches()) {
			branches.add(Arrays.asList(i++, labels.get(b.unitId()), b.items(), null, b.agree(), b.hesitant(),
					b.oppose(), null, b.collaborators()));
		}
		branches.add(Arrays.asList(null, text("opinion.total"), s.items(), s.reportingUnits(), s.agree(), s.hesitant(),
				s.oppose(), s.highIntensity(), s.collaborators()));
		java.util.Set<Long> topicUnits = new java.util.HashSet<>();
		s.topics().forEach(t -> topicUnits.addAll(t.unitIds()));
		Map<Long, String> named = this.units.labelsOf(topicUnits);
		List<List<?>> topics = new ArrayList<>();
		i = 1;
		for (OpinionSummary.TopicFigures t : s.topics()) {
			topics.add(Arrays.asList(i++, t.topic(), t.items(), t.units(), t.agree(), t.hesitant(), t.oppose(),
					t.highIntensity(), null, text(t.hot() ? "common.yes" : "common.no"),
					String.join("; ", t.unitIds().stream().map(named::get).toList())));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XlsxWriter w = XlsxWriter.open(bytes, this.messages.get("opinion.rollup"), headers(ROLLUP_COLUMNS))) {
			branches.forEach(w::addRow);
			w.addRow(List.of());
			w.addRow(List.of("", text("opinion.byTopic")));
			topics.forEach(w::addRow);
			w.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Downloads.attachment(bytes.toByteArray(), Downloads.XLSX, "tong-hop-du-luan.xlsx");
	}

	private ResponseEntity<byte[]> file(String sheet, List<String> columns, List<List<?>> rows, String name) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XlsxWriter.write(bytes, sheet, headers(columns), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Downloads.attachment(bytes.toByteArray(), Downloads.XLSX, name);
	}

	private List<String> headers(List<String> columns) {
		return columns.stream().map(c -> this.messages.get("opinion.export." + c)).toList();
	}

	private String text(String key) {
		return this.messages.get(key);
	}

}
