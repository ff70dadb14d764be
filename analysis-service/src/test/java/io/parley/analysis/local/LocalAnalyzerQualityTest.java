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
 * second, fresher set (written later, never used to tune the analyzer) must not fall below the figures it gave.
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
		assertThat(result.urgencyWithinTwoRate()).as("urgency within +-2").isGreaterThanOrEqualTo(0.85);
		assertThat(result.sentimentAccuracy()).as("sentiment label accuracy").isGreaterThanOrEqualTo(0.76);
	}
}
