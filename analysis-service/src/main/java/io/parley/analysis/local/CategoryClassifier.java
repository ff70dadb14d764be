package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.events.MessageCategory;
import io.parley.llm.embedding.ShippedWeights;
import io.parley.llm.embedding.SoftmaxRegression;

/**
 * A linear reading of the message category from the embedding (multinomial logistic regression over the unit vector),
 * trained on the shipped example phrases and the {@link LabelledMessages} by {@value SentimentClassifier#TRAINING_SCRIPT},
 * which writes its weights to {@value #RESOURCE}; the service only reads them.
 * The nearest examples know each phrase; the classifier weighs every dimension against all of them at once, so it
 * carries better to wording no example is close to. Trained in a fixed number of full-batch gradient steps from zeros:
 * the same data always gives the same weights.
 *
 * @param weights one row of weights per category (in {@link MessageCategory}'s order) over the vector's dimensions
 * @param biases one bias per category
 */
public record CategoryClassifier(float[][] weights, double[] biases) {

	public static final String RESOURCE = "analysis/category-classifier.json";
	private static final MessageCategory[] CATEGORIES = MessageCategory.values();
	private static final int STEPS = 500;
	private static final double LEARNING_RATE = 3.0;
	private static final double L2 = 3e-4;

	/** The classifier shipped with the service. */
	public static CategoryClassifier shipped() {
		return ShippedWeights.read(CategoryClassifier.class, RESOURCE, SentimentClassifier.TRAINING_SCRIPT);
	}

	/** Trains on the shipped example phrases and labelled messages, as read from the class path. */
	public static CategoryClassifier trainOnShippedExamples(EmbeddingModel model) {
		List<String[]> labelled = new ArrayList<>(Resources.tsv(LocalAnalyzer.CATEGORY_EXAMPLES, 2));
		for (String set : LabelledMessages.SETS) {
			labelled.addAll(Resources.categoryLabelled(LabelledMessages.FOLDER + set + ".jsonl"));
		}
		return train(Vectors.embedAll(model, labelled.stream().map(row -> row[1]).toList()),
				labelled.stream().map(row -> MessageCategory.valueOf(row[0].trim().toUpperCase())).toList());
	}

	/**
	 * @param vectors unit-length embeddings
	 * @param categories each vector's category
	 */
	static CategoryClassifier train(List<float[]> vectors, List<MessageCategory> categories) {
		int n = vectors.size();
		int dimension = vectors.get(0).length;
		int k = CATEGORIES.length;
		float[][] weights = new float[k][dimension];
		double[] biases = new double[k];
		float[][] gradient = new float[k][dimension];
		double[] biasGradient = new double[k];
		double[] probabilities = new double[k];
		CategoryClassifier classifier = new CategoryClassifier(weights, biases);
		for (int step = 0; step < STEPS; step++) {
			for (float[] row : gradient) {
				Arrays.fill(row, 0);
			}
			Arrays.fill(biasGradient, 0);
			for (int i = 0; i < n; i++) {
				float[] x = vectors.get(i);
				classifier.probabilities(x, probabilities);
				int label = categories.get(i).ordinal();
				for (int c = 0; c < k; c++) {
					float error = (float) (probabilities[c] - (c == label ? 1 : 0));
					float[] g = gradient[c];
					for (int d = 0; d < dimension; d++) {
						g[d] += error * x[d];
					}
					biasGradient[c] += error;
				}
			}
			for (int c = 0; c < k; c++) {
				float[] w = weights[c];
				float[] g = gradient[c];
				for (int d = 0; d < dimension; d++) {
					w[d] -= (float) (LEARNING_RATE * (g[d] / n + L2 * w[d]));
				}
				biases[c] -= LEARNING_RATE * (biasGradient[c] / n + L2 * biases[c]);
			}
		}
		return classifier;
	}

	/** The probability of each category (by {@link MessageCategory#ordinal()}) for a unit-length embedding. */
	double[] probabilities(float[] unit) {
		double[] probabilities = new double[CATEGORIES.length];
		probabilities(unit, probabilities);
		return probabilities;
	}

	private void probabilities(float[] x, double[] out) {
		for (int c = 0; c < out.length; c++) {
			out[c] = biases[c] + Vectors.dot(x, weights[c], 0);
		}
		SoftmaxRegression.softmax(out);
	}
}
