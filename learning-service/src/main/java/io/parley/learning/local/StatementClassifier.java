package io.parley.learning.local;

import java.util.List;
import java.util.Optional;

import io.parley.llm.embedding.ShippedWeights;
import io.parley.llm.embedding.SoftmaxRegression;

/**
 * Says which fact category, if any, a statement's clause belongs to, from its sentence embedding: a softmax
 * regression over the embedding (standardised), whether the clause opens in the first person, and a bias. The first
 * category is "none". Trained by {@code ./train-statement-classifier.sh} on the labelled sets (README); a guess below
 * the threshold is no guess, as a note in a wrong category costs a user more than a statement left unread.
 *
 * @param categories "none" first, then the fact categories, in the order of the weights' rows
 * @param threshold the least probability of a category for a guess
 * @param mean the training embeddings' mean, per dimension
 * @param scale the training embeddings' standard deviation, per dimension
 * @param weights one row per category: a weight per embedding dimension, then the first-person weight, then the bias
 */
public record StatementClassifier(List<String> categories, double threshold, float[] mean, float[] scale,
		float[][] weights) {

	public static final String RESOURCE = "/learning/statement-classifier.json";
	static final String NONE = "none";

	public StatementClassifier {
		if (categories.isEmpty() || !NONE.equals(categories.get(0)) || weights.length != categories.size()
				|| mean.length != scale.length) {
			throw new IllegalArgumentException("A statement classifier needs 'none' as its first category, one row of "
					+ "weights per category and a mean and scale per dimension");
		}
		for (float[] row : weights) {
			if (row.length != mean.length + 2) {
				throw new IllegalArgumentException("Each row of weights needs " + (mean.length + 2) + " values, not "
						+ row.length);
			}
		}
	}

	public record Guess(String category, double probability) {
	}

	/** The classifier shipped with the service. */
	public static StatementClassifier shipped() {
		return ShippedWeights.read(StatementClassifier.class, RESOURCE, "./train-statement-classifier.sh");
	}

	public Optional<Guess> classify(float[] embedding, boolean firstPerson) {
		double[] probabilities = probabilities(embedding, firstPerson);
		int best = 1;
		for (int k = 2; k < probabilities.length; k++) {
			if (probabilities[k] > probabilities[best]) {
				best = k;
			}
		}
		return probabilities[best] >= threshold ? Optional.of(new Guess(categories.get(best), probabilities[best]))
				: Optional.empty();
	}

	double[] probabilities(float[] embedding, boolean firstPerson) {
		if (embedding.length != mean.length) {
			throw new IllegalArgumentException("Expected an embedding of " + mean.length + " dimensions, got "
					+ embedding.length);
		}
		double[] scores = new double[weights.length];
		for (int k = 0; k < weights.length; k++) {
			float[] row = weights[k];
			double score = row[mean.length] * (firstPerson ? 1 : 0) + row[mean.length + 1];
			for (int i = 0; i < mean.length; i++) {
				score += row[i] * ((embedding[i] - mean[i]) / scale[i]);
			}
			scores[k] = score;
		}
		SoftmaxRegression.softmax(scores);
		return scores;
	}
}
