package io.parley.learning.local;

import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"i live in leeds                        | i live in Leeds",
			"just moved to new york last month      | just moved to New York last month",
			"im from sao paulo                      | im from Sao Paulo",
			"we moved to the netherlands in 2020    | we moved to the Netherlands in 2020",
			"based in the uk                        | based in the UK",
			"send it to us please                   | send it to us please",
			"I'm allergic to turkey                 | I'm allergic to turkey",
			"i live in hope                         | i live in hope",
			"the leeds office                       | the leeds office",
			"I live in Leeds                        | I live in Leeds" })
	void lowerCasePlacesAfterAPlaceWordAreWrittenAsNames(String text, String written) {
		assertThat(Places.capitalised(text)).isEqualTo(written);
	}

	@Test
	void aPlaceTypedInLowerCaseIsLearntLikeAnyOther() {
		// given a writer who types in lower case
		var facts = new LocalFactExtractor().extract(ExtractionRequest.of("t", "just moved to glasgow, can i change my address"));

		// then the place is learnt, written as a name
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("personal");
			assertThat(fact.value()).isEqualTo("Lives in Glasgow");
		});
		// and someone else's place still teaches nothing
		assertThat(new LocalFactExtractor().extract(ExtractionRequest.of("t", "my brother just moved to glasgow"))).isEmpty();
	}
}
