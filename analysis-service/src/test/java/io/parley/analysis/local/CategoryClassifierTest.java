package io.parley.analysis.local;

import java.util.List;
import java.util.stream.Stream;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.events.MessageCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CategoryClassifierTest {

	private static final EmbeddingModel MODEL = EmbeddingModels.named(EmbeddingModels.DEFAULT);

	private static final List<String> BUYING = List.of("how much is the family plan per month?",
			"I'd like to order two of the blue ones", "do you have the 13 inch model in stock?",
			"is there a discount if I pay yearly?", "can I get a quote for 40 seats");
	private static final List<String> BROKEN = List.of("the app crashes every time I open settings",
			"error 500 when I upload a photo", "the printer says offline but it's plugged in",
			"login page just spins forever", "sync stopped working after the update");

	private static CategoryClassifier trainedOnBuyingAndBroken() {
		List<float[]> vectors = Vectors.embedAll(MODEL, Stream.concat(BUYING.stream(), BROKEN.stream()).toList());
		List<MessageCategory> categories = Stream.concat(BUYING.stream().map(phrase -> MessageCategory.SALES),
				BROKEN.stream().map(phrase -> MessageCategory.TECHNICAL)).toList();
		return CategoryClassifier.train(vectors, categories);
	}

	private static float[] embedded(String text) {
		return Vectors.embedAll(MODEL, List.of(text)).get(0);
	}

	@Test
	void messagesItWasNotTrainedOnGetTheCategoryOfTheirKind() {
		CategoryClassifier classifier = trainedOnBuyingAndBroken();

		double[] buying = classifier.probabilities(embedded("what would three licences cost us?"));
		double[] broken = classifier.probabilities(embedded("the camera shows a black screen since yesterday"));

		assertThat(buying[MessageCategory.SALES.ordinal()]).isGreaterThan(buying[MessageCategory.TECHNICAL.ordinal()]);
		assertThat(broken[MessageCategory.TECHNICAL.ordinal()]).isGreaterThan(broken[MessageCategory.SALES.ordinal()]);
	}

	@Test
	void probabilitiesCoverEveryCategoryAndSumToOne() {
		double[] probabilities = trainedOnBuyingAndBroken().probabilities(embedded("hello there"));

		assertThat(probabilities).hasSize(MessageCategory.values().length);
		assertThat(java.util.Arrays.stream(probabilities).boxed().toList()).allSatisfy(probability -> assertThat(probability).isBetween(0.0, 1.0));
		assertThat(java.util.Arrays.stream(probabilities).sum()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void theSameTrainingDataGivesTheSameClassifier() {
		float[] message = embedded("can I pay for the upgrade by invoice?");

		assertThat(trainedOnBuyingAndBroken().probabilities(message))
			.containsExactly(trainedOnBuyingAndBroken().probabilities(message), within(0.0));
	}

	@Test
	void theShippedWeightsAreWhatTrainingOnTheShippedExamplesGives() {
		// given the classifier the service reads, and one trained now on today's phrases and labelled messages
		CategoryClassifier shipped = CategoryClassifier.shipped();
		CategoryClassifier retrained = CategoryClassifier.trainOnShippedExamples(MODEL);

		// then they are the same: a change to the phrases or the labelled sets must retrain it
		for (int c = 0; c < shipped.weights().length; c++) {
			assertThat(retrained.weights()[c]).as("weights of %s: the example phrases or the labelled sets changed; "
					+ "run %s", MessageCategory.values()[c], SentimentClassifier.TRAINING_SCRIPT)
				.containsExactly(shipped.weights()[c], within(1e-6f));
		}
		assertThat(retrained.biases()).containsExactly(shipped.biases(), within(1e-6));
	}
}
