package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Labelled example phrases, embedded once: a message's similarity to each label is the mean of its best few matches
 * among that label's examples.
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
				.add(embeddings.get(i).vector());
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
		List<Map.Entry<String, Double>> result = new ArrayList<>();
		examplesByLabel.forEach((label, examples) -> {
			double[] best = examples.stream().mapToDouble(example -> cosine(message, example)).sorted().toArray();
			double sum = 0;
			int n = Math.min(BEST_MATCHES, best.length);
			for (int i = 0; i < n; i++) {
				sum += best[best.length - 1 - i];
			}
			result.add(Map.entry(label, sum / n));
		});
		result.sort(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed());
		return result;
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / (Math.sqrt(normA) * Math.sqrt(normB));
	}
}
