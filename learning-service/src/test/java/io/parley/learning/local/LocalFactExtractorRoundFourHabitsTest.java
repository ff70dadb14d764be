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
 * The fourth round of outside writers' forms for habits, hobbies, tastes and plans (routines with a day, devices,
 * hobbies said in passing, likes and dislikes without "I", plans said as fragments): each construction is tested with
 * other fillers than the dev sentence it was found in, and with a lookalike that must teach nothing (someone else, a
 * question, a one-off, a past habit, a negation, a request).
 */
class LocalFactExtractorRoundFourHabitsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"hobby in my spare time              | I restore old radios in my spare time | interests | radios | my dad restores old radios in his spare time",
			"hobby for fun                       | i build mechanical keyboards for fun | interests | keyboards | do you build keyboards for fun?",
			"hobby as a hobby                    | I brew kombucha as a hobby | interests | kombucha | I used to brew kombucha as a hobby",
			"been a X nerd for years             | I'm 41 and have been a board game nerd for years | interests | board game | my son has been a board game nerd for years",
			"been a X fan since                  | Been a Celtic fan since I was six | interests | celtic | is he a Celtic fan?",
			"fragment X nerd with a hedge        | bit of a coffee nerd, what grinder do you rate | interests | coffee | my flatmate is a bit of a coffee nerd",
			"X head                              | pretty much a techno head, Berghain twice a year | interests | techno | department head here, booking for twelve",
			"I'm a X head                        | I'm a total sneaker head | interests | sneaker | I'm the head of sales",
			"a closed fan word                   | petrolhead here, which wax do you rate | interests | petrolhead | my brother is a petrolhead, what should I get him",
			"hobby noun with a qualifier         | I'm a weekend climber, need new shoes | interests | climber | I'm a former climber, my shoes are worn out",
			"into X lately                       | into pottery lately, any kiln courses near me | interests | pottery | into the city tomorrow, is the store open",
			"getting into X                      | I've been getting into houseplants, which ones are hard to kill | interests | houseplants | getting into Heathrow at 6am, can I check in early",
			"what an interest mostly is          | been playing drums for like 8 yrs, mostly punk and metal stuff | interests | punk | my son plays drums, mostly punk",
			"X on repeat                         | Fleetwood Mac on repeat all week | interests | fleetwood mac | my kid has Frozen on repeat, send help",
			"looking for a X club                | I'm trying to find a decent running club in Bristol | interests | running | my son is looking for a football club",
			"in a X club                         | I'm in a book club, any recommendations for 8 people | interests | book | I'm in a meeting until 3",
			"watch a lot of X                    | I watch a lot of anime | interests | anime | my husband watches a lot of anime",
			"X is my whole weekend               | Trail running is basically my whole weekend | interests | trail running | work is basically my whole life",
			"ride a X bike                       | i ride a road bike most sundays | interests | road bike | my wife rides a road bike",
			"named activity with its routine     | I do pilates every morning before work | interests | pilates | I did pilates every morning last week",
			"hobby with a day is also a routine  | I play squash every Tuesday evening | behavior | tuesday | my son plays squash every Tuesday evening",
			"time before the clause              | on Sundays I bake bread for the week | behavior | sunday | I'll bake bread on Sunday",
			"the clause's own time only          | I do my banking on sunday evenings | behavior | sunday | I mostly watch while my kids swim in the mornings",
			"times are when I do X               | weekends are when I do my meal prep | behavior | weekends | weekends are when we're busiest",
			"days are my X day                   | Sundays are my meal prep day | behavior | sundays | Sundays are my only day off",
			"use the app on a device             | I mostly use the app on my tablet | behavior | tablet | I used the app on my tablet yesterday",
			"travel for work                     | I travel a lot for work, mostly Asia | behavior | travel | I travel for work next week",
			"evenings free                       | i only have weekends free | behavior | weekends | I have evenings free next week",
			"commute with a frequency            | i walk to school every morning | behavior | walk | my husband walks to school every morning",
			"dislike without I                   | dont like olives much, can I swap them | preferences | olives | don't like to complain but the parcel is late",
			"hate X without I                    | hate coriander, tastes like soap | preferences | coriander | hate to bother you but my order is late",
			"not big on X                        | not big on sweet stuff tbh | preferences | sweet stuff | not big on the new design",
			"X isn't my thing                    | horror isn't really my thing | preferences | horror | this isn't really my thing, can I return it",
			"anything X                          | I'll eat anything with peanut butter | preferences | peanut butter | love anything you send me",
			"X over Y any day                    | tea over coffee any day | preferences | tea | butter over margarine? which is healthier",
			"X all the way                       | Android all the way | preferences | android | drove all the way from Leeds for nothing",
			"use X exclusively                   | I use Firefox exclusively | preferences | firefox | my team uses linux exclusively",
			"ideally X                           | looking for a new role, ideally part-time | preferences | part-time | ideally by Friday",
			"kind of work                        | open to contract roles in design | preferences | contract | my wife is looking for part-time work",
			"X stuff please                      | I read before bed so calm stuff pls | preferences | calm stuff | the blue ones please",
			"rather with a courtesy if           | i'd rather pay by direct debit if thats ok | preferences | direct debit | if i'd rather pay by card is that ok",
			"a race as a plan                    | doing the Great North Run in September, need new trainers | goals | great north run | I ran the Berlin marathon last year",
			"I'm running a race                  | I'm running my first half marathon in May | goals | half marathon | my brother is running the London marathon",
			"signed up for                       | just signed up for a pottery course | goals | pottery course | signed up for the newsletter by mistake",
			"thinking of Xing                    | thinking about getting a dog next year | goals | dog | thinking of you guys, hope the outage is fixed soon",
			"considering after a fragment        | been a teacher 20 years, considering retraining as a nurse | goals | retraining | my sister is thinking of moving to Spain",
			"an event coming up                  | need a suit for my wedding in August | goals | wedding | before my sister's wedding",
			"a trip as a plan                    | practising my Spanish for a trip to Peru next year | goals | peru | the trip to Paris was great",
			"a trip in a goal                    | my goal is to hold a conversation in Greek before our trip to Crete | goals | crete | is Crete nice for a trip?",
			"a language to add                   | I speak French, would love to pick up Spanish too | goals | spanish | want to add a new payee",
			"pay off a card                      | trying to clear my credit card by summer | goals | credit card | can I pay off my card early?",
			"bucket list                         | seeing the northern lights is on my bucket list | goals | northern lights | is Rome on your bucket list?",
			"in the middle of                    | in the process of buying our first house | goals | house | in the process of cancelling my account",
			"a frequency a week                  | I go to the gym 4 times a week | behavior | 4 times a week | my husband goes to the gym 4 times a week",
			"Nx a week                           | I swim 3x a week before work | behavior | 3x a week | can I swim 3x a week on the basic plan?",
			"a fragment with a frequency         | climbing 2 days a week, need new shoes | behavior | 2 days a week | payments twice a month please",
			"the app every day                   | I use the app every day to log meals | behavior | every day | I used the app every day last month",
			"been into X since                   | Been into photography since uni | interests | photography | been into town twice this week",
			"been Xing for years                 | I've been gaming since I was a kid | interests | gaming | I've been waiting since Monday",
			"follow X religiously                | I follow the NBA religiously | interests | nba | I follow the instructions closely",
			"weekends are all about X            | my weekends are all about rugby | interests | rugby | my weekends are for the kids",
			"binge X                             | I binge Korean dramas | interests | korean dramas | my daughter binges Korean dramas",
			"sucker for X                        | I'm a sucker for a good heist film | interests | heist film | I'm a sucker for punishment",
			"sucker for anything X               | total sucker for anything with caramel | preferences | caramel | my son is a sucker for anything with caramel",
			"choose X over Y                     | I'd always choose the train over flying | preferences | train | would you choose the train over flying?",
			"X every time                        | aisle seat every time | preferences | aisle seat | the same error every time",
			"a plan with its time                | we're buying a house in the spring | goals | house | my sister is buying a house in the spring",
			"going back to study                 | I'm going back to uni in September | goals | uni | I'm buying a gift for my sister next week",
			"working on a language               | working on my Portuguese before the move | goals | portuguese | my son is working on his Portuguese",
			"resolution                          | New year's resolution is to read 20 books | goals | 20 books | my goal for today: fix the printer",
			"goal with a colon                   | Goal for 2026: run a sub-4 marathon | goals | marathon | is that a goal for 2026?",
			"a contraction without its apostrophe| ive been a liverpool fan since i was 5 | interests | liverpool | ive been waiting since Monday",
			"id rather                           | id rather pay monthly | preferences | pay monthly | id like a refund",
			"not really a fan of                 | not really a fan of sushi | preferences | sushi | not really a fan of waiting, where is my order",
			"love a bit of X                     | love a bit of 80s synth pop | interests | synth pop | my wife loves a bit of synth pop",
			"anything by X                       | absolutely love anything by Studio Ghibli | interests | Studio Ghibli | love anything you send me",
			"gonna start X                       | gonna start learning guitar this year | goals | guitar | gonna start complaining",
			"want to X without I                 | want to get my motorbike licence this year | goals | motorbike licence | want to cancel my plan",
			"planning a trip                     | planning a trip to Iceland in March | goals | iceland | I cancelled my trip to Iceland last year",
			"a platform user                     | Mac user here, is there a desktop app | behavior | mac | is there a Mac user guide?",
			"a platform they use                 | I'm a long-time Linux user | preferences | linux | my son is a Linux user",
			"works with my X                     | need a watch that syncs with Strava | preferences | strava | does it work with Apple Pay?",
			"applying for                        | applying for a mortgage next month, what documents do I need | goals | mortgage | applying for a refund",
			"retraining as                       | I'm retraining as a nurse | goals | nurse | my wife is retraining as a nurse",
			"play for a X team                   | I play for a Sunday league team | interests | sunday league | my son plays for a Sunday league team",
			"as a keen X                         | as a keen cyclist, what lights do you rate | interests | cyclist | as a parent, what lights do you rate",
			"hobbies listed                      | hobbies: chess, hiking and baking | interests | hiking | my son's hobbies: chess and hiking",
			"online every evening                | I'm online every evening | behavior | every evening | I'm online now",
			"an instrument inside the clause     | i only get time to practise cello on my lunch break | interests | cello | my son only gets time to practise cello at weekends",
			"mostly on a device                  | I'm mostly on mobile, is the site responsive | behavior | mobile | I'm on my phone to my mum",
			"X-mad                               | football-mad, what's the best sports package | interests | football | I'm so mad, where is my order",
			"one day I'll                        | one day I'll open a bakery | goals | bakery | one day I'll get a refund from you lot",
			"keen to                             | keen to get fit before summer | goals | get fit | keen to know when it ships",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"my husband watches a lot of anime",
			"I'm in a support group chat",
			"weekends are when we're busiest, can you deliver Friday",
			"Mondays are when the bins go out",
			"summers are when my sister visits",
			"hate it when the app crashes",
			"my son hates broccoli",
			"climbing Everest is on my brother's bucket list",
			"in the middle of moving my order to a new address",
			"I signed up for a course last year but never went",
			"my son just signed up for a coding bootcamp",
			"I travelled for work constantly in my old job",
			"I used to play tennis every Sunday",
			"I swam every morning last week",
			"my wife is planning to run the London marathon",
			"I'm running late for the marathon briefing",
			"if I ran the London marathon would you sponsor me",
			"getting into trouble lol",
			"my kid has been a dinosaur nerd for years",
			"I don't like your new logo",
			"ideally something cheap",
			"I only have Tuesday free this week",
			"I cycled to work every day last year",
			"for my son's graduation next month",
			"I went on a trip to Paris for my wedding anniversary",
			"it crashes twice a week",
			"I went to the gym 4 times a week when I was younger",
			"my son has been into dinosaurs since he was 3",
			"weekends are for sleeping",
			"it fails every time",
			"I'm moving my order to next month",
			"are you buying a house in the spring?",
			"I'm working on my order",
			"my boyfriend plays 5-a-side every thursday",
			"we used to go hiking most weekends",
			"I would go to the gym 4 times a week if I had time",
			"i was thinking of ordering the blue one",
			"I was planning a trip to Rome but cancelled",
			"gonna need a refund for this",
			"getting into the car now, will call later",
			"my husband is a bit of a coffee nerd",
			"the kids watch a lot of Bluey",
			"my sister is applying for a mortgage",
			"I'm doing the school run every morning this week",
			"I'm buying a present for my sister in June",
			"same thing every time I log in",
			"shower head, how much are they?",
			"into week 3 of the programme and loving it",
			"I'm thinking of ordering two",
			"thinking of buying the blue one",
			"thinking of switching to the annual plan",
	})
	void othersPastHabitsOneOffsAndRequestsInTheNewFormsTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"ive been      | I've been",
			"dont like     | don't like",
			"cant stand    | can't stand",
			"id rather pay | I'd rather pay",
			"id card       | id card",
			"the ID is     | the ID is" })
	void aContractionTypedWithoutItsApostropheIsReadWithIt(String typed, String read) {
		// given a contraction typed without its apostrophe (and "id" that is not "I'd")
		// then it is read as written with it
		assertThat(LocalFactExtractor.apostrophesRestored(typed)).isEqualToIgnoringCase(read);
	}

	@Test
	void aHobbyWithADayIsAHobbyAndARoutine() {
		// given a pastime with the day it happens on
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I play squash every Tuesday evening"));

		// then it is an interest and, with its day, a routine
		assertThat(facts).extracting(ExtractedFact::category).containsExactlyInAnyOrder("interests", "behavior");
		assertThat(facts).filteredOn(fact -> fact.category().equals("behavior")).singleElement()
			.satisfies(fact -> assertThat(fact.value()).contains("every Tuesday evening"));
	}

	@Test
	void aRoutineTakesOnlyItsOwnClausesTime() {
		// given a clause with no time before a clause whose time it is
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I mostly read while I commute in the mornings"));

		// then reading has no routine of its own: the mornings are the commute's
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.value()).containsIgnoringCase("reads"));
	}

	@Test
	void aCommuteIsARoutineWithOrWithoutAFrequency() {
		// given a commute with and without how often (round five: outside writers file "I cycle to work" as behaviour)
		List<ExtractedFact> plain = extractor.extract(ExtractionRequest.of("t", "I walk to work"));
		List<ExtractedFact> daily = extractor.extract(ExtractionRequest.of("t", "I walk to work every day"));

		// then both are a routine, and neither a taste
		assertThat(plain).extracting(ExtractedFact::category).contains("behavior").doesNotContain("preferences", "interests");
		assertThat(daily).extracting(ExtractedFact::category).contains("behavior").doesNotContain("preferences", "interests");
	}
}
