package io.parley.learning.local;

import java.io.IOException;
import java.nio.file.Path;

import io.parley.learning.evaluation.ExtractorEvaluation;
import io.parley.learning.evaluation.ExtractorEvaluation.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the local extractor's measured quality against regressions on the evaluation sets (README; the five
 * "broad" sets hold the verbless fragments, introductions, habits and their traps), as the service runs the extractor:
 * precision at least 0.85 and recall at least 0.60 on each, and no trap of the first set teaching a fact.
 */
class LocalExtractorQualityTest {

	/** As the service runs it: the rules, then notes of the statements they leave unread. */
	private static final LocalFactExtractor SHIPPED = ExtractorEvaluation.shipped();

	@Test
	void precisionAndRecallOnTheLabelledSetMeetTheTargets() throws IOException {
		Result result = ExtractorEvaluation.evaluate(SHIPPED,
				ExtractorEvaluation.read(Path.of("evaluation/learning-evaluation.jsonl")));

		assertThat(result.messages()).isGreaterThanOrEqualTo(150);
		assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
		assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(0.60);
		assertThat(result.trapMessagesWithFacts()).as("traps that taught a fact").isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "evaluation/learning-holdout.jsonl", "evaluation/learning-fresh.jsonl",
			"evaluation/learning-broad.jsonl", "evaluation/learning-broad2.jsonl", "evaluation/learning-broad3.jsonl",
			"evaluation/learning-broad4.jsonl", "evaluation/learning-broad5.jsonl" })
	void precisionAndRecallOnTheLaterSetsMeetTheTargets(String file) throws IOException {
		Result result = ExtractorEvaluation.evaluate(SHIPPED, ExtractorEvaluation.read(Path.of(file)));

		assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
		assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(0.60);
	}

	/**
	 * Sets written by outside writers (blind, unseen, dev3) and the recall dev set of new wording: the targets hold,
	 * recall stays at its measured floor (blind 0.902, unseen 0.788, dev-recall 0.891 when the floors were set; dev3,
	 * the third outside writer's set, 0.277 on its first run and 0.855 after the rules written against it; blind2,
	 * the fourth, 0.293 on its first run and 0.474 after three rounds written without reading it; since then a dev set:
	 * 0.955 after two rounds written against it, one on people, one on habits, tastes and plans) and no trap
	 * teaches a fact.
	 */
	@ParameterizedTest
	@CsvSource({ "evaluation/learning-blind.jsonl, 0.88", "evaluation/learning-unseen.jsonl, 0.75",
			"evaluation/learning-dev-recall.jsonl, 0.85", "evaluation/learning-dev3.jsonl, 0.82",
			"evaluation/learning-blind2.jsonl, 0.92" })
	void outsideWritersSetsKeepTheirRecallFloorWithoutTeachingATrap(String file, double recallFloor) throws IOException {
		Result result = ExtractorEvaluation.evaluate(SHIPPED, ExtractorEvaluation.read(Path.of(file)));

		assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
		assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(recallFloor);
		assertThat(result.trapMessagesWithFacts()).as("traps that taught a fact").isZero();
	}

	/**
	 * Written by eleven more outside writers, one set each. First runs: blind3 precision 0.857, recall 0.426, one trap of 50 taught a
	 * fact; blind4 0.833 / 0.344, one of 51; blind5 0.843 / 0.451, one of 50. Round five's rules were written against
	 * these three sets, so they are dev sets now and their figures flatter the extractor: 0.971 / 0.923,
	 * 0.961 / 0.783, 0.964 / 0.874, held just under. blind6, by an eighth writer, was kept away from the round and only
	 * measured: the honest figure for a stranger's messages. First run 0.732 / 0.283 with one trap of 51 teaching a
	 * fact; after round five 0.750 / 0.359 and no trap. Round six was written against blind6 (sentence filters, then
	 * each category's wrong facts and misses): 0.987 / 0.853, and blind3 to blind5 rose to 0.977 / 0.945,
	 * 0.963 / 0.831, 0.970 / 0.912, blind3's trap no longer teaching. All four are dev sets now, held just under.
	 * blind7, by a ninth writer, kept away from round six: first run (after round five) 0.915 / 0.567, after round six
	 * 0.919 / 0.590, no trap teaching; round seven was written against it: 0.982 / 0.781. blind8 and blind9, by a tenth
	 * and an eleventh writer, were only ever measured — the honest figures: blind8 first run (after round five)
	 * 0.868 / 0.482, after round seven 0.875 / 0.512; blind9 first run (after round six) 0.822 / 0.464, after round
	 * seven 0.824 / 0.469; no trap teaching. Round eight studied both (they are dev sets now): 0.964 / 0.817 and
	 * 0.945 / 0.872 after it, with the statement notes. All held just under their figures (with the notes).
	 * blind10 to blind13, by the twelfth to fifteenth writers, were written while round eight was under way and never
	 * read by anyone working on the extractor: only measured, twice. First runs (after round seven, rules only): blind10
	 * 0.896 / 0.638, blind11 0.884 / 0.667, blind12 0.859 / 0.556, blind13 0.813 / 0.489 (two traps of 50 teaching).
	 * After round eight, with the statement notes (whose classifier never saw them): 0.903 / 0.691 (one trap),
	 * 0.900 / 0.684, 0.859 / 0.606, 0.831 / 0.554 (two traps); all four together 0.873 / 0.631, three traps of 200.
	 * The honest figures for a stranger's messages, held just under.
	 */
	@ParameterizedTest
	@CsvSource({ "evaluation/learning-blind3.jsonl, 0.96, 0.93, 0", "evaluation/learning-blind4.jsonl, 0.95, 0.85, 2",
			"evaluation/learning-blind5.jsonl, 0.96, 0.90, 0", "evaluation/learning-blind6.jsonl, 0.97, 0.84, 0",
			"evaluation/learning-blind7.jsonl, 0.97, 0.80, 0", "evaluation/learning-blind8.jsonl, 0.95, 0.80, 0",
			"evaluation/learning-blind9.jsonl, 0.93, 0.86, 0", "evaluation/learning-blind10.jsonl, 0.89, 0.68, 1",
			"evaluation/learning-blind11.jsonl, 0.89, 0.67, 0", "evaluation/learning-blind12.jsonl, 0.85, 0.60, 0",
			"evaluation/learning-blind13.jsonl, 0.82, 0.54, 2" })
	void theBlindSetsKeepTheirMeasuredFigures(String file, double precisionFloor, double recallFloor, int trapsTeaching)
			throws IOException {
		Result result = ExtractorEvaluation.evaluate(SHIPPED, ExtractorEvaluation.read(Path.of(file)));

		assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(precisionFloor);
		assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(recallFloor);
		assertThat(result.trapMessagesWithFacts()).as("traps that taught a fact").isLessThanOrEqualTo(trapsTeaching);
	}
}
