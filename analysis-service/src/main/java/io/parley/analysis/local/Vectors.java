package io.parley.analysis.local;

/** Unit-length embeddings and their dot products, which are then their cosine similarities. */
final class Vectors {

	private Vectors() {
	}

	static float[] unit(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] * scale);
		}
		return unit;
	}

	/**
	 * The dot product of {@code a} with the {@code a.length} values of {@code b} from {@code offset}: four running
	 * sums, so the processor overlaps the multiplications (a single sum would wait for each addition).
	 */
	static double dot(float[] a, float[] b, int offset) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int n = a.length;
		int i = 0;
		for (; i + 3 < n; i += 4) {
			s0 += a[i] * b[offset + i];
			s1 += a[i + 1] * b[offset + i + 1];
			s2 += a[i + 2] * b[offset + i + 2];
			s3 += a[i + 3] * b[offset + i + 3];
		}
		for (; i < n; i++) {
			s0 += a[i] * b[offset + i];
		}
		return (double) s0 + s1 + s2 + s3;
	}
}
