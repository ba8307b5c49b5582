package vn.tuyengiao.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * The press figures other modules put in their documents (the supervision brief, the
 * periodic reports): {@link #forUnit} and its {@link PressSummary#sentence()}.
 */
@Service
public class PressSummaries {

	private final PressCompliance compliance;

	private final DeliveryComplaints complaints;

	private final PressCatalogue catalogue;

	private final OrgUnits org;

	PressSummaries(PressCompliance compliance, DeliveryComplaints complaints, PressCatalogue catalogue, OrgUnits org) {
		this.compliance = compliance;
		this.complaints = complaints;
		this.catalogue = catalogue;
		this.org = org;
	}

	@Transactional(readOnly = true)
	public PressSummary forUnit(Scope scope, long unitId, LocalDate asOf) {
		PressCompliance.Compliance c = this.compliance.of(scope, unitId, asOf);
		List<DeliveryComplaint> open = this.complaints.list(scope, unitId, null)
			.stream()
			.filter(x -> x.getStatus() != ComplaintStatus.RESOLVED && !x.getPeriodFrom().isAfter(asOf))
			.toList();
		List<Long> ids = new ArrayList<>(c.lagging().stream().map(PressCompliance.UnitLine::unitId).toList());
		open.forEach(x -> ids.add(x.getUnitId()));
		Map<Long, String> labels = this.org.labelsOf(ids);
		Map<Long, PressTitle> titles = this.catalogue.titlesById();
		List<PressSummary.Lagging> lagging = c.lagging()
			.stream()
			.map(l -> new PressSummary.Lagging(l.unitId(), labels.get(l.unitId()),
					l.missing().stream().map(PressTitle::getName).toList()))
			// by name, as an official lists them (the tree's path order follows the
			// units' ids)
			.sorted(Comparator.comparing((PressSummary.Lagging l) -> VietnameseText.fold(l.unit())))
			.toList();
		List<PressSummary.Shortfall> shortfalls = open.stream()
			.map(x -> new PressSummary.Shortfall(x.getUnitId(), labels.get(x.getUnitId()),
					titles.get(x.getTitleId()).getName(), x.getIssuesExpected(), x.actualText(), x.getFrequencyUnit()))
			.toList();
		return new PressSummary(unitId, asOf, c.required(), c.complete(), lagging, shortfalls);
	}

}
