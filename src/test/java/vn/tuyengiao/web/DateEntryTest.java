package vn.tuyengiao.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateEntryTest {

	@Test
	void readsDayMonthYearAsOfficialsWriteItAndIsoForTheApi() {
		assertThat(DateEntry.parse("25/08/2026")).isEqualTo(LocalDate.of(2026, 8, 25));
		assertThat(DateEntry.parse(" 5/8/2026 ")).isEqualTo(LocalDate.of(2026, 8, 5));
		assertThat(DateEntry.parse("05.08.2026")).isEqualTo(LocalDate.of(2026, 8, 5));
		assertThat(DateEntry.parse("2026-08-25")).isEqualTo(LocalDate.of(2026, 8, 25));
		assertThat(DateEntry.parse("")).isNull();
		assertThat(DateEntry.parse(null)).isNull();
	}

	@Test
	void refusesDatesThatDoNotExistAndTheAmericanOrder() {
		assertThatThrownBy(() -> DateEntry.parse("31/02/2026")).isInstanceOf(IllegalArgumentException.class);
		// 12/25/2026 as an English browser would write Christmas: month 25 does not
		// exist.
		assertThatThrownBy(() -> DateEntry.parse("12/25/2026")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DateEntry.parse("25/08/26")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DateEntry.parse("2026-02-30")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFieldShowsItsValueAsDayMonthYear() {
		assertThat(DateEntry.inputValue(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
		assertThat(DateEntry.inputValue("2025-07-01")).isEqualTo("01/07/2025");
		assertThat(DateEntry.inputValue(null)).isEmpty();
	}

}
