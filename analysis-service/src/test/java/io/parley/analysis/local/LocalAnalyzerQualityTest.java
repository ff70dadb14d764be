package io.parley.analysis.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.parley.analysis.evaluation.AnalyzerEvaluation;
import io.parley.analysis.evaluation.AnalyzerEvaluation.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the local analyzer's measured quality (README), with both embedding models. The evaluation set must meet the
 * issue's targets; every other set must not fall much below the figures it gives.
 */
class LocalAnalyzerQualityTest {

	private static final Map<String, LocalAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

	private static LocalAnalyzer analyzer(String embeddingModel) {
		return ANALYZERS.computeIfAbsent(embeddingModel, name -> new LocalAnalyzer(EmbeddingModels.named(name)));
	}

	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theEvaluationSetMeetsTheTargets(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-evaluation.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.80);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.85);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.85);
	}

	/**
	 * The sets the classifiers learn from (README): our dev set and hold-out set and nine outside writers' sets, each
	 * studied or only measured until it joined the training. The category classifier learns from the first four, the
	 * sentiment classifier from all: their sentiment is a training figure now, held where it is.
	 */
	@ParameterizedTest(name = "{1} with {0}")
	@CsvSource({
			"all-minilm-l6-v2-q, analysis-dev2,     80, 0.97, 0.92, 0.5",
			"all-minilm-l6-v2,   analysis-dev2,     80, 0.97, 0.92, 0.5",
			"all-minilm-l6-v2-q, analysis-holdout, 150, 0.91, 0.93, 0.7",
			"all-minilm-l6-v2,   analysis-holdout, 150, 0.91, 0.93, 0.7",
			"all-minilm-l6-v2-q, analysis-blind,   160, 0.93, 0.90, 0.5",
			"all-minilm-l6-v2,   analysis-blind,   160, 0.93, 0.90, 0.5",
			"all-minilm-l6-v2-q, analysis-dev3,    200, 0.92, 0.91, 1.0",
			"all-minilm-l6-v2,   analysis-dev3,    200, 0.92, 0.91, 1.0",
			"all-minilm-l6-v2-q, analysis-blind2,  200, 0.92, 0.87, 0.7",
			"all-minilm-l6-v2,   analysis-blind2,  200, 0.92, 0.87, 0.7",
			"all-minilm-l6-v2-q, analysis-blind3,  200, 0.94, 0.89, 0.4",
			"all-minilm-l6-v2,   analysis-blind3,  200, 0.94, 0.89, 0.4",
			"all-minilm-l6-v2-q, analysis-blind4,  200, 0.94, 0.87, 0.5",
			"all-minilm-l6-v2,   analysis-blind4,  200, 0.94, 0.87, 0.5",
			"all-minilm-l6-v2-q, analysis-blind5,  200, 0.92, 0.92, 0.65",
			"all-minilm-l6-v2,   analysis-blind5,  200, 0.92, 0.92, 0.65",
			"all-minilm-l6-v2-q, analysis-blind6,  200, 0.94, 0.85, 0.3",
			"all-minilm-l6-v2,   analysis-blind6,  200, 0.94, 0.85, 0.3",
			"all-minilm-l6-v2-q, analysis-blind7,  200, 0.90, 0.86, 0.65",
			"all-minilm-l6-v2,   analysis-blind7,  200, 0.90, 0.86, 0.65",
			"all-minilm-l6-v2-q, analysis-blind8,  200, 0.92, 0.92, 0.5",
			"all-minilm-l6-v2,   analysis-blind8,  200, 0.92, 0.92, 0.5" })
	void theLabelledMessagesTheClassifiersLearnFromKeepTheirFigures(String embeddingModel, String set, int size,
			double urgencyFloor, double sentimentFloor, double urgencyBiasBound) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("src/main/resources/analysis/labelled-messages/" + set + ".jsonl")));

		assertThat(result.total()).isEqualTo(size);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(urgencyFloor);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(sentimentFloor);
		assertThat(Math.abs(result.urgencyMeanSignedError())).as("urgency bias").isLessThan(urgencyBiasBound);
	}

	/**
	 * Written by four more outside writers while 1.5 was being built and measured once it was finished, never
	 * studied or trained on: the honest figures for a customer's own messages. First runs with 1.4 (quantized / full):
	 * blind9 F1 0.844 / 0.849, sentiment 0.760 / 0.760, urgency 0.910 / 0.920; blind10 0.835 / 0.841, 0.795 / 0.790,
	 * 0.925 / 0.935; blind11 0.806 / 0.802, 0.815 / 0.815, 0.920 / 0.915; blind12 0.865 / 0.866, 0.805 / 0.815,
	 * 0.930 / 0.920. With 1.5's sentiment classifier: sentiment 0.795 / 0.800, 0.850 / 0.850, 0.825 / 0.825,
	 * 0.860 / 0.865, urgency 0.925 / 0.930, 0.930 / 0.940, 0.925 / 0.920, 0.935 / 0.925.
	 */
	@ParameterizedTest(name = "{1} with {0}")
	@CsvSource({
			"all-minilm-l6-v2-q, analysis-blind9,  0.82, 0.90, 0.78, 0.5",
			"all-minilm-l6-v2,   analysis-blind9,  0.82, 0.90, 0.78, 0.5",
			"all-minilm-l6-v2-q, analysis-blind10, 0.81, 0.91, 0.83, 0.5",
			"all-minilm-l6-v2,   analysis-blind10, 0.81, 0.91, 0.83, 0.5",
			"all-minilm-l6-v2-q, analysis-blind11, 0.78, 0.90, 0.81, 0.3",
			"all-minilm-l6-v2,   analysis-blind11, 0.78, 0.90, 0.81, 0.3",
			"all-minilm-l6-v2-q, analysis-blind12, 0.84, 0.90, 0.84, 0.6",
			"all-minilm-l6-v2,   analysis-blind12, 0.84, 0.90, 0.84, 0.6" })
	void theBlindSetsKeepTheirMeasuredFigures(String embeddingModel, String set, double categoryFloor,
			double urgencyFloor, double sentimentFloor, double urgencyBiasBound) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/" + set + ".jsonl")));

		assertThat(result.total()).isEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(categoryFloor);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(urgencyFloor);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(sentimentFloor);
		assertThat(Math.abs(result.urgencyMeanSignedError())).as("urgency bias").isLessThan(urgencyBiasBound);
	}
}
