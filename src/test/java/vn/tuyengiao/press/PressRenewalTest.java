package vn.tuyengiao.press;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Đặt tiếp kỳ sau": a cell's current subscriptions are carried to the next period in one
 * step — a closed title as its successor, one already subscribed or with no successor
 * left out and named, an old subscription not revived — and a second renewal adds
 * nothing. A sibling commune's officer is refused on the page and the API. Dates are
 * relative to today, as the renewal is.
 */
@IntegrationTest
class PressRenewalTest extends PressTestSupport {

	@Test
	void currentSubscriptionsAreCarriedToTheNextPeriodOnce() throws Exception {
		Commune c = commune("PR9.RN", "Tân Phước");
		Titles t = titles();
		int year = LocalDate.now().getYear();
		int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
		// A provincial paper merged into another at the end of this year, and one that
		// simply stops.
		long bacLieu = title("Báo Bạc Liêu", "Tỉnh ủy Bạc Liêu", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), LocalDate.of(year + 1, 1, 1), t.anGiang());
		long banTin = title("Bản tin Sinh hoạt chi bộ (đo thử)", "Ban Tuyên giáo Tỉnh ủy", TitleKind.MAGAZINE, 1,
				FrequencyUnit.MONTH, LocalDate.of(2000, 1, 1), LocalDate.of(year + 1, 1, 1), null);
		subscribe(c.cellA(), t.nhanDan(), PeriodKind.YEAR, year, 1, 2);
		subscribe(c.cellA(), t.congSan(), PeriodKind.QUARTER, year, quarter, 1);
		subscribe(c.cellA(), bacLieu, PeriodKind.YEAR, year, 1, 1);
		subscribe(c.cellA(), banTin, PeriodKind.YEAR, year, 1, 1);
		// Already subscribed for next year, and one given up two years ago.
		subscribe(c.cellA(), t.quanDoi(), PeriodKind.YEAR, year, 1, 1);
		subscribe(c.cellA(), t.quanDoi(), PeriodKind.YEAR, year + 1, 1, 1);
		subscribe(c.cellA(), t.anGiang(), PeriodKind.HALF, year - 2, 1, 1);
		long before = count("press_subscription");

		SubscriptionRenewal.Renewed r = this.renewal.renew(SYSTEM, c.cellA());

		int nextQuarterYear = quarter == 4 ? year + 1 : year;
		int nextQuarter = quarter == 4 ? 1 : quarter + 1;
		assertThat(r.created())
			.extracting(s -> this.catalogue.title(s.getTitleId()).getName(), PressSubscription::getPeriodKind,
					PressSubscription::getPeriodYear, PressSubscription::getPeriodNo, PressSubscription::getCopies)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Báo Nhân Dân", PeriodKind.YEAR, year + 1, 1, 2),
					org.assertj.core.groups.Tuple.tuple("Tạp chí Cộng sản", PeriodKind.QUARTER, nextQuarterYear,
							nextQuarter, 1),
					org.assertj.core.groups.Tuple.tuple("Báo An Giang", PeriodKind.YEAR, year + 1, 1, 1));
		String nextYear = "01/01/" + (year + 1) + " – 31/12/" + (year + 1);
		assertThat(r.skipped()).containsExactlyInAnyOrder(
				"Bản tin Sinh hoạt chi bộ (đo thử) không phát hành suốt kỳ " + nextYear
						+ " và không có báo kế tục: không đặt tiếp.",
				"Báo Quân đội nhân dân đã được đặt cho kỳ " + nextYear + ".");
		assertThat(count("press_subscription")).isEqualTo(before + 3);

		// A closed title and its successor both taken this year: next year's successor is
		// written once, and the second is named as covered.
		subscribe(c.schoolCell1(), bacLieu, PeriodKind.YEAR, year, 1, 1);
		subscribe(c.schoolCell1(), t.anGiang(), PeriodKind.YEAR, year, 1, 2);
		SubscriptionRenewal.Renewed merged = this.renewal.renew(SYSTEM, c.schoolCell1());
		assertThat(merged.created()).singleElement().satisfies(s -> assertThat(s.getTitleId()).isEqualTo(t.anGiang()));
		assertThat(merged.skipped()).containsExactly("Báo An Giang đã được đặt cho kỳ " + nextYear + ".");

		// Again: everything is covered now, nothing is added.
		SubscriptionRenewal.Renewed again = this.renewal.renew(SYSTEM, c.cellA());
		assertThat(again.created()).isEmpty();
		assertThat(count("press_subscription")).isEqualTo(before + 3 + 2 + 1);

		// The page's button says what it did.
		subscribe(c.cellB(), t.nhanDan(), PeriodKind.YEAR, year, 1, 1);
		this.mvc.perform(post("/press/units/{id}/renew", c.cellB()).with(user("canbo.tinh.t")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã đặt tiếp 01 báo, tạp chí cho kỳ sau."));
		this.mvc.perform(get("/press/units/{id}", c.cellB()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Đặt tiếp kỳ sau")));
		// And the API answers the same shape.
		subscribe(c.cellC(), t.nhanDan(), PeriodKind.YEAR, year, 1, 4);
		this.mvc
			.perform(post("/api/v1/press/units/{id}/subscriptions/renew", c.cellC())
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created[0].year").value(year + 1))
			.andExpect(jsonPath("$.created[0].copies").value(4))
			.andExpect(jsonPath("$.skipped").isEmpty());
	}

	@Test
	void aSiblingCommunesOfficerCannotRenewAnotherCommunesSubscriptions() throws Exception {
		Titles t = titles();
		long cc = this.fx.cellCc();
		subscribe(cc, t.nhanDan(), PeriodKind.YEAR, LocalDate.now().getYear(), 1, 3);
		List<PressSubscription> before = this.subscriptions.forUnit(SYSTEM, cc);
		this.mvc.perform(post("/press/units/{id}/renew", cc).with(user("canbo.vbb")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/press/units/{id}/subscriptions/renew", cc)
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		// The commune's own viewer reads but does not write.
		this.mvc
			.perform(post("/api/v1/press/units/{id}/subscriptions/renew", cc)
				.with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(this.subscriptions.forUnit(SYSTEM, cc)).hasSameSizeAs(before);
	}

}
