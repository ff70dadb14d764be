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
 * Round six, the writer's needs (tastes, constraints, habits and devices, how to be contacted): each construction is
 * tested with other fillers than the dev sentence it was found in, and with a lookalike that must teach nothing
 * (someone else, a question, a one-off, a negation); then the wrong facts whose causes were fixed (a value that lost
 * its words, a request read as a taste, a clause's time lent to the next clause).
 */
class LocalFactExtractorRoundSixNeedsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a diet said with only                 | I'm Jewish so kosher only please | constraints | kosher | is the kosher only menu open tonight?",
			"moving to a diet                      | I'm slowly switching to a plant-based diet | constraints | plant-based | my sister is switching to a plant-based diet",
			"a diet now after a change             | I ate meat for years but quit, so vegetarian now | constraints | vegetarian | is the vegetarian now sold out?",
			"paying without I                      | usually pay by Klarna, can you keep that on file | preferences | klarna | did you pay by Klarna?",
			"paid like I always do                 | Paid with Google Pay as I always do, has it gone through | preferences | google pay | my husband paid with Google Pay",
			"weeks pregnant                        | I'm 30 weeks pregnant so nothing too strenuous please | constraints | pregnant | my wife is 30 weeks pregnant",
			"a food given up                       | I gave up caffeine last year, any herbal teas? | constraints | caffeine | I gave up on the app last year",
			"a doctor's advice                     | my GP told me to avoid alcohol while on these meds | constraints | alcohol | my GP told my dad to avoid alcohol",
			"a light sleeper                       | I'm a really light sleeper, is the room on a quiet side? | constraints | light sleeper | my husband is a light sleeper",
			"on a fixed income                     | I'm a student on a low income so the cheapest plan please | constraints | low income | is the plan for people on a low income?",
			"fasting for a feast                   | We're observing Lent so no meat on Fridays please | constraints | lent | when does Lent start this year?",
			"as an aid user                        | As a mobility scooter user I need a ground floor room | constraints | mobility scooter | does a mobility scooter user get a ground floor room?",
			"a format that would help              | I'm dyslexic, so large print letters would really help | communication | large print | would large print letters help my gran?",
			"stop sending me a kind of message     | please stop sending me marketing emails | communication | marketing emails | did you stop sending me marketing emails?",
			"stop emailing me about                | Please stop texting me about offers. | communication | texts about offers | did you stop texting me about offers?",
			"the device written from               | I'm typing from my work phone so replies may be slow | behavior | work phone | are you typing from your work phone?",
			"can only between                      | I can only reply between 8 and 10pm on weekdays | behavior | between 8 and 10pm | can I only reply between 8 and 10pm?",
			"a routine's time after a comma        | I swim about 3km a week, mostly early mornings | behavior | early mornings | my wife swims about 3km a week, mostly early mornings",
			"explain things step by step           | could you explain things slowly please? I'm new to this | communication | slowly | could you explain how this works please?",
			"correspondence in writing             | I would prefer all correspondence by post | communication | post | would you prefer all correspondence by post?",
			"addressed with a title                | Letters should be addressed to Mrs. Adeyemi rather than by first name | communication | mrs. adeyemi | the parcel was addressed to Mrs. Adeyemi",
			"a delivery time preferred             | I'd prefer deliveries before noon, I work afternoons | preferences | deliveries before noon | would you prefer deliveries before noon?",
			"trying to avoid something             | I really try to avoid fast fashion, do you have a second-hand section | preferences | fast fashion | my daughter tries to avoid fast fashion",
			"send it to my inbox instead           | can you send the receipts to my email instead | communication | email | did you send the receipts to my email?",
			"on a platform with its version        | I'm on Windows 11 and the installer fails | behavior | windows 11 | does it run on Windows 11?",
			"on the site version                   | I'm using the web version, the app is too slow | behavior | web version | is the web version down?",
			"usually a size                        | I'm usually a 10 but your jeans run small | preferences | 10 | my daughter is usually a 10",
			"size with its system                  | I need the boots in size 9 UK, the black ones | preferences | 9 uk | is size 9 UK the same as 43?",
			"pronouns after a name                 | call me Alex, they/them | personal | they/them | my friend Alex uses they/them",
			"do not phone before a time word       | I work nights so please don't call before midday | communication | before midday | did you call before midday?",
			"a fit asked for with its reason       | I've got broad shoulders so relaxed fit only | preferences | relaxed fit | is the relaxed fit only in black?",
			"a health device used                  | I wear a Libre sensor and need a sleeve for it | behavior | libre | does a Libre sensor fit under the sleeve?",
			"free time on a kind of day            | I've got more time on weekends for the course | behavior | time on weekends | have you got time on weekends?",
			"a usual order after a dash            | table for one, usual - eggs benedict, black coffee | preferences | eggs benedict | is the usual eggs benedict off the menu?",
			"shorter answers keep their word       | I'm dyslexic so shorter replies are better for me | communication | shorter | are shorter replies better for kids?",
			"long text hard, with its words        | big blocks of text are really hard for me, sorry | communication | blocks of text | big blocks of text are really hard for my son",
			"a doctor's eat less                   | my dietitian said I should eat less sugar | constraints | less sugar | my dietitian said my wife should eat less sugar",
			"can only really book after            | I can only really book lessons after 6pm | behavior | after 6pm | can I only book lessons after 6pm?",
			"a named favourite                     | It's the Aeropress Go, my favourite. Got a spare filter? | preferences | aeropress go | It's the Aeropress Go, my wife's favourite",
			"where deliveries are left             | please just leave parcels with a neighbour | preferences | with a neighbour | did you leave the parcel with a neighbour?",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"I'd rather wait than go in now",
			"I'm going vegan for January, any recipes?",
			"I paid with PayPal yesterday, where is my order?",
			"I quit my job last year",
			"my doctor says my son should avoid dairy",
			"halal only for the kids' party menu?",
			"I'm on the web version now",
			"Did you stop sending me emails?",
	})
	void othersQuestionsAndOneOffsInTheseFormsTeachNothing(String text) {
		// when the message is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learnt
		assertThat(facts).as(text).isEmpty();
	}

	@Test
	void aNewDietReplacesTheOneBeforeItInTheSameMessage() {
		// when a writer says the diet they had and the one they move to
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t",
				"I've been pescatarian since uni and I'm now switching to a fully vegan diet"));

		// then only the new one is theirs
		assertThat(facts).filteredOn(fact -> "diet".equals(fact.key())).singleElement()
			.satisfies(fact -> assertThat(fact.value()).isEqualTo("Is vegan"));
	}

	@Test
	void aTimeOfAnotherClauseIsNotLentToTheNext() {
		// when a routine with its time is followed by a clause of the writer's own with no time
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t",
				"I climb at the wall most weekends so it needs to be grippy, I run hot too so something breathable"));

		// then the second clause is no routine
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.value()).containsIgnoringCase("runs hot"));
	}

	@Test
	void aDislikedChannelIsTheReasonForTheOneAskedFor() {
		// when a writer turns down a channel and asks for another
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I can't stand phone calls. Text me instead."));

		// then one wish, with its reason, is learnt
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.key()).isEqualTo("contact_channel");
			assertThat(fact.value()).contains("text").contains("dislikes phone calls");
		});
	}

	@Test
	void anAllergyNamedAsAnAllergyKeepsTheWritersWords() {
		// when the writer names their allergy
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I have a severe pollen allergy so windows closed please"));

		// then the value says it as they did, and what they are allergic to
		assertThat(facts).anySatisfy(fact -> assertThat(fact.value()).isEqualTo("Has a pollen allergy (is allergic to pollen)"));
	}

	@Test
	void aDistanceWithItsAboutIsOneRoutine() {
		// when a distance routine is said with "about"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I run about 40km a week"));

		// then one routine is learnt, not two that differ by a word
		assertThat(facts).filteredOn(fact -> fact.value().contains("40km")).hasSize(1);
	}

	@Test
	void twoThingsChosenAreTwoTastes() {
		// when a writer says they only buy two kinds of thing
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I only buy secondhand and vintage"));

		// then each is a taste of its own
		assertThat(facts).extracting(ExtractedFact::value).contains("Only buys secondhand", "Only buys vintage");
	}

	@Test
	void aChoiceOfTwoThingsIsATaste() {
		// when a writer says they only buy two kinds of thing
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I only buy fairtrade and organic"));

		// then it is a preference, not a behaviour
		assertThat(facts).anySatisfy(fact -> assertThat(fact.category()).isEqualTo("preferences"))
			.noneSatisfy(fact -> assertThat(fact.category()).isEqualTo("behavior"));
	}
}
