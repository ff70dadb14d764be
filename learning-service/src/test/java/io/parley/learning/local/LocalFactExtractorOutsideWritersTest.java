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
 * The constructions outside writers use to say things about themselves (routines with a recurring time, contact
 * channels and times, places said on the way, roles with a place, budgets and goals without "my budget"/"I want",
 * interests as fragments), each paired with a lookalike that states nothing about the writer: another person, a
 * question, a hypothetical, a one-off, a negation or a joke.
 */
class LocalFactExtractorOutsideWritersTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// routines: a present habit with a recurring time is behaviour
			"routine with usually and a clock time | nurse here, so I'm usually on the app around 3am       | behavior      | 3am                    | my husband is usually on the app around 3am",
			"routine led by every morning          | every morning I walk the dog before work                 | behavior      | walks the dog          | I'll walk the dog before work tomorrow morning",
			"routine with most of my               | I do most of my shopping after 10pm                      | behavior      | after 10pm             | what time do you close, after 10pm?",
			"routine with a rough clock time       | i check in every morning before work, like 6:30ish       | behavior      | 6:30                   | I checked in this morning before work at 6:30",
			"routine on a lunch break              | i only get time to practise piano on my lunch break      | behavior      | lunch break            | I can't practise piano on my lunch break today",
			// contact channel, time and style
			"channel only                          | I'm deaf so chat only please                             | communication | chat only              | is support chat only?",
			"channel works better                  | please don't call me, email works so much better for me  | communication | email                  | my brother says email works better for him",
			"text me                               | text me, I never pick up calls                           | communication | text                   | text me back when my order ships?",
			"channel is the only app I check       | WhatsApp is the only app I check                         | communication | whatsapp               | is WhatsApp the only app you support?",
			"best time to reach me                 | I'm a chef, mornings are the best time to reach me       | communication | mornings               | are mornings the best time to reach you?",
			"never ring me before a time           | security guard, so please never ring me before 2pm       | communication | before 2pm             | my boss never rings me before 2pm",
			"would much rather written             | I'd much rather get written instructions than a call     | communication | written instructions   | would you rather get written instructions?",
			"do better with step-by-step           | I do better with clear step-by-step instructions         | communication | step-by-step           | my son does better with clear step-by-step instructions",
			"be blunt with me                      | be blunt with me                                          | communication | blunt                  | my manager is blunt with me",
			"skip the small talk                   | skip the small talk please                               | communication | small talk             | do you ever skip the small talk?",
			// places said on the way
			"since moving to                       | since moving to Lisbon I cycle everywhere                | personal      | Lisbon                 | if I moved to Lisbon would the plan change?",
			"here in                               | here in Calgary it snows half the year                   | personal      | Calgary                | is anyone here in Calgary?",
			"I'm in a place                        | I'm in Nairobi and the app shows dollars                 | personal      | Nairobi                | I'm in London next week for a conference",
			"used to live, now I'm in              | used to live in Madrid, now I'm in Seville               | personal      | Seville                | my sister used to live in Madrid, now she's in Seville",
			"role with a place                     | I run a small bakery in Leeds                            | personal      | Leeds                  | my brother runs a small bakery in Leeds",
			"student with a place                  | I'm a 2nd year medical student in Glasgow                | personal      | Glasgow                | my cousin is a medical student in Glasgow",
			// languages and family
			"X is my first language                | sorry my English is weak, Spanish is my first language   | personal      | Spanish                | my wife's first language is Spanish",
			"speak X fluently as a fragment        | Speak Portuguese and Spanish fluently                    | personal      | Portuguese             | I don't speak Portuguese",
			"if that helps is a courtesy           | i speak french and german fluently if that helps         | personal      | French                 | if I spoke French would it help?",
			"family of five                        | we're a family of five so portions matter                | personal      | family of five         | is it a family of five ticket?",
			"dad of two kids under five            | I'm a dad of two kids under five                         | personal      | two kids               | my brother is a dad of two kids under five",
			// constraints
			"can't do a food                       | can't do dairy, does the bar have whey in it?            | constraints   | dairy                  | my son can't do dairy",
			"and allergic to                       | I'm lactose intolerant and allergic to peanuts           | constraints   | peanuts                | my wife is lactose intolerant and allergic to peanuts",
			"because I'm coeliac                   | is it gluten free? asking because I'm coeliac            | constraints   | coeliac                | is it gluten free? asking because my friend is coeliac",
			"only eat halal                        | I only eat halal                                          | constraints   | halal                  | does the restaurant only serve halal?",
			"amount max                            | budget's tight, 800 max for the bike                     | constraints   | 800                    | what's the max for the bike?",
			"my budget for X is                    | my budget for the trip is 1500 euros                     | constraints   | 1500                   | my brother's budget for the trip is 1500 euros",
			// goals
			"training for as a fragment            | training for my first marathon in October                | goals         | first marathon         | my brother is training for a marathon",
			"working towards                       | working towards my CPA exam                              | goals         | CPA exam               | would the course help someone working towards a CPA exam?",
			"goal with a due date                  | I'm trying to get my 5k under 25 minutes by summer       | goals         | 5k                     | if I tried to get my 5k under 25 minutes what plan fits?",
			"planning a trip                       | my husband and I are planning a trip to Japan            | goals         | Japan                  | my parents are planning a trip to Japan",
			// interests and dislikes
			"listen to                             | I mostly listen to jazz and old soul                     | interests     | jazz                   | I listen to my wife",
			"obsessed with as a fragment           | obsessed with sourdough at the moment                    | interests     | sourdough              | my kids are obsessed with sourdough",
			"can't get enough of                   | can't get enough of true crime podcasts                  | interests     | true crime             | my mum can't get enough of true crime podcasts",
			"ride X                                | I mostly ride gravel                                     | interests     | gravel                 | my dad rides gravel",
			"X is my big passion                   | birdwatching is my big passion                           | interests     | birdwatching           | birdwatching is my wife's big passion",
			"been doing X for a couple of years    | Been doing CrossFit for a couple of years                | interests     | CrossFit               | Been waiting for a couple of hours",
			"X bores me                            | classical only, pop bores me to tears                    | preferences   | pop                    | does pop bore you?",
			"X is not my thing                     | horror films are really not my thing                     | preferences   | horror films           | are horror films not your thing?",
			// roles
			"manage the X at a Y                   | I manage the front desk at a dental clinic               | professional  | dental clinic          | my wife manages the front desk at a dental clinic",
			"started working as                    | since I started working as a courier my mileage went up  | professional  | courier                | my son started working as a courier",
			"being X before a comma                | being vegetarian, I'd appreciate more options           | constraints   | vegetarian             | my brother, being vegan, hates this",
			"the device a habit happens on         | I always shop on my phone, the desktop site is useless   | behavior      | phone                  | my kids always shop on my phone",
			"a participle plan after a fragment    | Learning Japanese on the side, hoping to visit Kyoto     | goals         | visit Kyoto            | my sister is learning Japanese, hoping to visit Kyoto",
			"a request before a condition          | be blunt with me, if the bike's not worth fixing say so  | communication | blunt                  | if you're blunt with me I'll listen",
			"as a role on shifts                   | As a nurse on night shifts I take calls after 2pm        | professional  | nurse                  | As a nurse would you take this job?",
			"I'm X-based                           | I'm Toronto-based                                        | personal      | Toronto                | my sister is Leeds-based",
			"X-based role here                     | London-based designer here                               | personal      | London                 | the London-based team never replied",
			"live with a condition                 | I live with type 1 diabetes                              | constraints   | diabetes               | my dad lives with type 1 diabetes",
			"trying to as a fragment               | Trying to learn Korean before my trip                    | goals         | Korean                 | trying to log in again",
			"a plan led by next year               | Next year I want to run an ultra                         | goals         | ultra                  | next year my son wants to run an ultra",
			"a routine led by weekday mornings     | Weekday mornings I'm usually on the train around 7       | behavior      | train                  | Weekday mornings the train is usually late",
			"channel rather than a call            | Please email rather than call                            | communication | email                  | did you email rather than call?",
			"and work as after a family role       | I'm a mum of two and work part-time as a nurse           | professional  | nurse                  | my wife is a mum of two and works as a nurse",
			"I do an activity                      | I do CrossFit three times a week                         | interests     | crossfit               | I do the shopping for my mum",
			"I do a lot of X-ing                   | I do a lot of hiking                                     | interests     | hiking                 | my wife does a lot of hiking",
			"work nights at a place                | I work nights at a warehouse                             | professional  | warehouse              | my dad works nights at a warehouse",
			"times that work best for calls        | Mornings work best for calls                             | communication | mornings               | do mornings work best for calls?",
			"contact me only by a channel          | Please only contact me by email                          | communication | email                  | can you contact me by email?",
			"rather you didn't call                | I'd rather you didn't call                               | communication | phone                  | would you rather I didn't call?",
			"try to avoid a food                   | Not vegan but I try to avoid dairy                       | preferences   | dairy                  | my wife tries to avoid dairy",
			"counted family as a fragment          | Two kids, one dog, zero free time                        | personal      | two kids               | Two kids were shouting in the store",
			"a pet breed                           | I've got a golden retriever called Max                   | personal      | retriever              | my neighbour has a golden retriever called Max",
			"can't stand as a fragment             | Can't stand reality TV                                   | preferences   | reality tv             | my wife can't stand reality TV",
			"wheelchair user as a fragment         | Wheelchair user here                                     | constraints   | wheelchair             | is the venue good for a wheelchair user?",
			"my max is                             | My max is 150 a night                                    | constraints   | 150                    | what's the max per night?",
			"going to a place at a time            | Going to Japan in May!                                   | goals         | Japan                  | my parents are going to Japan in May",
			"a trailing lol laughs at its clause   | I work in accounts payable at a hospital, invoices are my life lol | professional | accounts payable | I'm basically a professional napper lol",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@Test
	void aTimedActivityIsARoutineAndAWeeklyPastimeAnInterestWithItsRoutine() {
		// given a swim before work every morning, and tennis every Sunday
		List<ExtractedFact> swim = extractor.extract(ExtractionRequest.of("t", "I swim every morning before work"));
		List<ExtractedFact> tennis = extractor.extract(ExtractionRequest.of("t", "I play tennis every Sunday"));

		// then the first is a routine of behaviour only; the second a hobby and, with its day, a routine as well (the
		// fourth outside writer, like the first and third, files a pastime with its day as both)
		assertThat(swim).extracting(ExtractedFact::category).containsExactly("behavior");
		assertThat(tennis).extracting(ExtractedFact::category).containsExactlyInAnyOrder("interests", "behavior");
	}

	@Test
	void aPastPlaceIsNotLearnedOnlyTheCurrentOne() {
		// given a message that says where they used to live and where they are now
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I used to live in Rome but now I'm in Madrid"));

		// then only the current place is a location
		assertThat(facts).filteredOn(fact -> "location".equals(fact.type()))
			.extracting(ExtractedFact::subject).containsExactly("Madrid");
	}

	@Test
	void aToolAfterAJobIsNotAPlace() {
		// given a job with the tool they use, capitalised like a place
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm a freelance UX designer, mostly in Figma"));

		// then no location is learned
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.type()).isEqualTo("location"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'm in Paris right now on holiday",
			"I'm in Berlin until Friday",
			"We're in Rome this week",
			"I'm in Sales",
			"after moving to Premium I lost my data",
			"here in the app it says sold out",
			"I'm usually disappointed by the weekend deliveries",
			"every Monday you send me spam",
			"Speak English please",
			"into the checkout and it crashed",
			"saving for later",
			"training for the new system starts Monday",
			"mornings are the best time to deliver",
			"pop music bores my kids",
			"only texts arrive, not emails",
			"I'm in Settings now",
			"email is better than nothing I guess",
			"She's usually online at 3am",
			"my mum runs a shop in Leeds",
	})
	void visitsProductNamesRequestsAndOthersLookingLikeTheNewFormsTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).isEmpty();
	}

	@Test
	void aLowercaseIntroductionIsReadOnceAsAJob() {
		// given "im a teacher" written without an apostrophe
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "im a teacher in bristol"));

		// then one job is learned, not also "im a teacher" as a title (and the place, typed in lower case too)
		assertThat(facts).extracting(ExtractedFact::value).containsExactlyInAnyOrder("Works as a teacher", "Lives in Bristol");
	}

	@Test
	void aFieldAfterARoleIsNotAPlace() {
		// given roles followed by a capitalised field
		List<ExtractedFact> student = extractor.extract(ExtractionRequest.of("t", "I'm a student in Computer Science"));
		List<ExtractedFact> nurse = extractor.extract(ExtractionRequest.of("t", "I'm a nurse in Intensive Care"));

		// then the role is learned and no location
		assertThat(student).extracting(ExtractedFact::type).contains("job").doesNotContain("location"); // and what they study
		assertThat(nurse).extracting(ExtractedFact::type).containsExactly("job");
	}

	@Test
	void aHabitWithItsTimeAfterTheObjectIsOneRoutineNotAlsoATaste() {
		// given a habit whose time comes after what they do
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I usually call my mum on Sundays"));

		// then it is one routine
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("behavior");
			assertThat(fact.value()).isEqualTo("Usually calls their mum on Sundays");
		});
	}
}
