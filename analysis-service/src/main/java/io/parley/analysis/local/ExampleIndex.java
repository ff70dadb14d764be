package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Labelled example phrases, embedded once and kept at unit length (so a similarity is one dot product): a
 * message's similarity to each label is the mean of its best few matches among that label's examples.
 */
final class ExampleIndex {

	private static final int BEST_MATCHES = 3;

	private final Map<String, List<float[]>> examplesByLabel;

	/** @param labelledPhrases rows of label, phrase */
	ExampleIndex(EmbeddingModel model, List<String[]> labelledPhrases) {
		this(labelledPhrases.stream().map(row -> row[0]).toList(),
				Vectors.embedAll(model, labelledPhrases.stream().map(row -> row[1]).toList()));
	}

	/** @param vectors the phrases' unit-length embeddings, in the order of their labels */
	ExampleIndex(List<String> labels, List<float[]> vectors) {
		this.examplesByLabel = new LinkedHashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			examplesByLabel.computeIfAbsent(labels.get(i), label -> new ArrayList<>()).add(vectors.get(i));
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

	/** The label of the single example most similar to the message, with that similarity; empty without examples. */
	Optional<Map.Entry<String, Double>> nearest(float[] message) {
		float[] query = Vectors.unit(message);
		String label = null;
		double best = Double.NEGATIVE_INFINITY;
		for (Map.Entry<String, List<float[]>> examples : examplesByLabel.entrySet()) {
			for (float[] example : examples.getValue()) {
				double similarity = Vectors.dot(query, example, 0);
				if (similarity > best) {
					best = similarity;
					label = examples.getKey();
				}
			}
		}
		return label == null ? Optional.empty() : Optional.of(Map.entry(label, best));
	}

	/** Similarity (cosine, -1..1) of the message to each label, best first. */
	List<Map.Entry<String, Double>> similarities(float[] message) {
		float[] query = Vectors.unit(message);
		List<Map.Entry<String, Double>> result = new ArrayList<>(examplesByLabel.size());
		double[] best = new double[BEST_MATCHES];
		examplesByLabel.forEach((label, examples) -> {
			int n = Math.min(BEST_MATCHES, examples.size());
			Arrays.fill(best, Double.NEGATIVE_INFINITY);
			for (float[] example : examples) {
				double similarity = Vectors.dot(query, example, 0);
				if (similarity > best[n - 1]) {
					int at = n - 1;
					while (at > 0 && best[at - 1] < similarity) {
						best[at] = best[at - 1];
						at--;
					}
					best[at] = similarity;
				}
			}
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += best[i];
			}
			result.add(Map.entry(label, sum / n));
		});
		result.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed());
		return result;
	}
}
