package lms.course.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Course prices are in major units (dollars); Stripe's amounts in minor units (cents).
 */
public final class PriceInMinorUnits {

	private PriceInMinorUnits() {
	}

	public static long of(Double price) {
		if (price == null || price <= 0) {
			return 0;
		}
		return BigDecimal.valueOf(price).movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
	}

}
