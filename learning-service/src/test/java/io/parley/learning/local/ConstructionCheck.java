package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The check the construction tables share: a message in the construction teaches its fact, its lookalike nothing. */
final class ConstructionCheck {

	private ConstructionCheck() {
	}

	static void statesTheFactAndTheLookalikeNone(LocalFactExtractor extractor, String text, String category,
			String about, String lookalike) {
		// when both are read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));
		List<ExtractedFact> lookalikeFacts = extractor.extract(ExtractionRequest.of("t", lookalike));

		// then the first teaches the fact and the lookalike teaches nothing
		assertThat(facts).as(text).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo(category);
			assertThat((fact.value() + " " + fact.subject()).toLowerCase()).contains(about.toLowerCase());
			assertThat(fact.retraction()).isFalse();
		});
		assertThat(lookalikeFacts).as(lookalike).isEmpty();
	}
}
