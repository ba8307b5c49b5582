package vn.tuyengiao.supervision;

import java.time.LocalDate;
import java.util.List;

import vn.tuyengiao.common.Scope;

/**
 * A port: lines of the brief before a visit to a unit, from data another module holds
 * (cell meetings, book cabinets, press subscriptions…). Implemented by those modules; a
 * source that cannot read the unit in the user's scope returns no lines.
 */
public interface BriefSource {

	List<BriefLine> linesFor(Scope scope, long unitId, LocalDate asOf);

}
