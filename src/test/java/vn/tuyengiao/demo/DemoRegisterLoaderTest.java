package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.RegisterFiles;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's register on a province of its own: the province's Ban Tuyên giáo và Dân vận,
 * a commune's Ban Xây dựng Đảng and the historical Ban Tuyên giáo Huyện ủy Vĩnh Thuận,
 * with their terms and issued documents, whose files are rendered on first download,
 * once.
 */
@IntegrationTest
class DemoRegisterLoaderTest {

	@Autowired
	DemoRegisterLoader loader;

	@Autowired
	OrgService orgChanges;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	RegisterFiles files;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theDemoProvinceHasItsBodiesTermsAndIssuedDocuments() {
		Scope system = Scope.system();
		OrgUnit province = this.orgChanges.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy An Giang", "T.DEMO.AG", "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.orgChanges.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Bình", "T.DEMO.AG.VB", "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit district = this.orgChanges.create(system, new NewUnit(province.getId(), OrgUnitKind.DISTRICT_COMMITTEE,
				"Huyện ủy Vĩnh Thuận", "T.DEMO.AG.VT", "HU", LocalDate.of(2015, 1, 1)));
		List<Long> units = List.of(province.getId(), commune.getId(), district.getId());

		long started = System.nanoTime();
		this.tx.executeWithoutResult(s -> this.loader.load(system, province));
		long ms = (System.nanoTime() - started) / 1_000_000;

		List<IssuingBody> bodies = this.register.bodies(system)
			.stream()
			.filter(b -> units.contains(b.getUnitId()))
			.toList();
		assertThat(bodies).extracting(IssuingBody::printedName)
			.contains("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN XÂY DỰNG ĐẢNG", "BAN TUYÊN GIÁO");
		IssuingBody btgdv = bodies.stream()
			.filter(b -> "BTGDVTU".equals(b.getAbbreviation()))
			.findFirst()
			.orElseThrow();
		assertThat(btgdv.getPlace()).isEqualTo("An Giang");
		assertThat(btgdv.signature().authority()).isEqualTo("K/T TRƯỞNG BAN");
		assertThat(this.register.terms(system, province.getId())).hasSize(2);

		IssuingBody btg = bodies.stream().filter(b -> "BTG".equals(b.getAbbreviation())).findFirst().orElseThrow();
		var entries = this.register.recent(system, btg.getId());
		assertThat(entries).hasSize(3);
		var seed = entries.get(0);
		assertThat(DocumentRegister.format(seed.getNumber(), seed.getTypeCode(), "BTG")).isEqualTo("Số 03-BC/BTG");
		assertThat(seed.getIssuedOn()).isEqualTo(LocalDate.of(2020, 8, 25));

		// Nothing rendered while loading; the first download renders both, once.
		assertThat(this.files.list(seed.getId())).isEmpty();
		assertThat(this.files.files(system, seed.getId())).extracting(RegisterFiles.StoredFile::kind)
			.containsExactly("DOCX", "PDF");
		assertThat(this.files.files(system, seed.getId())).hasSize(2);
		// Warm (as after the province loader ran), the load stays well under a second.
		OrgUnit other = this.orgChanges.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Cà Mau", "T.DEMO.CM", "TU", LocalDate.of(2015, 1, 1)));
		long again = System.nanoTime();
		this.tx.executeWithoutResult(s -> this.loader.load(system, other));
		long warm = (System.nanoTime() - again) / 1_000_000;
		System.out.println("Demo register loaded in " + ms + " ms cold, " + warm + " ms warm");
		assertThat(warm).as("demo register load, ms").isLessThan(1_500);
	}

}
