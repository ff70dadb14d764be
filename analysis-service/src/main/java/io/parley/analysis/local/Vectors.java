package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/** Unit-length embeddings and their dot products, which are then their cosine similarities. */
final class Vectors {

	private static final int EMBEDDING_BATCH = 64;

	private Vectors() {
	}

	/** The texts' embeddings at unit length, in order, asked of the model a batch at a time. */
	static List<float[]> embedAll(EmbeddingModel model, List<String> texts) {
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (int from = 0; from < texts.size(); from += EMBEDDING_BATCH) {
			model.embedAll(texts.subList(from, Math.min(texts.size(), from + EMBEDDING_BATCH)).stream()
				.map(TextSegment::from).toList()).content().forEach(embedding -> vectors.add(unit(embedding.vector())));
		}
		return vectors;
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
