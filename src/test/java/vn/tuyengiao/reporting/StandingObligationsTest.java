package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * A standing monthly obligation makes one request per month from its start to this month,
 * each due on the 5th of the next month; generating again (the nightly task after the
 * button) makes nothing new.
 */
@IntegrationTest
class StandingObligationsTest {

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	StandingObligations standing;

	@Autowired
	ReportingCycle cycle;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	@Test
	void monthlyRequestsAreMadeOncePerPeriod() {
		GiongTrom gt = GiongTrom.build("SO", this.fx.province(), this.org, this.register, this.users);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = today.minusMonths(2);
		ReportRule rule = this.standing.create(gt.district0(),
				new StandingObligations.RuleForm(gt.district().getId(), gt.district().getId(),
						List.of(OrgUnitKind.COMMUNE_COMMITTEE), ReportType.OPINION_MONTHLY, Frequency.MONTHLY, 5,
						"Báo cáo tình hình dư luận xã hội", start));
		assertThat(rule.startsOn()).isEqualTo(start.withDayOfMonth(1));

		int made = this.standing.generate(gt.district0());
		List<ReportingCycle.Received> received = this.cycle.received(gt.district0(), gt.district().getId());
		assertThat(made).isEqualTo(3);
		assertThat(received).hasSize(3);
		assertThat(received).allSatisfy(r -> assertThat(r.tally().expected()).isEqualTo(13));
		ReportRequest thisMonth = received.get(0).request();
		assertThat(thisMonth.title())
			.isEqualTo("Báo cáo tình hình dư luận xã hội tháng " + today.getMonthValue() + "/" + today.getYear());
		assertThat(thisMonth.deadline()).isEqualTo(today.withDayOfMonth(1).plusMonths(1).withDayOfMonth(5));

		assertThat(this.standing.generate(gt.district0())).isZero();
		assertThat(this.cycle.received(gt.district0(), gt.district().getId())).hasSize(3);
		// A commune officer may not generate the district's requests (nothing in scope):
		// none made.
		assertThat(this.standing.generate(gt.myThanh())).isZero();
	}

	@Test
	void periodsAndDeadlinesFollowTheCalendar() {
		LocalDate d = LocalDate.of(2026, 8, 17);
		assertThat(Frequency.QUARTERLY.periodOf(d))
			.isEqualTo(new Frequency.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
		assertThat(Frequency.NINE_MONTHS.periodOf(d).deadline(31)).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(Frequency.MONTHLY.periodOf(LocalDate.of(2026, 1, 20)).deadline(31))
			.isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Frequency.SIX_MONTHS.next(Frequency.SIX_MONTHS.periodOf(d)).from())
			.isEqualTo(LocalDate.of(2027, 1, 1));
	}

}
