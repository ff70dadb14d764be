package io.parley.analysis.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.parley.analysis.evaluation.AnalyzerEvaluation;
import io.parley.analysis.evaluation.AnalyzerEvaluation.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the local analyzer's measured quality (README). The evaluation set must meet the targets; the
 * hold-out set (written later; since the example vote, its blend weights are fitted on it together with the
 * evaluation set and, since 1.2, the outside writer's set) and the dev set (written before the vote, never fitted on) must not fall much below the figures
 * they give.
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

	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theFreshHoldOutSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-holdout.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(150);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.81);
		// 0.93 until 1.3, which rates calm questions and one user's faults lower, as outside writers do (0.913-0.920)
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.90);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.85);
	}

	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theDevSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-dev2.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(80);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.78);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.95);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.86);
		assertThat(Math.abs(result.urgencyMeanSignedError())).as("urgency bias").isLessThan(0.5);
	}

	/**
	 * Written by an outside writer who saw neither the analyzer nor the other sets. Since version 1.2 it is a dev set:
	 * its conventions (praise around a request is positive, calm messages rate low) were learnt from it and the
	 * tuning is fitted on it too, so its figures are no longer an honest measure, only a guard against regression.
	 */
	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theBlindSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-blind.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(160);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.82);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.90);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.86);
		assertThat(result.urgencyMeanSignedError()).as("urgency bias").isLessThan(0.85);
	}

	/**
	 * Written by a second outside writer (more shades of negative feeling, other regions and registers). Version 1.3
	 * was written against it (lexicon entries, urgency shifts) and fitted on it, so it too is a guard, not a measure;
	 * with 1.2 it gave F1 0.804, sentiment 0.790, urgency 0.855 and over-rated urgency by 1.17 on average.
	 */
	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theSecondOutsideWritersSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-dev3.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.82);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.91);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.86);
		assertThat(result.urgencyMeanSignedError()).as("urgency bias").isLessThan(1.0);
	}

	/**
	 * Written by a third outside writer and only ever measured, never studied or fitted on: the honest figure for a
	 * customer's own messages. First run (1.1) F1 0.841, sentiment 0.775, urgency 0.835; with 1.3 0.860 / 0.805 /
	 * 0.925 (quantized) and 0.855 / 0.815 / 0.930 (full). Sentiment is below the 0.85 target: held at its floor.
	 * Its sentiment misses were read once the third blind set existed; nothing was changed from them (what they showed,
	 * fault reports labelled negative, is the opposite of what two other outside writers did).
	 */
	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theSecondBlindSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-blind2.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.84);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.91);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.79);
		assertThat(result.urgencyMeanSignedError()).as("urgency bias").isLessThan(0.8);
	}

	/**
	 * Written by a fourth outside writer after version 1.3 was finished, and only ever measured: first run F1 0.847,
	 * sentiment 0.855, urgency 0.950 (quantized, the default) and 0.833 / 0.845 / 0.940 (full); held at those floors.
	 */
	@ParameterizedTest
	@ValueSource(strings = { EmbeddingModels.QUANTIZED, EmbeddingModels.FULL })
	void theThirdBlindSetDoesNotRegress(String embeddingModel) throws IOException {
		Result result = AnalyzerEvaluation.evaluate(analyzer(embeddingModel),
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-blind3.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.83);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.93);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.84);
		assertThat(result.urgencyMeanSignedError()).as("urgency bias").isLessThan(0.5);
	}
}
