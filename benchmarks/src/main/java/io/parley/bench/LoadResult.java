package io.parley.bench;

import java.util.Arrays;

/** Latencies of one measured run, and what they add up to. */
record LoadResult(String name, long[] latenciesNanos, long elapsedNanos, long failures) {

	double requestsPerSecond() {
		return latenciesNanos.length / (elapsedNanos / 1e9);
	}

	double percentileMillis(double percentile) {
		long[] sorted = latenciesNanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	String row() {
		return String.format("%-44s %10.0f %9.2f %9.2f %9d", name, requestsPerSecond(), percentileMillis(50),
				percentileMillis(99), failures);
	}

	static String header() {
		return String.format("%-44s %10s %9s %9s %9s", "route", "req/s", "p50 ms", "p99 ms", "failures");
	}
}
