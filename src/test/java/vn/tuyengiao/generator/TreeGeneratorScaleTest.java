package vn.tuyengiao.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreeGeneratorScaleTest {

	private static final long MEMBERS = 100_000;

	private static final LocalDate TODAY = LocalDate.now();

	private static final Map<String, GeneratedUnit> units = new HashMap<>();

	private static final List<String> unitOrder = new ArrayList<>();

	private static final List<String> problems = new ArrayList<>();

	private static final Map<String, Integer> statuses = new HashMap<>();

	private static final Map<String, Integer> cellSizes = new HashMap<>();

	private static final Map<String, Integer> secretaries = new HashMap<>();

	private static final List<GeneratedMember> first100 = new ArrayList<>();

	private static long memberCount;

	private static long retired;

	private static long female;

	@BeforeAll
	static void generate() {
		Set<String> cards = new HashSet<>();
		TreeGenerator.scale(MEMBERS, 42).generate(new TreeGenerator.Sink() {

			@Override
			public void unit(GeneratedUnit u) {
				if (units.put(u.code(), u) != null) {
					problems.add("duplicate unit code " + u.code());
				}
				if (u.parentCode() != null && !units.containsKey(u.parentCode())) {
					problems.add("parent after child: " + u.code());
				}
				unitOrder.add(u.code());
			}

			@Override
			public void member(GeneratedMember m) {
				memberCount++;
				if (first100.size() < 100) {
					first100.add(m);
				}
				GeneratedUnit cell = units.get(m.unitCode());
				if (cell == null || !Labels.isCellKind(cell.kind())) {
					problems.add("member not in a known cell: " + m);
				}
				if (!cards.add(m.cardNumber())) {
					problems.add("duplicate card " + m.cardNumber());
				}
				check(m);
				statuses.merge(m.status(), 1, Integer::sum);
				cellSizes.merge(m.unitCode(), 1, Integer::sum);
				if (MemberFactory.SECRETARY.equals(m.position())) {
					secretaries.merge(m.unitCode(), 1, Integer::sum);
				}
				retired += m.retiredCadre() ? 1 : 0;
				female += "FEMALE".equals(m.gender()) ? 1 : 0;
			}
		});
	}

	private static void check(GeneratedMember m) {
		for (LocalDate d : new LocalDate[] { m.birthDate(), m.joinDate(), m.fullMemberDate(), m.statusSince() }) {
			if (d != null && d.isAfter(TODAY)) {
				problems.add("future date: " + m);
			}
		}
		if (!m.birthDate().isBefore(m.joinDate())) {
			problems.add("born after joining: " + m);
		}
		if (m.birthDate().getYear() < 1940 || m.birthDate().getYear() > 2002) {
			problems.add("birth year out of range: " + m);
		}
		if (m.joinDate().isBefore(m.birthDate().plusYears(18)) || m.joinDate().isAfter(m.birthDate().plusYears(51))
				|| m.joinDate().getYear() < 1950) {
			problems.add("implausible join age: " + m);
		}
		if (m.fullMemberDate() != null && m.fullMemberDate().isBefore(m.joinDate().plusYears(1))) {
			problems.add("full member before a year's probation: " + m);
		}
		if (m.fullMemberDate() == null && m.joinDate().isBefore(TODAY.minusYears(2))) {
			problems.add("probationary for years: " + m);
		}
		if (m.statusSince().isBefore(m.joinDate())) {
			problems.add("status before joining: " + m);
		}
		if (!m.cardNumber().matches("\\d{8}")) {
			problems.add("card number not 8 digits: " + m.cardNumber());
		}
		if (!Labels.MEMBER_STATUSES.containsKey(m.status()) || !Labels.GENDERS.containsKey(m.gender())) {
			problems.add("unknown status or gender: " + m);
		}
		if (m.fullName().split(" ").length < 3 || m.position().isBlank() || m.duties().isBlank()) {
			problems.add("incomplete member: " + m);
		}
	}

	@Test
	void emitsExactlyTheRequestedMembersIntoCells() {
		assertThat(memberCount).isEqualTo(MEMBERS);
		assertThat(problems).isEmpty();
	}

	@Test
	void unitsAreWellFormed() {
		assertThat(units.values()).allSatisfy(u -> {
			assertThat(u.code()).matches("[A-Z0-9.]{1,40}");
			assertThat(Labels.UNIT_KINDS).containsKey(u.kind());
			assertThat(u.validFrom()).isEqualTo(TreeGenerator.REORGANISED);
			assertThat(u.validTo()).isNull();
			assertThat(u.kind()).isNotEqualTo("DISTRICT_COMMITTEE");
		});
		assertThat(units.values()).filteredOn(u -> u.parentCode() == null)
			.extracting(GeneratedUnit::kind)
			.containsExactly("PROVINCIAL_COMMITTEE");
		assertThat(units.values()).extracting(GeneratedUnit::kind)
			.contains("BLOC_COMMITTEE", "COMMUNE_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL");
		long communes = units.values().stream().filter(u -> u.kind().equals("COMMUNE_COMMITTEE")).count();
		assertThat(communes).isBetween(45L, 65L);
	}

	@Test
	void everyCellHasMembersAndOneSecretary() {
		List<String> cells = units.values()
			.stream()
			.filter(u -> Labels.isCellKind(u.kind()))
			.map(GeneratedUnit::code)
			.toList();
		assertThat(cellSizes.keySet()).containsExactlyInAnyOrderElementsOf(cells);
		assertThat(secretaries).hasSize(cells.size()).allSatisfy((cell, n) -> assertThat(n).isEqualTo(1));
		double mean = (double) MEMBERS / cells.size();
		assertThat(mean).isBetween(20.0, 35.0);
		assertThat(cellSizes.values()).allSatisfy(n -> assertThat(n).isBetween(8, 60));
	}

	@Test
	void statusMixIsRealistic() {
		assertThat(share("ACTIVE")).isBetween(0.85, 0.93);
		assertThat(share("EXEMPT")).isBetween(0.04, 0.08);
		assertThat(share("AWAY")).isBetween(0.015, 0.045);
		assertThat(share("TRANSFERRED_OUT")).isBetween(0.007, 0.025);
		assertThat(share("DECEASED")).isBetween(0.002, 0.01);
		assertThat(retired / (double) MEMBERS).isBetween(0.10, 0.20);
		assertThat(female / (double) MEMBERS).isBetween(0.33, 0.47);
	}

	@Test
	void sameSeedGivesSameMembers() {
		List<GeneratedMember> again = new ArrayList<>();
		TreeGenerator.scale(MEMBERS, 42).generate(TreeGenerator.Sink.of(u -> {
		}, m -> {
			if (again.size() < 100) {
				again.add(m);
			}
		}));
		assertThat(again).isEqualTo(first100);

		List<GeneratedMember> other = new ArrayList<>();
		TreeGenerator.scale(MEMBERS, 43).generate(TreeGenerator.Sink.of(u -> {
		}, m -> {
			if (other.size() < 100) {
				other.add(m);
			}
		}));
		assertThat(other).isNotEqualTo(first100);
	}

	@Test
	void provinceCountFollowsMembership() {
		assertThat(TreeGenerator.provinceCount(100_000)).isEqualTo(1);
		assertThat(TreeGenerator.provinceCount(1_000_000)).isEqualTo(6);
		assertThat(TreeGenerator.provinceCount(5_600_000)).isEqualTo(34);
		assertThat(TreeGenerator.provinceCount(20_000_000)).isEqualTo(34);
	}

	@Test
	void tinyRunsStillAddUp() {
		for (long n : new long[] { 1, 7, 8, 61, 399, 2_500 }) {
			long[] count = new long[1];
			Set<String> unitCodes = new HashSet<>();
			TreeGenerator.scale(n, 1).generate(TreeGenerator.Sink.of(u -> unitCodes.add(u.code()), m -> {
				assertThat(unitCodes).contains(m.unitCode());
				count[0]++;
			}));
			assertThat(count[0]).as("members for %d", n).isEqualTo(n);
		}
	}

	@Test
	void cardNumbersAreUniqueAcrossProvinces() {
		Set<String> cards = new HashSet<>();
		long[] n = new long[1];
		Set<String> provinces = new HashSet<>();
		TreeGenerator.scale(400_000, 3).generate(TreeGenerator.Sink.of(u -> {
			if (u.parentCode() == null) {
				provinces.add(u.code());
			}
		}, m -> {
			n[0]++;
			cards.add(m.cardNumber());
		}));
		assertThat(provinces).hasSize(2);
		assertThat(cards).hasSize((int) n[0]);
	}

	private static double share(String status) {
		return statuses.getOrDefault(status, 0) / (double) MEMBERS;
	}

}
