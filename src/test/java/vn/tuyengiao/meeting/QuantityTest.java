package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The word before a count of cells follows the figure, with the thresholds in one place
 * ({@link Quantity}): all, 80% or more "hầu hết", above half "đa số", 20% or more "một
 * số", fewer "ít", none "chưa có".
 */
class QuantityTest {

	@Test
	void theWordFollowsTheFigure() {
		assertThat(Quantity.of(34, 34)).isEqualTo(Quantity.ALL);
		assertThat(Quantity.of(32, 34)).as("seed 000: hầu hết").isEqualTo(Quantity.MOST);
		assertThat(Quantity.of(4, 5)).as("exactly 80%").isEqualTo(Quantity.MOST);
		assertThat(Quantity.of(27, 34)).as("79,4%").isEqualTo(Quantity.MAJORITY);
		assertThat(Quantity.of(18, 34)).isEqualTo(Quantity.MAJORITY);
		assertThat(Quantity.of(17, 34)).as("exactly half is not a majority").isEqualTo(Quantity.SOME);
		assertThat(Quantity.of(1, 5)).as("exactly 20%").isEqualTo(Quantity.SOME);
		assertThat(Quantity.of(6, 34)).as("17,6%").isEqualTo(Quantity.FEW);
		assertThat(Quantity.of(0, 34)).isEqualTo(Quantity.NONE);
		assertThat(Quantity.of(0, 0)).as("no cells: no sentence").isNull();
	}

}
