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
 * The third round of forms outside writers use (other regions, registers and abbreviations, fragments, voice-to-text
 * run-ons): each construction is tested with other nouns, places and jobs than the dev set it was found in, and with a
 * lookalike that must teach nothing (someone else, a question, a one-off, a negation).
 */
class LocalFactExtractorOutsideWritersThreeTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"run-on question after a statement  | i'm 42 is that too old for the course | personal | 42 | is 42 too old for the course",
			"tag question is a statement        | i'm an electrician so i get the trade discount yeah? | professional | electrician | is an electrician eligible for the trade discount yeah?",
			"comma question without a mark      | just moved to Leeds, do you deliver to Headingley | personal | Leeds | my sister just moved to Leeds, do you deliver there",
			"polite contact request             | could you email me instead of phoning, I'm at work all day | communication | email | could you email me the invoice",
			"a place after an age               | 34M, Glasgow, into cycling and folk music | personal | Glasgow | my son: 14M, Glasgow, into football",
			"into X in a list                   | 29F, Bristol, into bouldering and jazz | interests | bouldering | into bouldering? what's that",
			"a job later in a list              | Dad of 2, full-time paramedic, need a quick course | professional | paramedic | my brother, full-time paramedic, needs a quick course",
			"a role with a place in a list      | Hi, I'm Ines, pharmacist in Porto, I'd like the yearly plan | personal | Porto | Hi, is there a pharmacist in Porto",
			"from X in a list                   | I'm Ravi, from Pune, working in IT | personal | Pune | Ravi from Pune recommended you",
			"working in X in a list             | I'm Ravi, from Pune, working in IT | professional | IT | is anyone working in IT",
			"T2D                                | im T2D so I need low sugar options | constraints | T2D | my dad is T2D, what can he eat",
			"a newer condition                  | I have PCOS so the plan needs to be low GI | constraints | PCOS | does PCOS affect the plan?",
			"newly diagnosed as a fragment      | Newly diagnosed diabetic, what can I snack on | constraints | diabetic | my mum was newly diagnosed diabetic",
			"a condition and an allergy         | asthmatic and allergic to cats, any hypoallergenic breeds | constraints | cats | asthmatic and allergic kids welcome?",
			"a household diet                   | Me and my husband are both vegan | constraints | vegan | me and my husband are both tired",
			"DF diet                            | DF diet here, no butter please | constraints | dairy-free | is the DF diet here any good?",
			"don't drive                        | I'm in Swindon and don't drive | constraints | drive | I don't drive to work on Fridays",
			"text too small                     | the text is way too small for me | constraints | large text | the text is way too small for my dad",
			"a format asked for                 | please send me the menu in braille | constraints | braille | is the menu in braille?",
			"age before a job                   | I'm a 54 year old retired nurse | personal | 54 | my dad is a 54 year old nurse",
			"sign-off                           | Thanks for your help. Kind regards, Siobhan | personal | Siobhan | Kind regards to Siobhan in accounts",
			"I'm X btw                          | I'm Dara btw, first time here | personal | Dara | I'm done btw",
			"this is X again                    | hi this is Fatima again about the order | personal | Fatima | this is Fatima again about the order",
			"reply via a channel                | Kindly reply via WhatsApp as I rarely check email | communication | whatsapp | did you reply via WhatsApp?",
			"two channels only                  | email or text only please, no calls | communication | email or text only | is it email or text only?",
			"email me, don't call               | just email me when it ships, don't call | communication | email | just email me when it ships",
			"ring me on the landline            | ring me on the landline please, the mobile signal is bad | communication | landline | you rang me on the landline yesterday",
			"only text after a time             | I'm a baker so pls only text after 1pm | communication | after 1pm | can I only text after 1pm?",
			"prefer by post                     | I would prefer the statements sent to me by post | communication | post | would you prefer the statements by post?",
			"stop with the emojis               | please stop with the emojis | communication | no emojis | my kids never stop with the emojis",
			"reply in brief                     | reply in brief please, I'm driving | communication | short | did you reply in brief?",
			"simple words best                  | plain english please, I use a translator so simple words best | communication | simple words | are simple words best for kids?",
			"me and X are in a place            | me and the dog are in Inverness now | personal | Inverness | my sister and the dog are in Inverness now",
			"from X living in Y                 | I'm from Ghana living in Leeds now | personal | Leeds | my wife is from Ghana living in Leeds",
			"nationality living in              | Kenyan living in Berlin, need an English-speaking doctor | personal | Kenyan | is the Kenyan living in Berlin your client?",
			"live with someone in a flat in     | I live with my partner in a small flat in Dundee | personal | Dundee | my son lives with his partner in a flat in Dundee",
			"my pet and its name                | I walk my dog Pepper every evening | personal | Pepper | my neighbour walks her dog Pepper every evening",
			"a pet called                       | we've got a tortoise called Shelly | personal | Shelly | we've got a friend called Shelly",
			"got pets as a fragment             | Got a spaniel and two cats | personal | spaniel | Got a refund and two vouchers",
			"kids under an age                  | three kids under 10 so weekends are chaos | personal | three kids | three kids under 10 go free?",
			"a job without an article           | Iam electrician, need a van quote | professional | electrician | I'm not electrician",
			"a job with myself                  | I'm a florist myself so I know the prices | professional | florist | my sister's a florist herself",
			"for a living                       | I fix bikes for a living | professional | bikes | I don't fix bikes for a living",
			"deliver for a company              | I deliver for Deliveroo on weekends | professional | Deliveroo | my son delivers for Deliveroo on weekends",
			"a field after the employer         | I work for KPMG in tax | professional | tax | my wife works for KPMG in tax",
			"as a role with a detail            | As a childminder with six kids I need flexible slots | professional | childminder | As a childminder with six kids would you cope?",
			"work weekends as                   | I work weekends as a lifeguard | professional | lifeguard | my brother works weekends as a lifeguard",
			"retired as a fragment              | Retired since 2019, lots of time for the garden | professional | retired | retired players get free entry",
			"on night shifts                    | I'm a carer on night shifts so mornings are no good | behavior | night shifts | my daughter is a carer on night shifts",
			"in the office on some days         | I'm in the office mon and weds only | behavior | mon and weds | I'm in the office on Monday",
			"days before a routine              | Tues and Thurs evenings I'm usually at choir | behavior | tues and thurs evenings | Tues and Thurs evenings my wife is usually at choir",
			"work from home                     | I work from home two days a week | behavior | work from home | my husband works from home two days a week",
			"read on a device                   | I read your emails on my watch | behavior | watch | I read your emails on my watch yesterday",
			"on a device all day                | I'm on my laptop all day so the desktop site matters | behavior | laptop | I'm on my laptop now",
			"looking to                         | I'm looking to open a small bakery next year | goals | open a small bakery | I'm looking to get a refund",
			"aiming for                         | I'm aiming for a first-class degree | goals | first-class degree | I'm aiming for next week",
			"getting married as a fragment      | getting married in Sligo next May!! | goals | married | my sister is getting married next May",
			"starting college                   | I'm starting college in January studying plumbing | goals | college | my son is starting college in January",
			"studying after a plan              | I'm starting college in January studying plumbing | professional | plumbing | my son is studying plumbing",
			"love X as a fragment               | love sailing on the west coast, need a new jacket | interests | sailing | love the new jacket",
			"love me some                       | love me some Dolly Parton | interests | Dolly Parton | my nan loves Dolly Parton",
			"a massive X guy                    | I'm a massive Star Wars guy | interests | Star Wars | my brother's a massive Star Wars guy",
			"I'm a runner                       | I'm a runner, need new trainers | interests | runner | I'm a runner up in the raffle",
			"especially                         | big fan of crime novels, esp Nordic noir | interests | Nordic noir | my dad's a big fan of crime novels, esp Nordic noir",
			"not interested in                  | Not interested in cricket at all | preferences | cricket | not interested in the upgrade at all",
			"X only please                      | Vinyl only pls, no CDs | preferences | vinyl | Members only pls",
			"deliveries at a time               | deliveries after 6pm only please | preferences | after 6pm | were deliveries after 6pm only?",
			"bilingual                          | I'm bilingual Welsh/English | personal | Welsh | is the form bilingual Welsh/English?",
			"both with a job                    | My wife and I are both nurses | professional | nurse | are you and your wife both nurses?",
			"budget on the way                  | so basically I need a laptop and my budget is like 700 max | constraints | 700 | my brother's budget is like 700 max",
			"the budget for X is                | We're a couple with one car, so the budget for a sofa is max 900 | constraints | 900 | the budget for the council is 900 million",
			"a budget as written                | my budget is 40 euro | constraints | 40 euro | is 40 euro enough?",
			"a quote is not reported speech     | As a landlord I need a quote for two flats | professional | landlord | As a landlord would you need a quote?",
			"a relative which is not a question | the wifi drops which is a pain because I work from home on Fridays | behavior | work from home | the wifi drops which is a pain because my son works from home on Fridays",
			"student in a field                 | PhD student in marine ecology, any discounts | professional | marine ecology | is there a PhD student in marine ecology here?",
			"the words of a short-answer wish   | keep it snappy please | communication | snappy | is the app snappy?",
			"a budget per month                 | nothing over 30 euro a month please | constraints | a month | was it 30 euro a month?",
			"would be ideal is a wish           | Something around $300 would be ideal | constraints | 300 | Something around $300 would be a stretch for my dad",
			"a greeting then a name             | Hi! It's Marta. | personal | Marta | Hi! It's raining.",
			"pets in a list                     | I've got two rabbits and a very old cat | personal | cat | my mum has got two rabbits and a very old cat",
			"commute a distance                 | I commute 12 miles each way by bike | behavior | 12 miles | my husband commutes 12 miles each way",
			"working on something in spare time | I'm working on a podcast in my spare time | goals | podcast | my son is working on a podcast in his spare time",
			"work part time in a place after a role | I'm a dad of 3 and work part time in a bakery in Derby | professional | bakery | my wife is a mum of 3 and works part time in a bakery",
			"living in after a statement        | We're a couple of retirees living in Galway | personal | Galway | we are retirees and our son is living in Galway",
			"and recently retired               | I'm 66 and recently retired | professional | retired | my husband is 66 and recently retired",
			"anything under an amount pls       | anything under 25 a month pls | constraints | 25 | is there anything under 25 a month?",
			"a keen hobbyist then a comma       | keen cyclist, need new lights | interests | cyclist | my son's a keen cyclist, needs new lights",
			"save for something by a date       | I'm trying to save for a wedding by next summer | goals | save for a wedding | my sister is trying to save for a wedding",
			"WFH as a fragment                  | WFH two days a week so mornings are fine | behavior | work from home | my partner is WFH two days a week",
			"a diet then a comma                | vegetarian, so no gelatine please | constraints | vegetarian | vegetarian, vegan or meat?",
			"quid                               | my budget is 300 quid | constraints | 300 GBP | is 300 quid enough?",
			"myself and a name                  | Myself Anil, working as bank clerk in Mysore | personal | Anil | Myself and my wife need a joint account",
			"a list after a customer descriptor | Long time customer, dad of two, living in Hobart | personal | Hobart | Long time customer, my sister is living in Hobart",
			"a job from a place                 | I'm a chippy from Perth, need screws | personal | Perth | my mate's a chippy from Perth",
			"a job word from the trades         | I'm a tradie, need a ute quote | professional | tradie | my brother is a tradie",
			"gluten free with a space           | I'm gluten free | constraints | gluten-free | is it gluten free?",
			"a stay at home parent              | I'm a stay at home mum with two kids | professional | stay-at-home mum | my sister is a stay at home mum with two kids",
			"on a fixed income                  | I'm on a pension so nothing fancy | constraints | pension | my dad is on a pension",
			"a working parent as a fragment     | Working dad, no time to shop | personal | working dad | working dad jokes are the best?",
			"a big reader                       | I'm a big reader | interests | reader | my wife is a big reader",
			"live on my own in a place          | i live on my own in Carlisle | personal | Carlisle | my nan lives on her own in Carlisle",
			"bought a house in a place          | We just bought our first flat in Lincoln | personal | Lincoln | my parents just bought a flat in Lincoln",
			"an age range opening a list        | late 50s, widowed, three grandkids, based in Hull | personal | late 50s | the temperature was in the late 30s, based on the forecast",
			"teenagers in a list                | early 40s, two teenagers, live in Exeter | personal | two teenagers | two teenagers were fighting outside the shop",
			"MS in capitals                     | I have MS so stairs are hard | constraints | MS | does the ms word template work?",
			"a trailing btw                     | I'm allergic to kiwi btw | constraints | kiwi | my son is allergic to kiwi btw",
			"I read X                           | Mostly I read horror and true crime | interests | horror | I read your email yesterday",
			"and mum of N after a job           | I'm a midwife and mum of three | personal | mum of three | my sister is a midwife and mum of three",
			"to whom it may concern             | To whom it may concern, I am a pharmacist residing in Halifax | personal | Halifax | To whom it may concern, my client is a pharmacist residing in Halifax",
			"an employer after a director of    | I am the managing director of Fenwick Tools | professional | Fenwick Tools | my father is the managing director of Fenwick Tools",
			"as a diet                          | As a vegan, I need to know if this has honey | constraints | vegan | As a vegan restaurant, do you have oat milk?",
			"as someone with a condition        | As someone with epilepsy, I avoid flashing lights | constraints | epilepsy | my son has epilepsy",
			"both have a condition              | My daughter and I both have coeliac | constraints | coeliac | my daughter and my wife both have coeliac",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'm thinking of taking up golf, but who knows",
			"what's the difference between the keto and the paleo box",
			"my friend is 31F, Cardiff, into climbing",
			"can you contact me by email?",
			"my husband is the one with the shellfish allergy not me, can you take it off",
			"I left my phone on the train, has anyone handed it in",
			"I used to work from home, now I'm back in the office",
			"Retired? no, I'm still working",
			"the budget for the new stadium is 500 million",
			"the wifi keeps dropping which is a nightmare",
			"we've got a friend called Tom coming over",
			"love the new update, thanks",
			"Good morning, I am Dr. Osei",
			"Kind regards, Support",
			"my husband, 45M, Leeds, into golf, needs a present",
			"the kids and I are in Leeds for the weekend",
	})
	void doubtsOthersQuestionsAndOneOffsInTheNewFormsTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}

	@Test
	void aListAboutTheWriterStopsAtSomeoneElse() {
		// given a list that starts about the writer and goes on about their son
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "Nurse in Derby, my son, into rugby"));

		// then the writer's job and place are learned, the son's interest is not
		assertThat(facts).extracting(ExtractedFact::category).contains("professional").doesNotContain("interests");
	}

	@Test
	void aRunOnQuestionKeepsTheStatementBeforeIt() {
		// given a statement with a question run on after it, and no punctuation
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t",
				"I take my thyroid tablets every morning with breakfast can they go in a blister pack"));

		// then the routine (and, since round five, the medicine taken: a health constraint) is learned and the question adds nothing
		assertThat(facts).extracting(ExtractedFact::category).containsOnly("behavior", "constraints");
		assertThat(facts).filteredOn(fact -> "behavior".equals(fact.category())).singleElement()
			.satisfies(fact -> assertThat(fact.value()).contains("every morning"));
	}

	@Test
	void aPlaceTheWriterWorksOutOfIsNotAnEmployer() {
		// given a trade "based out of" a city
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm a contractor, based out of Denver"));

		// then the city is where they live, not a company
		assertThat(facts).extracting(ExtractedFact::type).containsExactlyInAnyOrder("job", "location");
	}

	@Test
	void aHabitOnALunchBreakIsOneRoutineNotAlsoATaste() {
		// given a habit said with a lunch break
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I usually order on my lunch break"));

		// then it is one routine of behaviour
		assertThat(facts).extracting(ExtractedFact::category).containsExactly("behavior");
	}

	@Test
	void aBudgetKeepsTheAmountAsWritten() {
		// given a budget in the writer's own words
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "the budget for a van is max 15k for us"));

		// then its value is normalised and its subject is what they wrote
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.value()).isEqualTo("Budget is at most 15000");
			assertThat(fact.subject()).isEqualTo("15k");
		});
	}
}
