package io.parley.analysis.local;

import java.io.IOException;
import java.nio.file.Path;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.parley.analysis.evaluation.AnalyzerEvaluation;
import io.parley.analysis.evaluation.AnalyzerEvaluation.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the local analyzer's measured quality (README). The evaluation set must meet the targets; the
 * hold-out set (written later; since the example vote, its blend weights are fitted on it together with the
 * evaluation set) and the dev set (written before the vote, never fitted on) must not fall much below the figures
 * they give.
 */
class LocalAnalyzerQualityTest {

	private static final LocalAnalyzer ANALYZER = new LocalAnalyzer(new AllMiniLmL6V2EmbeddingModel());

	@Test
	void theEvaluationSetMeetsTheTargets() throws IOException {
		Result result = AnalyzerEvaluation.evaluate(ANALYZER,
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-evaluation.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(200);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.80);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.85);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void theFreshHoldOutSetDoesNotRegress() throws IOException {
		Result result = AnalyzerEvaluation.evaluate(ANALYZER,
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-holdout.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(150);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.82);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.93);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.83);
	}

	@Test
	void theDevSetDoesNotRegress() throws IOException {
		Result result = AnalyzerEvaluation.evaluate(ANALYZER,
				AnalyzerEvaluation.read(Path.of("evaluation/analysis-dev2.jsonl")));

		assertThat(result.total()).isGreaterThanOrEqualTo(80);
		assertThat(result.categoryMacroF1()).as("category macro-F1").isGreaterThanOrEqualTo(0.78);
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.93);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.85);
		assertThat(Math.abs(result.urgencyMeanSignedError())).as("urgency bias").isLessThan(1.0);
	}
}
