package lms.course.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceInMinorUnitsTest {

	@Test
	void dollarsBecomeCentsExactlyWithoutBinaryFloatingPointErrors() {
		assertThat(PriceInMinorUnits.of(49.99)).isEqualTo(4999);
		assertThat(PriceInMinorUnits.of(0.29)).isEqualTo(29);
		assertThat(PriceInMinorUnits.of(1.15)).isEqualTo(115);
		assertThat(PriceInMinorUnits.of(100.0)).isEqualTo(10_000);
	}

	@Test
	void aFractionOfACentRoundsUpSoThePaymentCoversThePrice() {
		assertThat(PriceInMinorUnits.of(9.991)).isEqualTo(1000);
		assertThat(PriceInMinorUnits.of(0.001)).isEqualTo(1);
	}

	@Test
	void noOrANonPositivePriceIsFree() {
		assertThat(PriceInMinorUnits.of(null)).isZero();
		assertThat(PriceInMinorUnits.of(0.0)).isZero();
		assertThat(PriceInMinorUnits.of(-5.0)).isZero();
	}

}
