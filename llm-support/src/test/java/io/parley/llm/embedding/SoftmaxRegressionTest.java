package io.parley.llm.embedding;

import io.parley.llm.embedding.SoftmaxRegression.Fit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoftmaxRegressionTest {

	/** Three classes, each where one input is high; the last input is the bias' constant 1. */
	private static final double[][] INPUTS = { { 1, 0, 0, 1 }, { 0.9, 0.1, 0, 1 }, { 0, 1, 0, 1 }, { 0.1, 0.8, 0, 1 },
			{ 0, 0, 1, 1 }, { 0, 0.2, 0.9, 1 } };
	private static final int[] LABELS = { 0, 0, 1, 1, 2, 2 };

	@Test
	void plainAndNesterovDescentBothLearnSeparableClasses() {
		for (Fit fit : new Fit[] { new Fit(300, 1.0, 0, 1e-3, true), new Fit(300, 0.5, 0.9, 1e-3, false) }) {
			float[][] weights = SoftmaxRegression.train(INPUTS, LABELS, 3, fit, null);

			for (int j = 0; j < INPUTS.length; j++) {
				double[] probabilities = SoftmaxRegression.probabilities(weights, INPUTS[j]);
				assertThat(probabilities[LABELS[j]]).as("example %d with %s", j, fit).isGreaterThan(0.5);
			}
		}
	}

	@Test
	void theSameExamplesAlwaysGiveTheSameWeights() {
		Fit fit = new Fit(50, 0.5, 0.9, 1e-3, false);

		assertThat(SoftmaxRegression.train(INPUTS, LABELS, 3, fit, null))
			.isDeepEqualTo(SoftmaxRegression.train(INPUTS, LABELS, 3, fit, null));
	}

	@Test
	void theDecayOnTheBiasIsLeftOutWhenAskedSo() {
		// given one class only, whose bias alone grows when nothing holds it back
		double[][] inputs = { { 0, 1 }, { 0, 1 } };
		int[] labels = { 0, 0 };

		// when it is fitted with a strong decay, once on the bias too and once not
		float[][] decayed = SoftmaxRegression.train(inputs, labels, 2, new Fit(200, 1.0, 0, 1.0, true), null);
		float[][] free = SoftmaxRegression.train(inputs, labels, 2, new Fit(200, 1.0, 0, 1.0, false), null);

		// then the free bias grows further
		assertThat(free[0][1]).isGreaterThan(decayed[0][1] + 1);
	}

	@Test
	void softmaxGivesProbabilitiesEvenForHugeScores() {
		double[] scores = { 1000, 1000, 999 };

		SoftmaxRegression.softmax(scores);

		assertThat(scores[0] + scores[1] + scores[2]).isCloseTo(1.0, Offset.offset(1e-12));
		assertThat(scores[0]).isEqualTo(scores[1]).isGreaterThan(scores[2]);
	}
}
