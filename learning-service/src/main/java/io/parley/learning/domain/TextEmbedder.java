package io.parley.learning.domain;

/** Turns a short text into a vector whose cosine similarity to another says how alike their meanings are. */
public interface TextEmbedder {

	float[] embed(String text);

	static double cosine(float[] a, float[] b) {
		if (a == null || b == null || a.length != b.length || a.length == 0) {
			return 0;
		}
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return normA == 0 || normB == 0 ? 0 : dot / (Math.sqrt(normA) * Math.sqrt(normB));
	}
}
