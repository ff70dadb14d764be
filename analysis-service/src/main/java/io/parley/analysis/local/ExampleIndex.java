package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Labelled example phrases, embedded once: a message's similarity to each label is the mean of its best few matches
 * among that label's examples. Every message is compared with every example, so vectors are kept unit-length and a
 * similarity is a plain dot product.
 */
final class ExampleIndex {

	private static final int BEST_MATCHES = 3;
	private static final int EMBEDDING_BATCH = 64;

	private final Map<String, List<float[]>> examplesByLabel;

	/** @param labelledPhrases rows of label, phrase */
	ExampleIndex(EmbeddingModel model, List<String[]> labelledPhrases) {
		this.examplesByLabel = new LinkedHashMap<>();
		List<TextSegment> segments = labelledPhrases.stream().map(row -> TextSegment.from(row[1])).toList();
		List<Embedding> embeddings = new ArrayList<>();
		for (int from = 0; from < segments.size(); from += EMBEDDING_BATCH) {
			embeddings.addAll(model.embedAll(segments.subList(from, Math.min(segments.size(), from + EMBEDDING_BATCH)))
				.content());
		}
		for (int i = 0; i < labelledPhrases.size(); i++) {
			examplesByLabel.computeIfAbsent(labelledPhrases.get(i)[0], label -> new ArrayList<>())
				.add(unitLength(embeddings.get(i).vector()));
		}
	}

	private ExampleIndex(Map<String, List<float[]>> examplesByLabel) {
		this.examplesByLabel = examplesByLabel;
	}

	/** This index with another's examples added: labels of both, each with the examples of both. */
	ExampleIndex plus(ExampleIndex more) {
		Map<String, List<float[]>> combined = new LinkedHashMap<>();
		examplesByLabel.forEach((label, examples) -> combined.put(label, new ArrayList<>(examples)));
		more.examplesByLabel.forEach((label, examples) -> combined.computeIfAbsent(label, l -> new ArrayList<>())
			.addAll(examples));
		return new ExampleIndex(combined);
	}

	/** Similarity (cosine, -1..1) of the message to each label, best first. */
	List<Map.Entry<String, Double>> similarities(float[] message) {
		float[] query = unitLength(message);
		List<Map.Entry<String, Double>> result = new ArrayList<>();
		examplesByLabel.forEach((label, examples) -> result.add(Map.entry(label, meanOfBest(query, examples))));
		result.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed());
		return result;
	}

	private static double meanOfBest(float[] query, List<float[]> examples) {
		float[] best = new float[Math.min(BEST_MATCHES, examples.size())];
		Arrays.fill(best, Float.NEGATIVE_INFINITY);
		for (float[] example : examples) {
			float similarity = dot(query, example);
			if (similarity > best[best.length - 1]) {
				int at = best.length - 1;
				while (at > 0 && best[at - 1] < similarity) {
					best[at] = best[at - 1];
					at--;
				}
				best[at] = similarity;
			}
		}
		double sum = 0;
		for (float similarity : best) {
			sum += similarity;
		}
		return sum / best.length;
	}

	/** Four independent sums, so the processor can overlap the multiplications. */
	private static float dot(float[] a, float[] b) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (; i + 3 < a.length; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	private static float[] unitLength(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		if (norm == 0 || Math.abs(norm - 1) < 1e-6) {
			return vector;
		}
		float[] unit = new float[vector.length];
		float scale = (float) (1 / Math.sqrt(norm));
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] * scale;
		}
		return unit;
	}
}
