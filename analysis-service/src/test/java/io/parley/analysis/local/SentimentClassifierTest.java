package io.parley.analysis.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.analysis.evaluation.AnalyzerEvaluation;
import io.parley.analysis.evaluation.SentimentClassifierTraining;
import io.parley.analysis.evaluation.SentimentClassifierTraining.Example;
import io.parley.analysis.local.SentimentClassifier.RulesReading;
import io.parley.events.MessageCategory;
import io.parley.events.SentimentLabel;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentimentClassifierTest {

	private static final EmbeddingModel MODEL = EmbeddingModels.named(EmbeddingModels.DEFAULT);

	@Test
	void theShippedClassifierHasARowPerLabelOverTheEmbeddingAndTheRulesReading() {
		SentimentClassifier shipped = SentimentClassifier.shipped();

		assertThat(shipped.labels()).containsExactly(SentimentLabel.values());
		assertThat(shipped.weights()[0]).hasSize(384 + 4 + 2 + 6 + 1);
	}

	@Test
	void theShippedWeightsAreWhatTrainingOnTheListedSetsGivesForTodaysRules() throws IOException {
		SentimentClassifier retrained = SentimentClassifierTraining
			.train(Path.of("src/main/resources/analysis/labelled-messages"), MODEL, null);
		SentimentClassifier shipped = SentimentClassifier.shipped();

		for (int k = 0; k < shipped.weights().length; k++) {
			assertThat(retrained.weights()[k]).as("weights of %s: the rules, the examples or the labelled sets "
					+ "changed; run " + SentimentClassifier.TRAINING_SCRIPT, shipped.labels().get(k))
				.containsExactly(shipped.weights()[k], Offset.offset(1e-3f));
		}
	}

	@Test
	void theInputsAreTheUnitEmbeddingThenTheRulesLabelScoreUrgencyCategoryAndABias() {
		double[] inputs = SentimentClassifier.inputs(new float[] { 3, 4 },
				new RulesReading(SentimentLabel.NEGATIVE, -0.4, 6, MessageCategory.TECHNICAL));

		assertThat(inputs).containsExactly(new double[] { 0.6, 0.8, 0, 1, 0, 0, -0.4, 0.6, 0, 0, 0, 0, 1, 0, 1 },
				Offset.offset(1e-6));
		assertThat(MessageCategory.values()[4]).isEqualTo(MessageCategory.TECHNICAL);
	}

	@Test
	void trainingLearnsTheLabelsOfItsExamplesFromTheirEmbeddings() {
		// given praise, anger and plain questions, each read neutral by the rules
		RulesReading neutral = new RulesReading(SentimentLabel.NEUTRAL, 0, 3, MessageCategory.GENERAL);
		List<Example> examples = new ArrayList<>();
		for (String said : List.of("you guys are brilliant, thank you", "absolutely love the new update",
				"best service I have ever had", "the rider was lovely and so quick")) {
			examples.add(new Example(SentimentClassifier.inputs(embed(said), neutral), SentimentLabel.POSITIVE));
		}
		for (String said : List.of("this is a disgrace, I am furious", "worst shop ever, never again",
				"I'm fed up with your excuses", "appalling treatment from your staff")) {
			examples.add(new Example(SentimentClassifier.inputs(embed(said), neutral), SentimentLabel.NEGATIVE));
		}
		for (String said : List.of("what time do you open on sunday", "do you ship to norway",
				"how do I change my email address", "is the blue one in stock")) {
			examples.add(new Example(SentimentClassifier.inputs(embed(said), neutral), SentimentLabel.NEUTRAL));
		}

		// when a classifier is trained on them
		SentimentClassifier classifier = SentimentClassifierTraining.train(examples, null);

		// then it reads new wordings by their likeness to the examples
		assertThat(classifier.label(embed("thanks so much, you are amazing"), neutral)).isEqualTo(SentimentLabel.POSITIVE);
		assertThat(classifier.label(embed("terrible service, I'm so angry"), neutral)).isEqualTo(SentimentLabel.NEGATIVE);
		assertThat(classifier.label(embed("when do you close on saturday"), neutral)).isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void aClassifierWithoutARowPerLabelOrForAnotherModelIsRefused() {
		assertThatThrownBy(() -> new SentimentClassifier(List.of(SentimentLabel.POSITIVE), new float[1][20]))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row of weights for each");
		SentimentClassifier tiny = new SentimentClassifier(List.of(SentimentLabel.values()), new float[4][2 + 13]);
		assertThatThrownBy(() -> tiny.label(new float[384],
				new RulesReading(SentimentLabel.NEUTRAL, 0, 3, MessageCategory.GENERAL)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another embedding model");
	}

	@Test
	void anUrgentLabelAlwaysComesWithUrgencyEightOrMoreAndNoOtherLabelDoes() throws IOException {
		// given the analyzer whose classifier may call a message urgent the rules rated lower, or the other way round
		LocalAnalyzer analyzer = new LocalAnalyzer(MODEL);

		// when the evaluation set and a fresh outside writer's set are analysed
		List<MessageAnalysis> analyses = new ArrayList<>();
		for (String set : List.of("evaluation/analysis-evaluation.jsonl", "evaluation/analysis-blind13.jsonl")) {
			for (AnalyzerEvaluation.LabelledMessage message : AnalyzerEvaluation.read(Path.of(set))) {
				analyses.add(AnalyzerEvaluation.analyzeInContext(analyzer, message));
			}
		}

		// then urgency and label agree on every one of them
		assertThat(analyses).isNotEmpty().allSatisfy(analysis -> assertThat(analysis.urgencyScore() >= 8)
			.as("urgency %d with %s", analysis.urgencyScore(), analysis.sentiment())
			.isEqualTo(analysis.sentiment() == SentimentLabel.URGENT));
		assertThat(analyses).anySatisfy(analysis -> assertThat(analysis.sentiment()).isEqualTo(SentimentLabel.URGENT));
	}

	@Test
	void theRulesAloneAreWhatTheClassifierReads() {
		// given the analyzer with the rules' own label
		LocalAnalyzer rules = LocalAnalyzer.withRulesSentiment(MODEL);

		// when a deadline with an outage is analysed
		MessageAnalysis analysis = rules.analyze(new AnalysisRequest("tenant",
				"our whole shop is down and we open in an hour, fix it now", List.of()));

		// then the rules' urgent reading is there for the classifier to weigh
		assertThat(analysis.sentiment()).isEqualTo(SentimentLabel.URGENT);
		assertThat(analysis.urgencyScore()).isGreaterThanOrEqualTo(8);
	}

	private static float[] embed(String text) {
		return Vectors.unit(MODEL.embed(text).content().vector());
	}
}
