package io.parley.analysis.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class LocalAnalyzerConfidenceTest {

	@Test
	void aClearerCategoryLeadAndMoreRecognisedWordsMeanMoreConfidence() {
		assertThat(LocalAnalyzer.confidence(0.15, 1, true)).isGreaterThan(LocalAnalyzer.confidence(0.05, 1, true));
		assertThat(LocalAnalyzer.confidence(0.05, 1, true)).isGreaterThan(LocalAnalyzer.confidence(0.05, 0, true));
	}

	@Test
	void otherLanguagesReportLessConfidenceThanEnglish() {
		assertThat(LocalAnalyzer.confidence(0.1, 0.5, false)).isLessThan(LocalAnalyzer.confidence(0.1, 0.5, true));
	}

	@Test
	void confidenceStaysWithinTheCalibratedRange() {
		assertThat(LocalAnalyzer.confidence(0, 0, true)).isBetween(0.55, 0.6);
		assertThat(LocalAnalyzer.confidence(1, 1, true)).isCloseTo(0.97, offset(1e-9));
		assertThat(LocalAnalyzer.confidence(0, 0, false)).isGreaterThan(0.4);
	}
}
