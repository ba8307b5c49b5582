package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.List;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;

/**
 * A commune merged on 1 January 2026 out of three old communes (one of the same name),
 * each with its own "Chi bộ Công an xã" and "Chi bộ Quân sự xã", as Bình Minh was after
 * the 2025 mergers. Built once per database under the fixture's province; the codes start
 * with the prefix given.
 */
public record MergedCommune(long commune, long policeFromBinhMinh, long policeFromVinhBinhNam, long policeFromVinhThuan,
		long militiaFromVinhThuan) {

	public static final LocalDate MERGED_ON = LocalDate.of(2026, 1, 1);

	public static MergedCommune build(OrgService org, long province, String code) {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2020, 1, 1);
		long[] police = new long[3];
		long militia = 0;
		List<String> names = List.of("Đảng ủy xã Bình Minh", "Đảng ủy xã Vĩnh Bình Nam", "Đảng ủy xã Vĩnh Thuận");
		long[] sources = new long[3];
		for (int i = 0; i < 3; i++) {
			OrgUnit old = org.create(system,
					new NewUnit(province, OrgUnitKind.COMMUNE_COMMITTEE, names.get(i), code + ".O" + i, "ĐU", from));
			sources[i] = old.getId();
			police[i] = org
				.create(system,
						new NewUnit(old.getId(), OrgUnitKind.CELL, "Chi bộ Công an xã", code + ".O" + i + ".CA", "CB",
								from))
				.getId();
			militia = org
				.create(system,
						new NewUnit(old.getId(), OrgUnitKind.CELL, "Chi bộ Quân sự xã", code + ".O" + i + ".QS", "CB",
								from))
				.getId();
		}
		OrgUnit commune = org.create(system,
				new NewUnit(province, OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Bình Minh", code, "ĐU", MERGED_ON));
		org.merge(system, commune.getId(), List.of(sources[0], sources[1], sources[2]), MERGED_ON);
		return new MergedCommune(commune.getId(), police[0], police[1], police[2], militia);
	}

}
