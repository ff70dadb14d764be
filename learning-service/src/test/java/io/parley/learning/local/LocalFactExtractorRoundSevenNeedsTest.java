package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round seven, needs (preferences, constraints, behaviour, communication): each construction found in the ninth
 * outside writer's set is tested with other channels, conditions, places and names than the dev sentence, and with a
 * lookalike that must teach nothing (someone else, a question, a one-off, a negation).
 */
class LocalFactExtractorRoundSevenNeedsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"rather you X me than Y              | I'd much rather you WhatsApp me than ring, I'm on site all day | communication | whatsapp | I'd rather you WhatsApp me back tomorrow",
			"rather you X me, other channel      | I would rather you email me than phone | communication | email | would you rather I email you than phone?",
			"X me instead of ringing after so    | I'm on nights so please text me instead of calling in the day | communication | text | so did you text me instead of calling?",
			"a letter by post after a statement  | I don't use a smartphone and would much prefer letters by post | communication | post | my mum would much prefer letters by post",
			"correspondence in writing           | I would prefer that all future correspondence be in writing. | communication | writing | would you prefer that all correspondence be in writing?",
			"grateful if replies kept short      | My memory isn't what it was, so I'd be very grateful if your answers were kept brief. | communication | short | I'd be grateful if your answers were kept brief for my dad",
			"use a register                      | Kindly use formal language when you write to me | communication | formal | did you use formal language with my solicitor?",
			"explain simply, step by step        | I'm new to computers, please explain things clearly, step by step | communication | step by step | my dad needs things explained clearly, step by step",
			"because of my condition             | Big buttons help me because of my arthritis | constraints | arthritis | Big buttons help my dad because of his arthritis",
			"due to my condition (access)        | Calls are hard for me due to my tinnitus, so chat is better | constraints | tinnitus | is chat better due to tinnitus?",
			"my sense is poor                    | my hearing is not great these days | constraints | hearing | my dad's hearing is not great these days",
			"an access need is a must            | I walk with crutches so a ground floor room is a must | constraints | ground floor | is a ground floor room a must?",
			"do all my X on/at Y                 | I do all my shopping on my phone in the evenings | behavior | phone | my wife does all her shopping on her phone",
			"do most of my X online              | I do most of my banking online | behavior | online | do you do most of your banking online?",
			"answer in a language after others   | Mi inglés no es bueno, please reply in Spanish | communication | Spanish | did you reply in Spanish?",
			"prefer without its I                | usually prefer window seats | preferences | window seats | would you prefer window seats?",
			"prefer without its I, a fragment    | Prefer paperbacks. I read in the bath | preferences | paperbacks | prefer the blue one",
			"a diet taken up                     | I recently started intermittent fasting so no breakfast deals for me | constraints | intermittent fasting | my husband recently started intermittent fasting",
			"a diet taken up, low carb           | I've just started low carb | constraints | low-carb | have you started low carb?",
			"a nervous flyer                     | I'm a very nervous flyer so I'd like extra legroom | constraints | nervous flyer | my mum is a nervous flyer",
			"an insomniac                        | I'm a chronic insomniac | constraints | insomniac | I'm not an insomniac",
			"a budget with a bare amount         | budget's 40 tops, what have you got | constraints | 40 | my son's budget is 40 tops",
			"a busy season of months             | I'm a tax adviser, busy season is Jan-April | behavior | jan-april | is busy season Jan-April?",
			"peak months                         | my peak months are June to August | behavior | june to august | his peak months are June to August",
			"work from home on a range of days   | I work from home Mon-Wed | behavior | mon-wed | my wife works from home Mon-Wed",
	})
	void readsTheConstructionAndNotItsLookalike(String name, String text, String category, String about, String lookalike) {
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@Test
	void aCreatorWhoseEveryWorkTheyLoveIsAnInterestWithTheNameAsWritten() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I love anything by Ursula K Le Guin, any recommendations?"));
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo("interests");
			assertThat(fact.value()).contains("Ursula");
		});
		assertThat(extractor.extract(ExtractionRequest.of("t", "I love anything spicy"))).anySatisfy(fact -> assertThat(fact.category()).isEqualTo("preferences"));
		assertThat(extractor.extract(ExtractionRequest.of("t", "my son loves anything by Roald Dahl"))).isEmpty();
	}

	@Test
	void simplyStepByStepIsOneMannerTaughtOnce() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm new to tablets, please explain things simply, step by step"));
		assertThat(facts.stream().filter(fact -> "communication".equals(fact.category())).toList()).singleElement()
			.satisfies(fact -> assertThat(fact.value()).isEqualTo("Prefers things explained simply, step by step"));
	}

	@Test
	void deliveryDaysAskedForAreTaughtOnce() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm out Mon-Wed, so deliveries Thurs-Fri only please"));
		assertThat(facts.stream().filter(fact -> "preferences".equals(fact.category())).toList()).hasSize(1);
	}

	@Test
	void theChannelTurnedDownIsTheReasonNotAFactOfItsOwn() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'd rather you text me than email, I never check my emails"));
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("communication");
			assertThat(fact.value()).startsWith("Prefers contact by text");
		});
	}
}
