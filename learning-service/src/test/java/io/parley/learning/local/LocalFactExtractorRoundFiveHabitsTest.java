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
 * The fifth round, behaviour and communication: routines with a time or a day, devices they use, habits, and how they
 * want to be contacted or spoken to, as three more outside writers phrase them. Each construction is tested with other
 * fillers than the dev sentence it was found in, and with a lookalike that must teach nothing (someone else, a
 * question, a one-off, a negation, a past event).
 */
class LocalFactExtractorRoundFiveHabitsTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// routines with a time or a day
			"work hours as a span               | I work 8 to 4 most days | behavior | 8 to 4 | my husband works 8 to 4",
			"work hours nine to five            | I work nine to five, so evenings suit me | behavior | nine to five | do you work nine to five?",
			"start work at a time               | I start work at 7 so early slots are no good | behavior | work at 7 | I start work at 7 tomorrow",
			"after since: start work at         | I'd like a morning slot since I start work at 11 | behavior | work at 11 | my wife starts work at 11",
			"work late evenings                 | I mostly work late evenings, so the night pass suits me | behavior | late evenings | my son works late evenings",
			"and work night shifts              | I'm a porter and work night shifts | behavior | night shifts | my brother is a porter and works night shifts",
			"online between two times           | I'm usually online between 9pm and 1am | behavior | 9pm and 1am | is anyone online between 9pm and 1am?",
			"online after a place and and       | I'm based in Perth and usually online between 6am and 9am | behavior | 6am and 9am | my sister is usually online between 6am and 9am",
			"at a place on a range of days      | I'm at the Leeds office Tue-Thu | behavior | Tue-Thu | I'm at the Leeds office today",
			"at a desk every day                | I'm at my desk every morning by 8 | behavior | every morning | I'm at my desk",
			"in every morning                   | I'm in every morning for a latte | behavior | every morning | I'm in town this morning",
			"a time span after the routine      | I play chess every night, usually from 9pm to 11pm | behavior | 9pm | my son plays chess every night, usually from 9pm to 11pm",
			"every occasion: payday             | I top up my savings every payday | behavior | every payday | I topped up my savings last payday",
			"every occasion: commute            | I read every commute, about an hour each way | behavior | commute | will I be able to read on the commute?",
			"every occasion: a month            | I file my VAT return every January | behavior | VAT return | my accountant files my VAT return every January",
			"an amount a week                   | I do about 50km a week on the bike | behavior | 50km a week | I did 50km last week",
			"an amount a year                   | I drive roughly 12k miles a year | behavior | 12k miles | my wife drives 12k miles a year",
			"the app at night                   | I basically only use the app late at night | behavior | at night | my kids only use the app at night",
			"the site at a time                 | I always check the site around 6am | behavior | 6am | I checked the site at 6am yesterday",
			"commute without a frequency        | I bike to work, so I need a waterproof bag | behavior | bike to work | my wife bikes to work",
			"commute in to work                 | I cycle in to work from Hackney every day | behavior | cycle to work | I cycled in to work once",
			"spending winters in a place        | Retired now and spending winters in Lanzarote | behavior | Lanzarote | my parents are spending winters in Lanzarote",
			"member for years                   | I've been a member for 9 years | behavior | member for 9 years | my mum has been a member for 9 years",
			"customer since a year              | Been a customer since 2012, never had an issue | behavior | customer since 2012 | is my account a customer since 2012 one?",
			"night person                       | I'm a night person, evenings work best | behavior | night person | my flatmate is a night person",
			"online after a place, a request    | I'm in Dubai and usually online between 7am and 10am, please call then | behavior | 7am and 10am | my boss is in Dubai and usually online between 7am and 10am",
			"loyalty status                     | I'm Gold status with you, so lounge access please | behavior | Gold status | is Gold status worth it?",
			"events they go to                  | I go to every home match with my dad | behavior | home match | I went to every home match last season",
			"a routine before work              | I go for a swim before work | behavior | before work | I went for a swim before work",
			"work from home on days without on  | I work from home Tuesdays and Thursdays | behavior | tuesdays and thursdays | my wife works from home Tuesdays and Thursdays",
			"on a platform                      | I'm on Android, so no iMessage | behavior | Android | is the app on Android?",
			"use a brand device                 | I use a Pixel | behavior | Pixel | my son uses a Pixel",
			"a habit before a would-be-great-if | I'm diabetic so I weigh everything I eat, would be great if portions were listed | behavior | weigh everything | would be great if portions were listed",
			// habits
			"how they pay: split                | I always split payments over three months | behavior | split payments | can I split payments?",
			"two steps: order both, return one  | I usually order two sizes and send one back | behavior | send one back | my sister usually orders two sizes",
			"everything quantifier              | I buy everything through the app, it's easier | behavior | buy everything through the app | my mum buys everything in store",
			"everything quantifier with a diet  | I've got coeliac so I check labels on everything | behavior | check labels on everything | do I check labels on everything?",
			"how they log in                    | I always log in through a private browser window | behavior | log in through a private browser | I logged in through a private browser window yesterday",
			"the type of person who             | I'm the kind of person who compares every price before buying | behavior | compares every price | my husband is the kind of person who compares every price",
			"always forget to                   | I always forget to water the plants | behavior | water the plants | I forgot to water the plants",
			"a device they use for something    | I only use my Galaxy for work email | behavior | Galaxy | my son only uses his Galaxy for games",
			"a site version they use            | I mostly use the mobile site | behavior | mobile site | does the mobile site work?",
			"a choice stays a taste             | I always choose the green tariff | preferences | green tariff | my wife always chooses the green tariff",
			// how to be contacted or spoken to
			"use a channel                      | please don't ring me, use email or text | communication | email or text | can I use email or text?",
			"use my work email                  | Use my work email please, the personal one is full | communication | work email | my work email is full",
			"send things to an address          | From now on please send the receipts to my business email | communication | business email | I sent the receipts to my business email",
			"updates by a channel               | I only want reminders by text | communication | text | do reminders come by text?",
			"reply by a channel, grateful       | I would be grateful if you could reply by letter | communication | letter | did you reply by letter?",
			"respond by a channel               | Kindly respond by email to my office | communication | email | he responded by email",
			"prefer a channel over another      | I prefer voice messages over emails | communication | voice messages | my boss prefers voice messages over emails",
			"prefer async                       | I much prefer async over meetings | communication | async | does the team prefer async over meetings?",
			"would rather talk to a human       | I'd rather speak to a real person | communication | real person | would you rather speak to a real person?",
			"text me on an app                  | always message me on Telegram please | communication | telegram | my friend messaged me on Telegram",
			"email me X instead of calling      | could you email me the quote instead of calling? | communication | email | could you email me the quote?",
			"someone phone me instead           | could someone ring me instead? I find the app confusing | communication | phone | could someone ring my dad?",
			"only text me after a time          | please only text me after 6pm | communication | text | did you only text me after 6pm?",
			"the channel after a comma          | I never check voicemail, email is the only way to reach me | communication | email | is email the only way to reach you?",
			"documents in a language            | Please send the contract in Portuguese | communication | Portuguese | is the contract in Portuguese?",
			"need a paper in a language         | I need the instructions in Polish if possible | communication | Polish | my mother needs the instructions in Polish",
			"always reply in a language         | Please always reply in Dutch | communication | Dutch | did they always reply in Dutch?",
			"keep replies formal                | Please keep your emails formal, they go to our board | communication | formal | your emails were formal",
			"preferably formal responses        | Preferably professional replies please | communication | professional | were the replies professional?",
			"keep it technical                  | keep it technical please, I'm an engineer | communication | technical | is it technical?",
			"write simple words                 | please write simple words, my english is weak | communication | simple words | are simple words ok?",
			"clear instructions help            | step-by-step, written instructions help me a lot | communication | instructions | my dad needs step-by-step instructions",
			"just give me short answers         | Please just give me short replies | communication | short | my boss gives me short replies",
			"just the numbers                   | Just give me the figures. | communication | figures | my accountant gave me the figures",
			"no emojis or chatty stuff          | Please, no emojis or small talk. | communication | no emojis | no emojis showing in the app",
			"prefer you call me a title         | I'd prefer you call me Mrs. Adeyemi | communication | Mrs. Adeyemi | I'd prefer you call me back",
			"only reachable by a channel        | I'm only reachable by text during the day | communication | text | is he only reachable by text?",
			"the best way to reach me is        | The best way to reach me is Signal | communication | signal | what's the best way to reach you?",
			"best to X me                       | Best to email me, I'm on site all day | communication | email | best to email them",
			"a callback rather than chat        | I'd prefer a callback rather than chat | communication | phone | did you prefer a callback?",
			"don't phone, a reason              | Please don't ring, I work nights | communication | phone | they don't ring anymore",
			"be blunt                           | Please be direct, I don't have time | communication | direct | to be direct, is it broken?",
			"no jargon                          | Avoid jargon please, I'm new to this | communication | simple | the jargon in your app confused me",
			"no need to be formal               | No need to be formal with me | communication | casual | no need to be formal at a wedding?",
			"reply within a length              | Please reply in two sentences max | communication | short | did you reply in two sentences?",
			"contact on some days between times | Only call me on weekdays between 10 and 4 please | communication | weekdays | did you only call me on weekdays?",
			"contact during office hours        | please email me during office hours | communication | office hours | my boss emails me during office hours",
			"schedule calls in my morning       | please schedule the calls in my afternoon, I'm in Sydney | communication | afternoon | the calls were scheduled in my afternoon",
			"rather you didn't send me X        | I'd rather you didn't send me newsletters | communication | newsletters | you didn't send me newsletters last month",
			"stop sending me X                  | please stop sending me push notifications | communication | push notifications | you stopped sending me push notifications",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I start nights next week",
			"I work 9 to 5 tomorrow",
			"I'm at the office today",
			"I used the app at night once",
			"I forgot to take my pills",
			"I always forget my password",
			"I'm a beginner runner",
			"I want to reserve a table for 6 on friday",
			"I'd like a table for two",
			"I'm the type of person who is always late",
			"my husband is the type of person who reads every review",
			"I do 30km a week? is that enough",
			"I lost everything in the move",
			"could you send the documents?",
			"I'm at the end of my tether every day",
			"To reset it, use email or SMS",
			"my wife is a gold member",
			"I used to cycle to work",
			"I don't cycle to work",
	})
	void lookalikesOfTheNewFormsTeachNothingInTheirCategories(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then it teaches no routine, habit or contact wish
		assertThat(facts).as(text).noneSatisfy(fact -> assertThat(fact.category()).isIn("behavior", "communication"));
	}

	@Test
	void aChannelTurnedDownIsTheReasonForTheChannelAsked() {
		// given a wish for a channel with the channel turned down and the habit that is the reason
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "Text me, don't email, I never check my inbox"));

		// then one fact says the channel and its reason; the refusal is no fact of its own
		assertThat(facts).filteredOn(fact -> "communication".equals(fact.category())).singleElement().satisfies(fact -> {
			assertThat(fact.value()).containsIgnoringCase("text").containsIgnoringCase("inbox");
			assertThat(fact.stance()).isNotNegative();
		});
	}

	@Test
	void aRefusalAloneIsStillAFact() {
		// given only a refusal
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I never check my email"));

		// then it is still how to (not) contact them
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo("communication");
			assertThat(fact.value()).containsIgnoringCase("email");
		});
	}

	@Test
	void aTimeSpanIsKeptInTheRoutine() {
		// given a routine whose hours follow it after a comma
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I stream every night after dinner, usually from like 8pm to midnight"));

		// then the routine says the hours
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.category()).isEqualTo("behavior");
			assertThat(fact.value()).contains("8pm").contains("midnight");
		});
	}

	@Test
	void aRoutineIsTaughtOnceWithItsDay() {
		// given routines two rules could read
		for (String text : List.of("I finish work at 6pm on Fridays", "I'm at the climbing wall every Tuesday", "I'm usually online between 8pm and midnight")) {
			List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

			// then one behaviour fact, which keeps the time
			assertThat(facts).as(text).filteredOn(fact -> "behavior".equals(fact.category())).singleElement()
				.satisfies(fact -> assertThat(fact.value()).containsAnyOf("Fridays", "uesday", "8pm"));
		}
	}

	@Test
	void aFrequencyKeepsTheWritersWords() {
		// given a frequency written as "4x"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I go bouldering 4x a week"));

		// then the value keeps "4x" and the structured value says "4 times"
		assertThat(facts).anySatisfy(fact -> {
			assertThat(fact.value()).contains("4x a week");
			assertThat(fact.structuredValue()).containsEntry("frequency", "4 times a week");
		});
	}
}
