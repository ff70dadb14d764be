package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round seven, the shared sentence filters and clause splitting: a wish or preference said without its "I" is no
 * question, a second verb after "and" has the writer's "I", a question "any X you'd recommend" leaves the statement
 * before it, a channel asked for as a question is a wish, a joke taken back leaves the truth after it, and a laugh
 * after a claim about the writer carries on to what follows, "so please ..." is a request of its own, "I'd be grateful
 * if your replies were kept short" is the request it makes, and "(I'm a pharmacist)" in brackets is read. Each construction is tested with other fillers than the
 * dev sentence it was found in, and with a lookalike that must teach nothing.
 */
class LocalFactExtractorRoundSevenFiltersTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"would love to, without I                   | would really love to run a half marathon this autumn, any plans you'd suggest? | goals | half marathon | would you love to run a half marathon this autumn?",
			"would rather, without I                    | honestly would rather pay monthly | preferences | pay monthly | my wife would rather pay monthly",
			"prefer X, without I                        | Prefer paperbacks, I read on the bus every morning | preferences | paperbacks | my husband prefers paperbacks",
			"always prefer X, without I                 | I'm a nervous flyer. always prefer window seats | preferences | window seats | my son always prefers window seats",
			"a second verb after and: a routine         | I'm a chef and work nights most weeks | behavior | nights | my son is a chef and works nights most weeks",
			"a second verb after and: a business        | I'm a mum of two and run a small bakery | professional | bakery | my sister is a mum of two and runs a small bakery",
			"any X you'd recommend, no comma            | I have coeliac disease any brands you'd recommend? | constraints | coeliac | my son has coeliac disease any brands you'd recommend?",
			"any X you guys would suggest, no comma     | I'm vegan any recipes you guys would suggest? | constraints | vegan | my girlfriend is vegan any recipes you guys would suggest?",
			"a channel asked for as a question          | Could we just do this over text? | communication | text | could we do the refund over text tomorrow?",
			"a channel asked for after a statement      | I'm in Perth so your calls come at midnight for me, can we sort this over email? | communication | email | can we do this over the phone tomorrow?",
			"a joke taken back, then the truth          | I'm a pilot, just kidding, I'm a bus driver | professional | bus driver | I'm a pilot, just kidding",
			"a jk taken back, then a place              | Billionaire here jk, I live in Hull | personal | Hull | my dad's a pilot, just kidding, my mum lives in Hull",
			"a laugh at nothing claimed still ends there | running late again lol, I'm a nurse btw | professional | nurse | I'm a superhero lol, I live in Gotham",
			"so please after a statement is a request    | I'm a dentist so please text me instead of calling during surgery hours | communication | text | my son is a dentist so please ring him instead",
			"grateful if the replies were kept X        | I'm 81, so I'd be grateful if your answers were kept brief | communication | short | I'd be grateful if the answers were kept brief for my dad",
			"a statement of the writer's in brackets    | Please ship it to my work address (I'm a paramedic at St James's) | professional | paramedic | Please ship it to my sister (she's a paramedic)",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'm the king of Spain haha, I live in Madrid",
			"I'm a total genius lol, I built my own PC",
			"I'm literally a vampire lol, I sleep all day",
			"I'd love to study and work in Lisbon one day",
			"I don't smoke and play rugby",
			"would you rather pay monthly?",
			"prefer not to say",
			"can I do this over the phone?",
			"can we keep the receipt by email",
			"I'm a surgeon jk",
			"I'm a pilot, jk, I'm an astronaut jk",
	})
	void lookalikesTeachNothing(String text) {
		// given a joke carried on, a plan, a denial, a question, or a joke not taken back
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}
}
