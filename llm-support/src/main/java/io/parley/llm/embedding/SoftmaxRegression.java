package io.parley.llm.embedding;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Multinomial logistic regression, the linear classifier the services put on top of a sentence embedding: trained by
 * full-batch gradient descent from zero (so the same examples always give the same weights), with Nesterov momentum
 * when asked for; with a momentum of 0 it is plain gradient descent.
 */
public final class SoftmaxRegression {

	private SoftmaxRegression() {
	}

	/**
	 * How to fit.
	 *
	 * @param steps full-batch steps
	 * @param momentum Nesterov momentum; 0 for plain gradient descent
	 * @param l2 weight decay
	 * @param decayBias whether the decay applies to the last input too, the constant 1 of the bias
	 */
	public record Fit(int steps, double learningRate, double momentum, double l2, boolean decayBias) {
	}

	/**
	 * @param inputs each example's inputs, all of one width, the last one the constant 1 of the bias
	 * @param labels each example's class, 0 to {@code classes - 1}
	 * @param progress where to print the loss every 100 steps, or null
	 * @return a row of weights per class over the inputs
	 */
	public static float[][] train(double[][] inputs, int[] labels, int classes, Fit fit, PrintStream progress) {
		int n = inputs.length;
		int width = inputs[0].length;
		double[][] w = new double[classes][width];
		double[][] velocity = new double[classes][width];
		double[][] ahead = new double[classes][width];
		double[] p = new double[classes];
		for (int step = 1; step <= fit.steps(); step++) {
			for (int c = 0; c < classes; c++) {
				for (int i = 0; i < width; i++) {
					ahead[c][i] = w[c][i] + fit.momentum() * velocity[c][i];
				}
			}
			double[][] gradient = new double[classes][width];
			double loss = 0;
			for (int j = 0; j < n; j++) {
				double[] x = inputs[j];
				for (int c = 0; c < classes; c++) {
					double score = 0;
					for (int i = 0; i < width; i++) {
						score += ahead[c][i] * x[i];
					}
					p[c] = score;
				}
				softmax(p);
				for (int c = 0; c < classes; c++) {
					double error = (p[c] - (c == labels[j] ? 1 : 0)) / n;
					for (int i = 0; i < width; i++) {
						gradient[c][i] += error * x[i];
					}
				}
				loss -= Math.log(Math.max(p[labels[j]], 1e-12)) / n;
			}
			int decayed = fit.decayBias() ? width : width - 1;
			for (int c = 0; c < classes; c++) {
				for (int i = 0; i < width; i++) {
					double decay = i < decayed ? fit.l2() * ahead[c][i] : 0;
					velocity[c][i] = fit.momentum() * velocity[c][i] - fit.learningRate() * (gradient[c][i] + decay);
					w[c][i] += velocity[c][i];
				}
			}
			if (progress != null && (step % 100 == 0 || step == 1)) {
				progress.printf(Locale.ROOT, "step %3d of %d, loss %.4f%n", step, fit.steps(), loss);
			}
		}
		float[][] weights = new float[classes][width];
		for (int c = 0; c < classes; c++) {
			for (int i = 0; i < width; i++) {
				weights[c][i] = (float) w[c][i];
			}
		}
		return weights;
	}

	/** The probability of each class: the softmax of each row of weights' dot product with the inputs. */
	public static double[] probabilities(float[][] weights, double[] inputs) {
		double[] scores = new double[weights.length];
		for (int k = 0; k < weights.length; k++) {
			double score = 0;
			for (int i = 0; i < inputs.length; i++) {
				score += weights[k][i] * inputs[i];
			}
			scores[k] = score;
		}
		softmax(scores);
		return scores;
	}

	/** Turns scores into probabilities, in place (shifted by the largest, so no exponent overflows). */
	public static void softmax(double[] scores) {
		double max = Double.NEGATIVE_INFINITY;
		for (double score : scores) {
			max = Math.max(max, score);
		}
		double sum = 0;
		for (int k = 0; k < scores.length; k++) {
			scores[k] = Math.exp(scores[k] - max);
			sum += scores[k];
		}
		for (int k = 0; k < scores.length; k++) {
			scores[k] /= sum;
		}
	}
}
