package io.parley.analysis.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExampleIndexTest {

	@Test
	void theNearestExampleIsTheSingleMostSimilarOneWhateverItsLabel() {
		// given two labels whose best example and best mean differ
		ExampleIndex index = new ExampleIndex(List.of("technical", "inquiry", "inquiry"),
				List.of(new float[] { 1, 0, 0 }, new float[] { 0.8f, 0.6f, 0 }, new float[] { 0.6f, 0.8f, 0 }));

		// when a message along the first axis is compared
		Map.Entry<String, Double> nearest = index.nearest(new float[] { 2, 0, 0 }).orElseThrow();

		// then the one closest example decides, at its cosine similarity
		assertThat(nearest.getKey()).isEqualTo("technical");
		assertThat(nearest.getValue()).isCloseTo(1.0, within(1e-6));
		assertThat(new ExampleIndex(List.of(), List.of()).nearest(new float[] { 1, 0, 0 })).isEmpty();
	}
}
