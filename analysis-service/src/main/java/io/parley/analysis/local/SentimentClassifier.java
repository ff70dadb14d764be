package io.parley.analysis.local;

import java.util.Arrays;
import java.util.List;

import io.parley.events.MessageCategory;
import io.parley.events.SentimentLabel;
import io.parley.llm.embedding.ShippedWeights;
import io.parley.llm.embedding.SoftmaxRegression;

/**
 * Decides the sentiment label from the message's embedding and what the rules read (their label, score, urgency and
 * category): a softmax regression over those inputs, trained by {@code ./train-analysis-classifiers.sh} on the
 * {@link LabelledMessages} (README). The lexicon and urgency rules know negation, sarcasm and deadlines; the
 * embedding knows how people label a whole message (whether "the display shows E07 and the motor won't assist" is
 * neutral or negative). Together they carry better to a stranger's messages than either alone.
 *
 * @param labels the sentiment labels in the order of the weights' rows
 * @param weights one row per label: a weight per embedding dimension, then per rules' label (in {@code labels}' order),
 * for the rules' score, for their urgency / 10, per category (in {@link MessageCategory}'s order), and the bias
 */
public record SentimentClassifier(List<SentimentLabel> labels, float[][] weights) {

	public static final String RESOURCE = "analysis/sentiment-classifier.json";
	/** Trains both of the analyzer's classifiers and writes their weights. */
	public static final String TRAINING_SCRIPT = "./train-analysis-classifiers.sh";
	private static final int CATEGORIES = MessageCategory.values().length;

	public SentimentClassifier {
		if (!labels.equals(List.of(SentimentLabel.values())) || weights.length != labels.size()) {
			throw new IllegalArgumentException("A sentiment classifier needs a row of weights for each of "
					+ Arrays.toString(SentimentLabel.values()) + ", in that order");
		}
		for (float[] row : weights) {
			if (row.length != weights[0].length || row.length <= inputsBeyondEmbedding()) {
				throw new IllegalArgumentException("Every row of weights needs the same length, more than "
						+ inputsBeyondEmbedding());
			}
		}
	}

	/** The classifier shipped with the service. */
	public static SentimentClassifier shipped() {
		return ShippedWeights.read(SentimentClassifier.class, RESOURCE, TRAINING_SCRIPT);
	}

	/** What the rules read of a message, the classifier's inputs beside the embedding. */
	public record RulesReading(SentimentLabel label, double score, int urgency, MessageCategory category) {
	}

	/** How many inputs follow the embedding's dimensions: the rules' label, score, urgency, category and the bias. */
	static int inputsBeyondEmbedding() {
		return SentimentLabel.values().length + 2 + CATEGORIES + 1;
	}

	/** The inputs of one message: its embedding at unit length, then what the rules read, then 1 for the bias. */
	public static double[] inputs(float[] embedding, RulesReading rules) {
		return inputsOfUnit(Vectors.unit(embedding), rules);
	}

	private static double[] inputsOfUnit(float[] unitEmbedding, RulesReading rules) {
		int dimensions = unitEmbedding.length;
		double[] inputs = new double[dimensions + inputsBeyondEmbedding()];
		for (int i = 0; i < dimensions; i++) {
			inputs[i] = unitEmbedding[i];
		}
		inputs[dimensions + rules.label().ordinal()] = 1;
		int next = dimensions + SentimentLabel.values().length;
		inputs[next] = rules.score();
		inputs[next + 1] = rules.urgency() / 10.0;
		inputs[next + 2 + rules.category().ordinal()] = 1;
		inputs[inputs.length - 1] = 1;
		return inputs;
	}

	/** The likeliest label for a message, given its embedding already at unit length. */
	public SentimentLabel label(float[] unitEmbedding, RulesReading rules) {
		double[] probabilities = probabilities(inputsOfUnit(unitEmbedding, rules));
		int best = 0;
		for (int k = 1; k < probabilities.length; k++) {
			if (probabilities[k] > probabilities[best]) {
				best = k;
			}
		}
		return labels.get(best);
	}

	/** The probability of each label, in {@code labels}' order. */
	double[] probabilities(double[] inputs) {
		if (inputs.length != weights[0].length) {
			throw new IllegalArgumentException("Expected " + (weights[0].length - inputsBeyondEmbedding())
					+ " embedding dimensions, got " + (inputs.length - inputsBeyondEmbedding())
					+ ": the classifier was trained on another embedding model");
		}
		return SoftmaxRegression.probabilities(weights, inputs);
	}
}
