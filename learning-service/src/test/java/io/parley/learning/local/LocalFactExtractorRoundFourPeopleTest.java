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
 * The fourth round of forms outside writers use about who they are (places and moves said on the way, family in
 * passing, household languages and nationalities, jobs as promotions and durations, budgets as limits, diets and
 * conditions, how to be contacted or spoken to): each construction is tested with other places, jobs, amounts and
 * channels than the dev set it was found in, and with a lookalike that must teach nothing (someone else, a question,
 * a stay, a one-off, a negation, a count that is not money).
 */
class LocalFactExtractorRoundFourPeopleTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"from A but living in B                | I'm from Porto but living in Leeds these days | personal | Leeds | my wife is from Porto but living in Leeds these days",
			"used to live in A but moved to B      | used to live in Cork but moved to Galway in 2019 | personal | Galway | my brother used to live in Cork but moved to Galway in 2019",
			"a name then just moved to             | I'm Priya, just moved to Bristol and need a GP | personal | Bristol | my sister, just moved to Bristol, needs a GP",
			"in a small town in a region           | we live in a small town outside Leeds so delivery takes ages | personal | Leeds | we stayed in a small town outside Leeds on holiday",
			"in rural X                            | I'm in rural Devon, the signal is awful | personal | Devon | I'm in rural Devon for the weekend",
			"just had a baby                       | I just had a baby girl, need a quiet pram | personal | baby girl | my sister just had a baby girl",
			"our twins                             | my twins start nursery on Monday | personal | twins | my sister's twins start nursery on Monday",
			"bilingual household                   | we're a bilingual Spanish/English family | personal | Spanish | is the school bilingual Spanish/English?",
			"we speak X at home                    | we speak Polish at home | personal | Polish | they speak Polish at home",
			"nationality in another tongue         | je suis française, mais j'habite à Londres | personal | French | je suis fatiguée",
			"an English nationality                | I'm Nigerian, living in Hull | personal | Nigerian | my husband is Nigerian",
			"call me X is how to address them      | you can call me Rob, everyone does | communication | Rob | can I call you Rob?",
			"I go by X                             | I go by Alex at work | communication | Alex | I go by bus to work",
			"full name                             | Liz is short for Elizabeth btw | personal | Elizabeth | short for time today",
			"promoted to                           | finally got promoted to senior nurse! | professional | nurse | my wife finally got promoted to senior nurse!",
			"qualified as                          | I just qualified as a plumber | professional | plumber | my son just qualified as a plumber",
			"been a X for N years                  | been a teacher for 20 years, need a break | professional | teacher | been a nightmare for 20 minutes, need a refund",
			"been a X N years, not before retiring | I've been a welder 15 years | professional | welder | I was a welder 15 years before I retired",
			"I manage a team at a company          | I lead the design team at Spotify | professional | Spotify | I lead the design team at work",
			"tools after a job                     | Backend dev, mostly Go and Kubernetes | professional | Kubernetes | my brother is a backend dev, mostly Go and Kubernetes",
			"no more than an amount                | no more than 50 euros a month please | constraints | 50 | no more than 50 people a month",
			"can't go over                         | I can't go over $300 for the whole trip | constraints | 300 | I can't go over the bridge",
			"need X under an amount                | need a tent under 100 quid | constraints | 100 | my son needs a tent under 100 quid",
			"tight budget and the amount asked     | money's tight, anything under £25 a month? | constraints | 25 | anything under £25 a month?",
			"tight budget alone                    | budget's tight | constraints | tight budget | my budget's tight this month",
			"a medical diet                        | I'm on a low fodmap diet | constraints | fodmap | my mum is on a low fodmap diet",
			"a medical diet as a fragment          | on a renal diet so no bananas | constraints | renal | is the soup ok on a renal diet?",
			"sober                                 | 18 months sober, so mocktails only | constraints | alcohol | my dad is 18 months sober",
			"I don't drink                         | I don't drink, so skip the wine pairing | constraints | alcohol | I don't drink enough water",
			"a diet alone                          | Vegan. what's on the menu for me | constraints | vegan | The vegan one.",
			"X only                                | kosher only please | constraints | kosher | is it kosher only?",
			"a condition after a food request      | no bread for me, coeliac | constraints | coeliac | no bread for my son, coeliac",
			"a faith rules out a food              | I'm Muslim so no pork in the hamper please | constraints | pork | my neighbour is Muslim so no pork please",
			"body condition                        | I have plantar fasciitis so I need cushioned shoes | constraints | plantar fasciitis | my wife has plantar fasciitis",
			"message me on an app                  | message me on Telegram please | communication | telegram | did you message me on Telegram?",
			"send me X by a channel                | send me the receipt by email please | communication | email | you sent me the receipt by email",
			"no push notifications                 | please stop sending me notifications | communication | notifications | I don't get notifications on my phone",
			"a channel person                      | I'm more of an email person | communication | email | I'm more of a morning person and a cat person, lol",
			"not a phone person                    | I'm not a phone person, email is easier | communication | phone | my dad is not a phone person",
			"talk casually                         | speak to me like a friend please | communication | casual | he speaks to me like a friend",
			"reply language in that language       | por favor, respóndame en español | communication | Spanish | mi hijo estudia en español",
			"contact request as a question         | could you email me instead of calling? | communication | email | could you email me the invoice?",
			"I'm in field                          | I'm in recruitment, so I know the market | professional | recruitment | I'm in trouble with my landlord",
			"a field in capitals                   | im in IT and work late | professional | IT | im in the office late",
			"an allergy as a fragment              | severe peanut allergy here, is the satay safe? | constraints | peanut | my son has a severe peanut allergy",
			"an allergy noun after a comma         | sesame allergy, so no tahini please | constraints | sesame | the sesame allergy menu?",
			"a food that makes them ill            | dairy makes me really bloated | constraints | dairy | the dairy aisle was empty",
			"a food that disagrees                 | garlic doesn't agree with me | constraints | garlic | my wife says garlic doesn't agree with her",
			"stairs                                | I can't do stairs since my hip op | constraints | stairs | my mum can't do stairs",
			"stairs are hard                       | stairs are really hard for me, is there a lift | constraints | stairs | stairs are hard for my dad",
			"medication                            | I'm on blood thinners so no aspirin | constraints | blood thinners | my dad is on blood thinners",
			"keep it under                         | please keep it under €150 | constraints | 150 | please keep it under 5 minutes",
			"is all I can spend                    | £60 is all I can spend on the gift | constraints | 60 | £60 is all it costs",
			"to spend                              | I've got about $400 to spend | constraints | 400 | my son has got about $400 to spend",
			"pronouns                              | pronouns: they/them, thanks | personal | they/them | what are your pronouns?",
			"pronouns as a fragment                | she/her pls | personal | she/her | my sister uses she/her",
			"address me as                         | please address me as Dr Okafor | communication | Dr Okafor | please address the letter to Dr Okafor",
			"no sugarcoating                       | don't sugarcoat it, is my car worth fixing | communication | direct | the doctor didn't sugarcoat it",
			"informal                              | you can be informal with me | communication | casual | he can be informal with me",
			"a channel that works best             | voice notes are much easier for me | communication | voice note | voice notes are a new feature",
			"a newborn                             | I have a newborn so nights are rough | personal | newborn | my sister has a newborn",
			"a sugar-free diet                     | I'm on a sugar-free diet | constraints | sugar free | is it on a sugar-free diet menu",
			"a demonym                             | Londoner born and bred, need a local plumber | personal | London | the Londoner pub on Main St is great",
			"moved from A to B                     | we moved from Leeds to Bath last year | personal | Bath | my parents moved from Leeds to Bath last year",
			"moved here from                       | moved here from Lagos two years ago | personal | Lagos | my colleague moved here from Lagos",
			"years in a place                      | been in Toronto about 5 years now | personal | Toronto | been in Toronto for the weekend",
			"a single parent with children         | I'm a single dad with two boys | personal | dad of two boys | my brother is a single dad with two boys",
			"a couple just had a child             | my wife and I just had our second kid | personal | kid | my sister and her wife just had their second kid",
			"a parent of a child of some age       | Mum of a 3 year old here, anything quick for dinner? | personal | 3 year old | my daughter is mum of a 3 year old",
			"a second language                     | English is my second language so please keep it simple | personal | English | is English your second language?",
			"keep it simple                        | English is my second language so please keep it simple | communication | simple | my boss always says keep it simple",
			"spelling                              | please use British English spelling | communication | British English | does the app use British English spelling?",
			"like I'm 5                            | talk to me like I'm 5 | communication | simple | can he talk to me like I'm 5?",
			"prefer a channel                      | I'd prefer a call rather than email | communication | phone | would you prefer a call?",
			"no emojis                             | no emojis please | communication | no emojis | no emojis showing on my phone",
			"no calls                              | no calls please | communication | phone | no calls showing on my bill",
			"can't spend without I                 | Can't spend more than 20 bucks | constraints | 20 | can't spend more than 20 minutes on it",
			"amount max anywhere                   | Looking for something around 500 euros max | constraints | 500 | delivery is 5 euros max",
			"a budget of                           | I'm keeping to a budget of $1k for the whole holiday | constraints | 1000 | the council has a budget of $1k for the party",
			"a food with a reaction                | No shellfish please, I react badly | constraints | shellfish | No shellfish today, the boat didn't come in",
			"an allergy I've got                   | I've got a tree nut allergy | constraints | tree nut | my son's got a tree nut allergy",
			"a hearing impairment                  | I have a hearing impairment | constraints | hearing impairment | my dad has a hearing impairment",
			"tools before mostly                   | Software engineer here, Python mostly | professional | Python | my brother is a software engineer, Python mostly",
			"a dev with what they build             | Senior web dev at an agency | professional | web dev | the web dev at your agency was rude",
			"coming from a country                  | Hello, I am coming from Norway, I live now in Spain | personal | Norway | I am coming from Norway tomorrow by train",
			"work for myself                        | I work for myself as a plumber | professional | plumber | my dad works for himself as a plumber",
			"grew up speaking                       | I grew up speaking Tagalog | personal | Tagalog | my kids grew up speaking Tagalog",
			"a tone please                          | formal please | communication | formal | formal dress please",
			"money always tight after a statement   | I'm a stay at home mum of 3 and money is always tight | constraints | tight budget | my sister is a stay at home mum and money is always tight",
			"keep it around an amount               | I'd like to keep it around 30 euros a month | constraints | 30 | I'd like to keep it around 30 minutes a session",
			"a hyphenated nationality               | I'm British-Pakistani | personal | British-Pakistani | my wife is British-Pakistani",
			"work for myself as a status            | I work for myself these days | professional | self-employed | my brother works for himself",
			"a field of work                        | my job is in logistics | professional | logistics | my husband's job is in logistics",
			"on a budget after a role               | uni student on a budget, need cheap eats | constraints | tight budget | my son is a student on a budget",
			"a budget of an amount a month          | I have a budget of around 200 a month | constraints | 200 | the club has a budget of around 200 a month",
			"a channel please after a comma         | I don't have whatsapp, email please | communication | email | email please? what for",
			"in writing                             | please send everything in writing | communication | writing | he sent everything in writing",
			"I'd rather you did it another way      | I'd rather you texted than called | communication | text | I'd rather you didn't",
			"more comfortable in a language         | I'm more comfortable in Spanish | communication | Spanish | I'm more comfortable in trainers",
			"on the spectrum                        | I'm on the autism spectrum so please be direct | constraints | autism | my son is on the autism spectrum",
			"no car                                 | I don't have a car so public transport only | constraints | car | I don't have a car park at work",
			"recently divorced                      | I'm recently divorced and living alone now | personal | divorced | my sister is recently divorced",
			"a stammer                              | I have a stammer so calls are hard | constraints | stammer | my son has a stammer",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Please call me back tomorrow.",
			"call me when the parcel arrives",
			"my twin brother lives in Leeds",
			"we had a baby shower last week",
			"so my mum grew up in Leeds but moved to Cardiff",
			"I'm in a hotel in Rome this week",
			"I don't get push notifications any more, is that a bug?",
			"I was a nurse for 30 years before I retired",
			"no more than 3 emails a week",
			"the budget is tight for the council this year",
			"I was on a low salt diet after the surgery",
			"is the menu halal only?",
			"we're Irish dancing tonight",
			"nobody calls me anymore",
			"my husband is from Naples but living in Munich now",
			"she used to live in Paris but moved to Lyon",
			"our neighbours just had a baby, any gift ideas?",
			"nobody calls me back, this is ridiculous",
			"my boss manages a team of 12 engineers at Siemens",
			"no more than 2 per customer",
			"I can't go over the limit on my card",
			"my sister's budget is tight",
			"no dairy for my son please, he's lactose intolerant",
			"3 years sober is a big deal for my dad",
			"my wife is Muslim so no pork please",
			"I didn't get the push notifications",
			"send the parcel by post please",
			"mi hermano habla en español",
			"the dairy section makes me sick",
			"keep it under wraps please",
			"please address the parcel to my office",
			"don't sugarcoat the cake too much",
			"I have a newborn photo shoot booked",
			"nobody uses Facebook anymore",
			"I'm a Roman Catholic",
			"something around 500 euros max would be great for my son",
			"I'm on insulin pricing page",
			"I have a baby monitor that keeps beeping",
			"hi I'm from Vodafone, calling about your contract",
			"I'm from the marketing team at Acme, partnering inquiry",
			"I lead the quiz at the pub",
			"money's tight til payday",
			"Vegan! Love it",
			"halal only restaurants near me",
			"I moved the meeting to Friday",
			"I've moved to the premium tier",
			"I had a baby scan booked but need to move it",
			"just got promoted to gold status!",
			"been a member 5 years",
			"I can't go over there today",
			"no more notifications about this order please?",
			"I've got 20 minutes to spend",
			"been in Toronto a few days for a conference",
			"I have a budget of 3 hours for this",
			"I'm more comfortable in person",
			"on a budget airline flight",
	})
	void othersStaysPastStatesAndQuestionsInTheNewFormsTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}

	@Test
	void aTightBudgetWithAnAmountIsOneBudgetOfThatAmount() {
		// given a tight budget and, later in the message, the amount asked for as a question
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "anything under 20 a month? money's tight at home"));

		// then the one budget fact is the amount
		assertThat(facts).filteredOn(fact -> "budget".equals(fact.key())).singleElement()
			.satisfies(fact -> assertThat(fact.value()).startsWith("Budget is at most 20 a month"));
	}

	@Test
	void aWheelchairUserIsOneFact() {
		// given a wheelchair user who says so with "I'm a wheelchair user"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm a wheelchair user, is there a lift?"));

		// then one accessibility fact is learned, not two
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.value()).isEqualTo("Uses a wheelchair"));
	}

	@Test
	void anAllergyToAnAnimalIsNoPet() {
		// given an allergy named after an animal
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I have a dog allergy, is the cottage pet free?"));

		// then the allergy is learned and no dog
		assertThat(facts).extracting(ExtractedFact::category).containsExactly("constraints");
	}

	@Test
	void anAppAfterMessageMeIsTheChannel() {
		// given "message me" with the app it should go through
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "Message me on Signal please, I never read email"));

		// then the channel is the app, not text
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.subject()).isEqualTo("signal"));
	}

	@Test
	void aDietSaidAsAnEatingHabitIsOnlyADiet() {
		// given a diet said with "only eat"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "we only eat halal"));

		// then it is one constraint, not also a habit
		assertThat(facts).extracting(ExtractedFact::category).containsExactly("constraints");
	}

	@Test
	void smsKeepsTheWordTheWriterUsed() {
		// given a channel asked for as "sms"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "send me the code by sms please"));

		// then the channel is text, said as SMS
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.value()).isEqualTo("Prefers contact by text (SMS)"));
	}

	@Test
	void intolerantToSomethingIsAnIntoleranceNotAnInterestInLerant() {
		// given an intolerance said with "to", where "intolerant" starts with "into"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm intolerant to lactose"));

		// then it is the intolerance only
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("constraints");
			assertThat(fact.value()).isEqualTo("Is lactose intolerant");
		});
	}

	@Test
	void myPronounsAreTheyThemIsAStatementNotAQuestionAboutThem() {
		// given pronouns said in a sentence whose "are they" reads like a run-on question
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "hi, my pronouns are they/them"));

		// then the pronouns are learnt, and someone else's teach nothing
		assertThat(facts).singleElement().satisfies(fact -> {
			assertThat(fact.category()).isEqualTo("personal");
			assertThat(fact.value()).isEqualTo("Uses they/them pronouns");
		});
		assertThat(extractor.extract(ExtractionRequest.of("t", "my son's pronouns are they/them"))).isEmpty();
	}

	@Test
	void amWithoutTheIIsAStatementAboutTheWriter() {
		// given writers who leave out the "I", and the question and negation that look like them
		List<ExtractedFact> teacher = extractor.extract(ExtractionRequest.of("t", "Hello, am a nurse in leeds, need a planner"));
		List<ExtractedFact> question = extractor.extract(ExtractionRequest.of("t", "am I eligible as a teacher"));
		List<ExtractedFact> negation = extractor.extract(ExtractionRequest.of("t", "am not a student"));

		// then the statement teaches the job and the place, the question and the negation nothing
		assertThat(teacher).extracting(ExtractedFact::value).containsExactlyInAnyOrder("Works as a nurse", "Lives in Leeds");
		assertThat(question).isEmpty();
		assertThat(negation).isEmpty();
	}
}
