package io.parley.insights.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class Numbers {

	private Numbers() {
	}

	/** {@code part / whole} to two decimals, or null when there is nothing to divide by. */
	static Double ratio(long part, long whole) {
		return whole == 0 ? null : round((double) part / whole, 2);
	}

	/** An average of millisecond sums in seconds, to two decimals. */
	static Double seconds(long sumMillis, long count) {
		return count == 0 ? null : round(sumMillis / 1000.0 / count, 2);
	}

	static double round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
	}
}
