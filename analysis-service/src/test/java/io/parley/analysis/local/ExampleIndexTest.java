package io.parley.analysis.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExampleIndexTest {

	@Test
	void theNearestExampleIsTheSingleMostSimilarOneWhateverItsLabel() {
		// given one technical example right on the message's axis and one across it, and two inquiry examples close by
		ExampleIndex index = new ExampleIndex(List.of("technical", "technical", "inquiry", "inquiry"),
				List.of(new float[] { 1, 0, 0 }, new float[] { 0, 1, 0 }, new float[] { 0.9f, 0.43589f, 0 },
						new float[] { 0.9f, -0.43589f, 0 }));

		// when a message along the first axis is compared
		Map.Entry<String, Double> nearest = index.nearest(new float[] { 2, 0, 0 }).orElseThrow();

		// then inquiry is nearer on average, but the one closest example is technical, at its cosine similarity
		assertThat(index.similarities(new float[] { 2, 0, 0 }).get(0).getKey()).isEqualTo("inquiry");
		assertThat(nearest.getKey()).isEqualTo("technical");
		assertThat(nearest.getValue()).isCloseTo(1.0, within(1e-6));
		assertThat(new ExampleIndex(List.of(), List.of()).nearest(new float[] { 1, 0, 0 })).isEmpty();
	}
}
