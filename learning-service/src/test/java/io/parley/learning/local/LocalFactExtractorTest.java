package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.TenantCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the local extractor learns from a user's own statements, and what it refuses to learn. */
class LocalFactExtractorTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0} -> {1} / {2}")
	@CsvSource(delimiter = '|', value = {
			"I love playing guitar, especially on weekends. | interests     | Loves playing guitar",
			"I work as a nurse and my shifts are crazy.     | professional  | Works as a nurse",
			"my name is Laura                              | personal      | Name is Laura",
			"I'm allergic to peanuts, does this contain any? | constraints | Is allergic to peanuts",
			"I prefer email over phone calls.               | communication | Prefers email over phone calls",
			"I live in Paris.                               | personal      | Lives in Paris",
			"Please keep your answers short.                | communication | Prefers short answers",
			"My goal is to run a marathon next year.        | goals         | Wants to run a marathon next year",
			"My budget is around 500 euros.                 | constraints   | Budget is at most 500 EUR",
			"I use a screen reader.                         | constraints   | Uses screen reader",
			"I'm fluent in Japanese.                        | personal      | Speaks Japanese",
			"I have two kids.                               | personal      | Has two kids",
	})
	void aFirstPersonStatementIsAFact(String text, String category, String value) {
		assertThat(extractor.extract(ExtractionRequest.of("t", text)))
			.anySatisfy(fact -> {
				assertThat(fact.category()).isEqualTo(category);
				assertThat(fact.value()).isEqualTo(value);
				assertThat(fact.retraction()).isFalse();
			});
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Do you like jazz?",
			"Is it possible to live in Paris without speaking French?",
			"My brother loves jazz.",
			"My wife is allergic to nuts, can you check the menu?",
			"She works as a pilot.",
			"If I lived in Paris, I'd eat croissants every day.",
			"Imagine I were a pilot, what would my schedule look like?",
			"I don't speak Italian at all.",
			"I'm not allergic to anything.",
			"I'm not a teacher, I just help out sometimes.",
			"The ad said \"I love this product\" but I'm not convinced.",
			"My friend told me \"I live in Rome now\".",
			"I'm basically a professional napper lol",
			"I'm the queen of England, obviously. Just kidding.",
			"Sure, I love waiting on hold for two hours. Great service.",
			"I want to cancel my subscription.",
			"I'd like to return these shoes.",
			"I love it, thank you so much!",
			"I'm fine, thanks for asking.",
	})
	void questionsOtherPeopleHypotheticalsNegationsQuotesJokesAndRequestsTeachNothing(String text) {
		assertThat(extractor.extract(ExtractionRequest.of("t", text))).isEmpty();
	}

	@Test
	void onlyTheUsersOwnClauseOfAMixedSentenceCounts() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I love jazz but my brother can't stand it."));

		assertThat(facts).extracting(ExtractedFact::key).containsExactly("interest_jazz");
	}

	@Test
	void aHabitWithATimeIsARoutineOfBehaviourAndOneWithoutIsATaste() {
		List<ExtractedFact> routine = extractor.extract(ExtractionRequest.of("t", "I usually order lunch around 1pm on weekdays."));
		List<ExtractedFact> taste = extractor.extract(ExtractionRequest.of("t", "I only drink decaf."));

		assertThat(routine).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("behavior");
			assertThat(fact.type()).isEqualTo("routine");
			assertThat(fact.value()).contains("1pm");
		});
		assertThat(taste).singleElement().satisfies(fact -> assertThat(fact.category()).isEqualTo("preferences"));
	}

	@Test
	void preferringAWayOfBeingContactedIsCommunicationStyle() {
		assertThat(extractor.extract(ExtractionRequest.of("t", "I prefer formal emails, not the chatty stuff.")))
			.singleElement().satisfies(fact -> {
				assertThat(fact.category()).isEqualTo("communication");
				assertThat(fact.value()).contains("formal emails");
			});
		assertThat(extractor.extract(ExtractionRequest.of("t", "I prefer window seats.")))
			.singleElement().satisfies(fact -> assertThat(fact.category()).isEqualTo("preferences"));
	}

	@Test
	void beingANightOwlIsWhenSomeoneIsActiveNotATaste() {
		assertThat(extractor.extract(ExtractionRequest.of("t", "Total night owl, honestly.")))
			.singleElement().satisfies(fact -> {
				assertThat(fact.category()).isEqualTo("behavior");
				assertThat(fact.type()).isEqualTo("active_hours");
			});
		assertThat(extractor.extract(ExtractionRequest.of("t", "I'm a cat person.")))
			.singleElement().satisfies(fact -> assertThat(fact.category()).isEqualTo("preferences"));
	}

	@Test
	void aHedgedStatementIsLessCertain() {
		double plain = extractor.extract(ExtractionRequest.of("t", "I like opera.")).get(0).confidence();
		double hedged = extractor.extract(ExtractionRequest.of("t", "I think I sort of like opera.")).get(0).confidence();

		assertThat(hedged).isLessThan(plain).isLessThan(0.55);
	}

	@Test
	void aDislikeHasTheOppositeStanceOfALiking() {
		ExtractedFact likes = extractor.extract(ExtractionRequest.of("t", "I love jazz.")).get(0);
		ExtractedFact dislikes = extractor.extract(ExtractionRequest.of("t", "I hate jazz.")).get(0);

		assertThat(likes.stance()).isEqualTo(1);
		assertThat(dislikes.stance()).isEqualTo(-1);
		assertThat(dislikes.category()).isEqualTo("preferences");
	}

	@Test
	void movingAwayWithdrawsALocationWithoutStatingANewOne() {
		assertThat(extractor.extract(ExtractionRequest.of("t", "I don't live in London anymore.")))
			.singleElement().satisfies(fact -> {
				assertThat(fact.retraction()).isTrue();
				assertThat(fact.key()).isEqualTo("location");
				assertThat(fact.subject()).isEqualTo("London");
			});
	}

	@Test
	void oneValueKeysAreExclusiveAndCarryAStructuredValue() {
		assertThat(extractor.extract(ExtractionRequest.of("t", "I'm an accountant at Deloitte.")))
			.extracting(ExtractedFact::key, ExtractedFact::exclusive, ExtractedFact::structuredValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("job", true, java.util.Map.of("title", "accountant")),
					org.assertj.core.groups.Tuple.tuple("company", true, java.util.Map.of("company", "Deloitte")));
	}

	@Test
	void aTenantCategoryTakesTheFactsAboutItsKeywords() {
		List<ExtractedFact> facts = extractor.extract(new ExtractionRequest("izer", "I love mountain biking and jazz.",
				List.of(new TenantCategory("cycling", List.of("bik", "bicycle")))));

		assertThat(facts).extracting(ExtractedFact::category, ExtractedFact::subject).containsExactly(
				org.assertj.core.groups.Tuple.tuple("cycling", "mountain biking"),
				org.assertj.core.groups.Tuple.tuple("interests", "jazz"));
	}
}
