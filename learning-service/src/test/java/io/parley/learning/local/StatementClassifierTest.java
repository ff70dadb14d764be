package io.parley.learning.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parley.learning.domain.TextEmbedder;
import io.parley.learning.evaluation.StatementClassifierTraining;
import io.parley.learning.evaluation.StatementClassifierTraining.Example;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementClassifierTest {

	@Test
	void theShippedClassifierHasNoneFirstAndTheBuiltInCategories() {
		StatementClassifier shipped = StatementClassifier.shipped();

		assertThat(shipped.categories()).startsWith("none").contains("personal", "constraints", "preferences",
				"professional", "goals", "interests", "behavior", "communication");
		assertThat(shipped.threshold()).isBetween(0.5, 1.0);
		assertThat(shipped.mean()).hasSize(384);
	}

	@Test
	void theShippedWeightsAreWhatTrainingOnTheListedSetsGivesForTodaysSentenceFilters() throws IOException {
		StatementClassifier retrained = StatementClassifierTraining.train(Path.of("evaluation"),
				LocalEmbeddings.textEmbedder(LocalEmbeddings.model()), null);
		StatementClassifier shipped = StatementClassifier.shipped();

		assertThat(retrained.categories()).isEqualTo(shipped.categories());
		assertThat(retrained.threshold()).isEqualTo(shipped.threshold());
		for (int k = 0; k < shipped.weights().length; k++) {
			assertThat(retrained.weights()[k]).as("weights of %s: the sentence filters changed how clauses are cut; "
					+ "run ./train-statement-classifier.sh", shipped.categories().get(k))
				.containsExactly(shipped.weights()[k], org.assertj.core.data.Offset.offset(1e-3f));
		}
	}

	@Test
	void probabilitiesSumToOneAndAGuessNeedsTheThreshold() {
		float[][] weights = { { 0, 0, 0, 0 }, { 2, 0, 0, 0 }, { 0, 2, 0, 0 } };
		StatementClassifier sure = new StatementClassifier(List.of("none", "personal", "goals"), 0.6,
				new float[] { 0, 0 }, new float[] { 1, 1 }, weights);
		StatementClassifier demanding = new StatementClassifier(List.of("none", "personal", "goals"), 0.999,
				new float[] { 0, 0 }, new float[] { 1, 1 }, weights);

		double[] probabilities = sure.probabilities(new float[] { 3, 0 }, true);

		assertThat(probabilities[0] + probabilities[1] + probabilities[2]).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(sure.classify(new float[] { 3, 0 }, true)).hasValueSatisfying(guess -> {
			assertThat(guess.category()).isEqualTo("personal");
			assertThat(guess.probability()).isGreaterThan(0.9);
		});
		assertThat(demanding.classify(new float[] { 3, 0 }, true)).isEmpty();
		assertThat(sure.classify(new float[] { 0, 0 }, true)).as("no category stands out").isEmpty();
	}

	@Test
	void aClassifierWithoutNoneFirstOrWithMisshapenWeightsIsRefused() {
		assertThatThrownBy(() -> new StatementClassifier(List.of("personal"), 0.9, new float[1], new float[1],
				new float[][] { { 0, 0, 0 } })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
		assertThatThrownBy(() -> new StatementClassifier(List.of("none"), 0.9, new float[2], new float[2],
				new float[][] { { 0, 0, 0 } })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 values");
	}

	@Test
	void trainingLearnsTheCategoriesOfItsExamplesFromTheirEmbeddings() {
		TextEmbedder embedder = LocalEmbeddings.textEmbedder(LocalEmbeddings.model());
		List<Example> examples = new ArrayList<>();
		int constraints = StatementClassifierTraining.categoryIndex("constraints");
		int professional = StatementClassifierTraining.categoryIndex("professional");
		for (String said : List.of("I'm allergic to shellfish", "I can only spend 30 euros", "I am gluten intolerant",
				"I need step-free access", "my budget is tight, 200 max")) {
			examples.add(new Example(embedder.embed(said), true, constraints));
		}
		for (String said : List.of("I work as an electrician", "I'm a primary school teacher", "I run a bakery",
				"I'm a software developer at a bank", "I work night shifts as a nurse")) {
			examples.add(new Example(embedder.embed(said), true, professional));
		}
		for (String said : List.of("the parcel arrived late", "the app crashed again", "thanks for the quick reply",
				"the order number is 5512", "it says error 404")) {
			examples.add(new Example(embedder.embed(said), false, 0));
		}

		StatementClassifier classifier = StatementClassifierTraining.train(examples, 0.5, null);

		assertThat(classifier.classify(embedder.embed("I'm allergic to tree nuts"), true))
			.hasValueSatisfying(guess -> assertThat(guess.category()).isEqualTo("constraints"));
		assertThat(classifier.classify(embedder.embed("I work as a plumber"), true))
			.hasValueSatisfying(guess -> assertThat(guess.category()).isEqualTo("professional"));
		assertThat(classifier.classify(embedder.embed("the parcel was damaged"), false)).isEmpty();
	}
}
