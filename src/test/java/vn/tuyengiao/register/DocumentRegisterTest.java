package vn.tuyengiao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DocumentRegisterTest {

	@Autowired
	DocumentRegister register;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void numbersRunPerBodyPerTypePerTermNotPerYear() {
		OrgUnit district = district("T.REG.VT", "Huyện ủy Vĩnh Thuận");
		IssuingBody btg = this.register.createBody(this.system, district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG",
				"HUYỆN ỦY VĨNH THUẬN", "Vĩnh Thuận");
		this.register.createTerm(this.system, district.getId(), "Nhiệm kỳ 2015–2020", LocalDate.of(2015, 10, 1),
				LocalDate.of(2020, 9, 30));
		this.register.createTerm(this.system, district.getId(), "Nhiệm kỳ 2020–2025", LocalDate.of(2020, 10, 1),
				LocalDate.of(2025, 6, 30));

		assertThat(issue(btg, "BC", LocalDate.of(2020, 2, 27)).formatted()).isEqualTo("Số 01-BC/BTG");
		assertThat(issue(btg, "BC", LocalDate.of(2020, 8, 25)).formatted()).isEqualTo("Số 02-BC/BTG");
		assertThat(issue(btg, "KH", LocalDate.of(2020, 3, 3)).formatted()).isEqualTo("Số 01-KH/BTG");
		// A new year does not restart the count; a new term does.
		assertThat(issue(btg, "BC", LocalDate.of(2020, 9, 30)).formatted()).isEqualTo("Số 03-BC/BTG");
		assertThat(issue(btg, "BC", LocalDate.of(2020, 10, 1)).formatted()).isEqualTo("Số 01-BC/BTG");
		assertThat(issue(btg, "BC", LocalDate.of(2021, 1, 5)).formatted()).isEqualTo("Số 02-BC/BTG");
	}

	@Test
	void twoOfficersNumberingAtTheSameInstantGetDifferentNumbers() throws Exception {
		OrgUnit district = district("T.REG.GT", "Huyện ủy Giồng Trôm");
		IssuingBody btg = this.register.createBody(this.system, district.getId(), "Ban Tuyên giáo Huyện ủy", "BTGHU",
				"HUYỆN ỦY GIỒNG TRÔM", "Giồng Trôm");
		this.register.createTerm(this.system, district.getId(), "Nhiệm kỳ 2020–2025", LocalDate.of(2020, 10, 1), null);
		int threads = 8;
		int each = 10;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Integer>>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Callable<List<Integer>> job = () -> {
				start.await();
				List<Integer> mine = new ArrayList<>();
				for (int i = 0; i < each; i++) {
					mine.add(issue(btg, "CV", LocalDate.of(2024, 5, 2)).document().getNumber());
				}
				return mine;
			};
			futures.add(pool.submit(job));
		}
		start.countDown();
		List<Integer> all = new ArrayList<>();
		for (Future<List<Integer>> f : futures) {
			all.addAll(f.get());
		}
		pool.shutdown();
		assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
		assertThat(all).containsExactlyInAnyOrderElementsOf(
				java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList());
	}

	@Test
	void numberingNeedsATermAndStaysInScope() {
		OrgUnit district = district("T.REG.CN", "Huyện ủy Cầu Ngang");
		IssuingBody btg = this.register.createBody(this.system, district.getId(), "Ban Tuyên giáo Huyện ủy", "BTG",
				"HUYỆN ỦY CẦU NGANG", "Cầu Ngang");
		assertThatThrownBy(() -> issue(btg, "BC", LocalDate.of(2021, 1, 1))).isInstanceOfSatisfying(AppException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("register.noTerm"));
		Scope commune = this.users.scopeOf("canbo.vbb");
		assertThatThrownBy(() -> this.register.issue(commune, btg.getId(), "BC", "Báo cáo", LocalDate.of(2021, 1, 1)))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThatThrownBy(() -> this.register.createTerm(this.system, district.getId(), "A", LocalDate.of(2020, 1, 1),
				LocalDate.of(2019, 1, 1)))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("register.termDates"));
	}

	private DocumentRegister.IssuedNumber issue(IssuingBody body, String type, LocalDate on) {
		return this.register.issue(this.system, body.getId(), type,
				"Báo cáo kết quả triển khai học tập Chuyên đề năm 2020", on);
	}

	private OrgUnit district(String code, String name) {
		return this.orgChanges.create(this.system, new NewUnit(this.fx.province(), OrgUnitKind.DISTRICT_COMMITTEE, name,
				code, "HU", LocalDate.of(2015, 1, 1)));
	}

}
