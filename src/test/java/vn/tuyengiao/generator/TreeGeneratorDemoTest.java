package vn.tuyengiao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreeGeneratorDemoTest {

	private static final Map<String, GeneratedUnit> units = new HashMap<>();

	private static final List<GeneratedMember> members = new ArrayList<>();

	@BeforeAll
	static void generate() {
		TreeGenerator.demo(2020).generate(TreeGenerator.Sink.of(u -> {
			assertThat(u.parentCode() == null || units.containsKey(u.parentCode())).as(u.code()).isTrue();
			units.put(u.code(), u);
		}, m -> {
			assertThat(units).containsKey(m.unitCode());
			members.add(m);
		}));
	}

	@Test
	void hasTheHistoricalShape() {
		assertThat(units.get("KG").name()).isEqualTo("Tỉnh ủy Kiên Giang");
		assertThat(ofKind("DISTRICT_COMMITTEE")).extracting(GeneratedUnit::name)
			.containsExactlyInAnyOrder("Huyện ủy Vĩnh Thuận", "Huyện ủy Giồng Trôm", "Huyện ủy Cầu Ngang");
		assertThat(ofKind("DISTRICT_COMMITTEE")).allSatisfy(d -> assertThat(d.parentCode()).isEqualTo("KG"));
		assertThat(ofKind("COMMUNE_COMMITTEE")).hasSizeBetween(11, 14)
			.allSatisfy(c -> assertThat(units.get(c.parentCode()).kind()).isEqualTo("DISTRICT_COMMITTEE"))
			.extracting(GeneratedUnit::name)
			.contains("Đảng ủy xã Vĩnh Bình Bắc", "Đảng ủy xã Vĩnh Phong", "Đảng ủy xã Phong Đông",
					"Đảng ủy xã Tân Thuận", "Đảng ủy thị trấn Vĩnh Thuận", "Đảng ủy xã Mỹ Thạnh",
					"Đảng ủy xã Bình Minh");
		assertThat(ofKind("BLOC_COMMITTEE")).singleElement().satisfies(b -> assertThat(b.parentCode()).isEqualTo("KG"));
		long cells = units.values().stream().filter(u -> Labels.isCellKind(u.kind())).count();
		assertThat(cells).isBetween(130L, 170L);
		assertThat(units.values()).allSatisfy(u -> {
			assertThat(u.validFrom()).isEqualTo(TreeGenerator.DEMO_FROM);
			assertThat(u.validTo()).isNull();
		});
		assertThat(units.values()).extracting(GeneratedUnit::name)
			.contains("Chi bộ ấp Cái Chanh", "Chi bộ ấp Vĩnh Lộc 1", "Chi bộ Trường Tiểu học Bình Minh",
					"Chi bộ Trường THCS Tân Thuận 1", "Chi bộ Trạm Y tế xã", "Chi bộ Quân sự xã", "Chi bộ Công an xã",
					"Chi bộ Cơ quan Ủy ban nhân dân xã", "Chi bộ khu phố 3", "Chi bộ ấp Bến Đò",
					"Chi bộ ấp Nghĩa Huấn");
	}

	@Test
	void hasAboutFourThousandMembersIncludingTheExemplars() {
		assertThat(members).hasSizeBetween(3_500, 4_500);
		assertThat(members).extracting(GeneratedMember::fullName)
			.contains("Nguyễn Văn Thắng", "Lê Văn Thắng", "Võ Văn Thắng", "Nguyễn Thị Quý", "Trần Thị Hòa");
		GeneratedMember thang = members.stream()
			.filter(m -> m.fullName().equals("Lê Văn Thắng")
					&& units.get(m.unitCode()).name().equals("Chi bộ ấp Cái Chanh"))
			.findFirst()
			.orElseThrow();
		assertThat(thang.gender()).isEqualTo("MALE");
		assertThat(thang.status()).isEqualTo("ACTIVE");
		assertThat(members).filteredOn(m -> m.fullName().equals("Nguyễn Thị Quý"))
			.allSatisfy(m -> assertThat(m.gender()).isEqualTo("FEMALE"));
		assertThat(members).extracting(GeneratedMember::cardNumber).doesNotHaveDuplicates();
	}

	@Test
	void isDeterministic() {
		List<GeneratedMember> again = new ArrayList<>();
		TreeGenerator.demo(2020).generate(TreeGenerator.Sink.of(u -> {
		}, again::add));
		assertThat(again).isEqualTo(members);
	}

	@Test
	void mergePlanCoversEveryOldCommuneOnce() {
		List<MergePlan> plans = TreeGenerator.demoMergePlan();
		assertThat(plans).hasSizeBetween(4, 6);
		List<String> sources = plans.stream().flatMap(p -> p.sourceCodes().stream()).toList();
		assertThat(sources).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					ofKind("COMMUNE_COMMITTEE").stream().map(GeneratedUnit::code).toList());
		assertThat(plans).allSatisfy(p -> {
			assertThat(p.date()).isEqualTo(TreeGenerator.REORGANISED);
			assertThat(p.sourceCodes()).hasSizeBetween(2, 3);
			assertThat(units).doesNotContainKey(p.targetCode());
			assertThat(p.targetName()).startsWith("Đảng ủy xã ");
			// Sources of one plan come from one district, as real mergers did.
			assertThat(p.sourceCodes()).extracting(c -> units.get(c).parentCode())
				.containsOnly(units.get(p.sourceCodes().get(0)).parentCode());
		});
		assertThat(plans).extracting(MergePlan::targetCode).doesNotHaveDuplicates();
	}

	private static List<GeneratedUnit> ofKind(String kind) {
		return units.values().stream().filter(u -> u.kind().equals(kind)).toList();
	}

}
