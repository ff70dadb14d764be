package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact keeps the words that make it that fact ("a golden retriever", "celiac disease", "save up for a house
 * deposit"), sits in the category people file it under, is learnt once, and what the writer takes back teaches nothing.
 */
class LocalFactExtractorFidelityTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	private List<ExtractedFact> read(String text) {
		return extractor.extract(ExtractionRequest.of("t", text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"I have celiac disease, is the base gluten free?              | constraints   | Has a health condition: celiac disease",
			"i have a golden retriever, whats the best brush for shedding | personal      | Has a golden retriever",
			"i want to save up for a house deposit in the next 2 years    | goals         | Wants to save up for a house deposit",
			"I commute by bike every day, 15km each way                    | behavior      | Commutes by bike every day",
			"I commute by bike                                             | preferences   | Commutes by bike",
			"I never check email                                           | communication | Never checks email",
			"whatsapp is the only way to reach me                          | communication | Prefers contact by whatsapp" })
	void theFactKeepsTheWordsThatMakeItAndItsCategory(String text, String category, String value) {
		// when the message is read
		List<ExtractedFact> facts = read(text);

		// then it teaches the fact as said, in its category
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo(category);
			assertThat(fact.value()).isEqualTo(value);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "my husband commutes by bike every day", "my wife never checks email",
			"is whatsapp the best way to reach you?", "I think I'm going to go with the annual plan after all... actually no, monthly",
			"I want to go for the premium plan" })
	void someoneElseAQuestionATakenBackChoiceOrAPlanChoiceTeachNothing(String text) {
		assertThat(read(text)).as(text).isEmpty();
	}

	@Test
	void whatIsTakenBackIsNotLearntButWhatReplacesItIs() {
		// given a writer who corrects themselves
		List<ExtractedFact> facts = read("I'm vegan. Actually no, vegetarian.");

		// then only the correction is learnt
		assertThat(facts).extracting(ExtractedFact::value).containsExactly("Is vegetarian");
	}

	@Test
	void twoRulesReadingTheSameWordsTeachTheFactOnce() {
		// given a goal that is also a language being learnt
		List<ExtractedFact> facts = read("I want to learn Spanish");

		// then it is one fact
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.value()).isEqualTo("Wants to learn Spanish"));
	}
}
