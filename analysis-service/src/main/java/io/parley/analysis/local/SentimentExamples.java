package io.parley.analysis.local;

import java.util.Arrays;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.events.SentimentLabel;

/**
 * Example messages labelled with their sentiment and the urgency people give them, embedded once at startup: a
 * message's nearest examples vote on how it sounds and how urgent it is. Where the lexicon knows only the words it
 * was written from, the vote generalises to phrasings it has not seen ("would love to grab two of those" reads like
 * the other buying intents, "our tills are all offline" like the other business outages).
 * <p>
 * The vectors sit in one flat, unit-length array, so a vote is one pass of dot products over a few hundred vectors
 * (about a tenth of a millisecond) plus keeping the best few.
 */
final class SentimentExamples {

	private static final SentimentLabel[] LABELS = SentimentLabel.values();

	private final float[] vectors;
	private final int dimension;
	private final byte[] labels;
	private final byte[] urgencies;

	/** @param rows sentiment label, urgency 1-10 and phrase */
	SentimentExamples(EmbeddingModel model, List<String[]> rows) {
		List<float[]> embeddings = Vectors.embedAll(model, rows.stream().map(row -> row[2]).toList());
		this.dimension = embeddings.isEmpty() ? 0 : embeddings.get(0).length;
		this.vectors = new float[rows.size() * dimension];
		this.labels = new byte[rows.size()];
		this.urgencies = new byte[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			labels[i] = (byte) SentimentLabel.valueOf(row[0].trim().toUpperCase()).ordinal();
			int urgency = Integer.parseInt(row[1].trim());
			if (urgency < 1 || urgency > 10) {
				throw new IllegalStateException("Sentiment example urgency must be 1-10: " + String.join("\t", row));
			}
			urgencies[i] = (byte) urgency;
			System.arraycopy(embeddings.get(i), 0, vectors, i * dimension, dimension);
		}
	}

	static SentimentExamples load(EmbeddingModel model) {
		return new SentimentExamples(model, Resources.tsv("analysis/sentiment-examples.tsv", 3));
	}

	int size() {
		return labels.length;
	}

	/**
	 * What the nearest examples say about a message.
	 *
	 * @param share the similarity-weighted share of each sentiment label among the neighbours, by
	 * {@link SentimentLabel#ordinal()}
	 * @param urgency the similarity-weighted mean urgency of the neighbours
	 * @param similarity the nearest example's cosine similarity: how well the examples cover the message at all
	 */
	record Vote(double[] share, double urgency, double similarity) {

		double of(SentimentLabel label) {
			return share[label.ordinal()];
		}

		/** Positive minus negative share, -1..1. */
		double polarity() {
			return of(SentimentLabel.POSITIVE) - of(SentimentLabel.NEGATIVE);
		}
	}

	/**
	 * @param neighbours how many of the nearest examples vote
	 * @param temperature how much more a closer example counts: weights are exp((similarity - best) / temperature)
	 */
	Vote vote(float[] message, int neighbours, double temperature) {
		int n = Math.min(neighbours, labels.length);
		if (n == 0) {
			return new Vote(new double[LABELS.length], 0, 0);
		}
		float[] query = Vectors.unit(message);
		int[] best = new int[n];
		double[] bestSimilarity = new double[n];
		Arrays.fill(bestSimilarity, Double.NEGATIVE_INFINITY);
		for (int example = 0, offset = 0; example < labels.length; example++, offset += dimension) {
			double dot = Vectors.dot(query, vectors, offset);
			if (dot > bestSimilarity[n - 1]) {
				int at = n - 1;
				while (at > 0 && bestSimilarity[at - 1] < dot) {
					bestSimilarity[at] = bestSimilarity[at - 1];
					best[at] = best[at - 1];
					at--;
				}
				bestSimilarity[at] = dot;
				best[at] = example;
			}
		}
		double[] share = new double[LABELS.length];
		double weights = 0;
		double urgency = 0;
		for (int i = 0; i < n; i++) {
			double weight = Math.exp((bestSimilarity[i] - bestSimilarity[0]) / temperature);
			share[labels[best[i]]] += weight;
			urgency += weight * urgencies[best[i]];
			weights += weight;
		}
		for (int label = 0; label < share.length; label++) {
			share[label] /= weights;
		}
		return new Vote(share, urgency / weights, bestSimilarity[0]);
	}
}
