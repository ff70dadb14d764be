package io.parley.insights.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counter vectors by rollup key, added up. */
public final class Contributions {

	private final Map<RollupKey, long[]> vectors = new LinkedHashMap<>();

	public void add(RollupKey key, long[] vector, int sign) {
		long[] sum = vectors.computeIfAbsent(key, k -> new long[Counter.SIZE]);
		for (int i = 0; i < vector.length; i++) {
			sum[i] += sign * vector[i];
		}
	}

	public void addAll(Contributions other, int sign) {
		other.vectors.forEach((key, vector) -> add(key, vector, sign));
	}

	/** The non-zero vectors. */
	public Map<RollupKey, long[]> nonZero() {
		Map<RollupKey, long[]> result = new LinkedHashMap<>();
		vectors.forEach((key, vector) -> {
			for (long value : vector) {
				if (value != 0) {
					result.put(key, vector);
					return;
				}
			}
		});
		return result;
	}
}
