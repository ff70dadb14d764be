package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round eight, needs (preferences, constraints, behaviour, communication): each construction behind a wrong or missed
 * fact of the tenth and eleventh outside writers' sets is tested with other channels, conditions, devices and days than
 * the dev sentence, and with a lookalike that must teach nothing (someone else, a question, a one-off, a negation).
 */
class LocalFactExtractorRoundEightNeedsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// how to be contacted or answered
			"the things a channel carries, only   | statements by post only please, I don't do online banking | communication | post | is it statements by post only?",
			"two channels only after a dash       | don't ring me, I'm hard of hearing — text or email only | communication | text or email | text or email only?",
			"send X on a channel only             | Please send the invoices on WhatsApp only | communication | whatsapp | did you send the invoices on WhatsApp only?",
			"just X me after a refusal            | please don't ring before noon, just text me | communication | text | did you just text me?",
			"a summary by a channel is enough     | a daily text update is plenty for me | communication | text | my boss says a daily text update is plenty",
			"text me when, asked                  | could you email me whenever my balance drops? | communication | email | could you email me when it ships?",
			"things by a channel, asked           | can I get the renewal reminders by post? | communication | post | can I get a refund by Friday?",
			"call me instead, asked, keeps call   | Could you call me instead of texting? | communication | call | could you call my wife instead?",
			"answer me in a language, asked       | Can you answer me in German please? | communication | German | can you answer me in the morning?",
			"talk to me in a language             | From now on only talk to me in Portuguese, I want to practise | communication | Portuguese | my tutor talks to me in Portuguese",
			"write me in a language               | Grazie, please write me in French next time | communication | French | did you write me in French?",
			"answer me with simple words          | sorry for my english, please answer me with easy words | communication | easy words | are these easy words?",
			"keep X short                         | also pls keep messages short, I read them on the bus | communication | short | my boss says keep messages short",
			"keep explanations simple, step by step | Please keep your instructions simple and step by step. | communication | step by step | are the instructions simple and step by step?",
			"everything in writing by a channel   | Please put everything in writing by post | communication | post | did you put everything in writing?",
			// constraints
			"terrified of X                       | I'm absolutely terrified of heights so no glass lifts please | constraints | heights | my son is terrified of heights",
			"get anxious X                        | I get really nervous driving on motorways | constraints | driving | I got nervous driving yesterday",
			"anxious in X                         | I get really anxious in crowds so a quiet slot please | constraints | anxious in crowds | the dog gets anxious in crowds",
			"a female clinician for someone else  | I'd prefer a female GP, I'm more comfortable that way | preferences | female gp | I'd like to speak to a female doctor about my daughter",
			"no X ever, allergic, read once       | no peanuts ever please, I'm allergic | constraints | peanuts | no peanuts in this one please",
			"max an amount for the whole thing    | Max $2000 total for the whole trip | constraints | 2000 | max 3 bags for the whole trip",
			"an X phobia, then another clause     | I have a dental phobia, last visit was awful | constraints | dental phobia | my daughter has a dental phobia",
			"claustrophobic                       | window seat is fine but I'm claustrophobic in lifts | constraints | claustrophobic | is the lift claustrophobic?",
			"a bad body part                      | I have bad knees so no running | constraints | bad knees | my husband has bad knees",
			"a bad back with its cause            | I have a bad back (slipped disc) so no heavy lifting | constraints | slipped disc | does a bad back stop you lifting?",
			"an age with a body part              | I'm 70 with weak ankles, is the path even? | constraints | weak ankles | my dad is 70 with weak ankles",
			"a named condition                    | I was diagnosed with fibromyalgia last year, gentle classes only | constraints | fibromyalgia | is fibromyalgia common?",
			"walk with an aid                     | I'm 80 and walk with a stick | constraints | stick | my nan walks with a stick",
			"need wheelchair assistance           | I'll need wheelchair assistance at the station | constraints | wheelchair | does my mum need wheelchair assistance?",
			"doing a diet                         | I'm doing paleo, anything without grains? | constraints | paleo | my wife is doing paleo",
			"a diet household                     | We're a vegetarian household, no meat in the box please | constraints | vegetarian | is it a vegetarian household?",
			"a food refused, it makes me ill      | no garlic ever please, it makes me sick | constraints | garlic | no garlic in this one please",
			"a food refused for good              | no olives ever please, can't stand them | preferences | olives | no problem at all please",
			"my medicine                          | I forgot my inhaler, do you sell them? | constraints | inhaler | my son forgot his inhaler",
			"a budget as a fragment               | budget is about 800 for the pair | constraints | 800 | is the budget about 800?",
			"a budget in a list                   | Looking for a used van, budget around 9k, diesel | constraints | 9k | my brother's budget is around 9k",
			"max an amount total                  | We're two adults looking for a cabin, max £900 total | constraints | 900 | max 900 people total",
			// preferences
			"only X, a taste                      | I only drive hybrids, which models do you have? | preferences | hybrids | do you only drive hybrids?",
			"I main a role                        | I main tank in raids, any tips? | preferences | tank | my son mains tank in raids",
			"X always please                      | window seat always please, I like to sleep | preferences | window seat | the window seat is always taken",
			"a clinician of a gender              | I'd prefer a male physio if possible | preferences | male physio | would my wife prefer a female physio?",
			"looking for somewhere of a kind     | we're celebrating our anniversary, looking for somewhere romantic | preferences | somewhere romantic | my son is looking for somewhere quiet to study",
			"something of a style opening        | Need a rug for the hall. Something scandi, nothing too loud | preferences | something scandi | Something is wrong with my bill",
			"something with a feature             | I want something with a big boot, we camp a lot | preferences | big boot | is there something with a big boot?",
			"X would be ideal, preferably Y       | an electric kettle would be ideal, preferably black | preferences | black | A refund would be ideal",
			"after something of a kind            | I'm after something waterproof, I walk the dog in all weathers | preferences | waterproof | I want something stronger",
			"a place of a kind, not for others    | we need a room with a view, it's our honeymoon | preferences | view | We need a room with a view for my parents",
			"nobody in the house eats X           | nobody in our house eats pork so please leave it out | preferences | pork | nobody eats here anymore",
			// behaviour
			"a routine with a day                 | I volunteer at the food bank on Thursdays so can't do then | behavior | thursdays | my wife volunteers at the food bank on Thursdays",
			"a routine with a frequency           | I drive to my mum's 2-3 days a week | behavior | days a week | my brother drives to his mum's 2-3 days a week",
			"been going N mornings a week         | I've been going to the Eastgate pool 3 mornings a week | behavior | mornings a week | I've been going to the pool this week",
			"on calls most evenings               | I'm on calls with Sydney most evenings so chat is better | behavior | most evenings | I'm on calls with Sydney tonight",
			"mostly in on days after a comma      | I'm a paralegal at a small firm, mostly in Mon and Wed, is there parking? | behavior | mon and wed | My wife is a paralegal, mostly in Mon and Wed",
			"a habit with every meal              | I'm coeliac so I check labels for every meal | behavior | every meal | I paid for every order",
			"hours after a comma                  | Hi, I'm a proofreader, mostly working 8-2 | behavior | 8-2 | my wife is a proofreader, mostly working 8-2",
			"can only study at a time             | I can only train mornings before 7am and at weekends | behavior | before 7am | can you only train mornings?",
			"the device a thing is done on        | I play mostly on Steam Deck, is there a controller layout? | behavior | steam deck | my son plays mostly on Steam Deck",
			"a device keeps its model             | i use an iphone 15 pro max, does the widget work? | behavior | iphone 15 pro max | does the widget work on an iphone 15 pro max?",
			"short answers asked without a mark   | Could you just give me short answers, I'm on a tiny screen | communication | short | could you give my son short answers",
			"a named assistive tool               | I'm partially sighted and use JAWS for everything | behavior | JAWS | my dad uses JAWS",
			"a condition and a named tool         | I have low vision and use ZoomText at 300%, the new menu breaks | behavior | ZoomText | my dad has low vision and uses ZoomText",
			"a named tool at a zoom               | I use VoiceOver on my Mac, the buttons have no labels | behavior | VoiceOver | does VoiceOver work on a Mac?",
			"live in tools all day                | I basically live in Slack and Jira all day, can you integrate? | behavior | Jira | my team lives in Slack and Jira all day",
			"want it in a language                | the site keeps going to French, I want it in German please | communication | German | I want it in blue please",
			"cycle in                             | I cycle in and need a shower at the office | behavior | bike | I'll cycle in tomorrow",
			"ride it somewhere every day          | I ride it to the station every day, the brakes squeak | behavior | every day | my son rides it to the station every day",
	})
	void readsTheConstructionAndNotItsLookalike(String name, String text, String category, String about, String lookalike) {
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@Test
	void aFoodRefusedForAnAllergyIsTheAllergyOnly() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "no peanuts ever please, I'm allergic"));
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.type()).isEqualTo("allergy"));
	}

	@Test
	void aVerbWithoutItsObjectTeachesNoHabit() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "kosher only please, I always check"));
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.value()).containsIgnoringCase("checks"));
		assertThat(facts).anySatisfy(fact -> assertThat(fact.category()).isEqualTo("constraints"));
	}

	@Test
	void whatTheyOnlyAllowThemselvesIsATasteNotARoutine() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I only drive electric cars, can the app filter the rest out?"));
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo("preferences");
			assertThat(fact.value()).containsIgnoringCase("electric cars");
		});
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.category()).isEqualTo("behavior"));
	}

	@Test
	void anAlertsThresholdIsNoBudget() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm a student and always broke, can you email me when I'm below $20?"));
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.category()).isEqualTo("constraints"));
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo("communication");
			assertThat(fact.subject()).isEqualTo("email");
		});
	}

	@Test
	void inWritingSaidWithItsChannelIsOneFactThatKeepsBoth() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "Please put everything in writing by email, I don't trust phone agreements"));
		assertThat(facts.stream().filter(fact -> "contact_channel".equals(fact.key()))).singleElement().satisfies(fact -> {
			assertThat(fact.subject()).isEqualTo("email");
			assertThat(fact.value()).contains("in writing");
		});
	}

	@Test
	void aHabitGivenAsTheReasonForAChannelIsFoldedIntoIt() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "Can you send the delivery updates by text? I never look at my emails"));
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("communication");
			assertThat(fact.subject()).isEqualTo("text");
		});
	}

	@Test
	void aRoutineThatRanOnIntoTheNextDoingIsNotKeptBesideItself() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I swim 3 times a week and do yoga on Sundays"));
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.value()).containsIgnoringCase("and do yoga"));
	}

	@Test
	void howTheyReadIsTheReasonForTheLengthTheyAskFor() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "please keep replies short, I skim everything"));
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.key()).isEqualTo("answer_length");
			assertThat(fact.value()).contains("skims everything");
		});
	}

	@Test
	void aRoutineAPastimeAlreadyReadsIsNotTaughtAgain() {
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I bake bread most weekends and need a bigger tin"));
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.key()).startsWith("routine_said_"));
	}
}
