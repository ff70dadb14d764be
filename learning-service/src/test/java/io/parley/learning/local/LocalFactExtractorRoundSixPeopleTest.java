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
 * The sixth round's people forms (personal, professional, interests, goals), found in an eighth outside writer's set:
 * each construction is tested with other fillers than the dev sentence it was found in, and with a lookalike that
 * must teach nothing (someone else, a question, reported speech, a negation); then the wrong facts that set showed
 * (a hobby read as a job, "I run cold" read as running, a baby on the way read as a goal, a faith given as the reason
 * for a food request, English as a third language beside the named ones).
 */
class LocalFactExtractorRoundSixPeopleTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"I've moved to X                     | I've moved to Leeds now | personal | Leeds | my sister has moved to Leeds now",
			"moved here from X                   | I moved here from Lagos in 2019 | personal | Lagos | my parents moved here from Lagos in 2019",
			"moved to X from Y                   | we just moved to Perth from Durban last spring | personal | Durban | did you just move to Perth from Durban?",
			"a residency status                  | I'm a permanent resident so I can't vote here | personal | permanent resident | is a permanent resident allowed to vote?",
			"a pensioner                         | I'm a pensioner so every pound counts | personal | pensioner | my mum is a pensioner so every pound counts",
			"my flat in X                        | Please deliver to my flat in Leith as usual | personal | Leith | Please deliver to my mum's flat in Leith as usual",
			"from my garden in X                 | I grow chillies in my garden in Cardiff | personal | Cardiff | I grow chillies in my neighbour's garden in Cardiff",
			"the town they work in               | I work in Swindon, so weekday visits are hard | personal | Swindon | my husband works in Swindon, so weekday visits are hard",
			"shifts at a workplace               | I work nights at the hospital so mornings are out | professional | hospital | my wife works nights at the hospital so mornings are out",
			"hours at a workplace                | I work 7 to 3 at the depot, so afternoons suit me | professional | depot | does anyone work 7 to 3 at the depot?",
			"my employer, X                      | I'm writing on behalf of my employer, Baxter & Finch, about the invoice | professional | Baxter & Finch | I'm writing on behalf of my client, Baxter & Finch, about the invoice",
			"a team of N at a workplace          | We're a team of 8 at a small design studio in Leeds | professional | design studio | They're a team of 8 at a small design studio in Leeds",
			"a vocative before the job           | dude I'm an electrician, I know what a breaker is | professional | electrician | dude my dad's an electrician, he knows what a breaker is",
			"a title as letters at a workplace   | I'm a TA at a secondary school in Bristol | professional | TA | is a TA at a secondary school paid more?",
			"a school year                       | I'm in year 12 and hoping for good grades | professional | year 12 | my son is in year 12 and hoping for good grades",
			"a school year and what they aim for | I'm in grade 10 and want to study law at Dalhousie | goals | law | my daughter is in grade 10 and wants to study law at Dalhousie",
			"a school they aim for               | I'm in year 13 and want to study history at Durham | goals | Durham | is year 13 too late to study history at Durham?",
			"got into X                          | I recently got into bouldering and love it | interests | bouldering | I got into trouble at work",
			"obsessed w/ X                       | lowkey obsessed w/ matcha lattes rn | interests | matcha lattes | my kid is obsessed w/ dinosaurs",
			"golf with its handicap              | I play off a 9 handicap most weekends | interests | golf | my husband plays off a 9 handicap",
			"a pet's breed with its age          | Cockapoo, 2 years old. What harness size? | personal | cockapoo | Is the cockapoo, 2 years old, still available?",
			"a pet in French                     | J'habite à Lyon et j'ai un chat | personal | cat | Mon frère a un chat",
			"a lower-case introduction           | hi i'm maya, 31, from leeds | personal | Maya | is maya, 31, from leeds your client?",
			"a lower-case age                    | hi i'm tom, 45, new here | personal | 45 | hi is tom, 45, new here?",
			"languages better than English       | I speak Polish and Russian better than English | personal | Polish | do you speak Polish and Russian better than English?",
			"a translator's language codes       | I'm a conference interpreter (ES/PT/EN) and need a receipt | personal | Spanish | I need an interpreter (ES/EN) for Friday",
			"languages before an Nth one         | English is my second language after Somali | personal | Somali | is English your second language?",
			"a car by its year                   | any update on the clutch for my 2014 Golf? | personal | 2014 Golf | any update on the clutch for my dad's 2014 Golf?",
			"a car by its make                   | will the roof box fit our Skoda Octavia? | personal | Skoda Octavia | will the roof box fit a Skoda Octavia?",
			"an inline sign-off                  | Please send the statement by post. Kind regards, Dr. A. Mensah | personal | Mensah | Kind regards to Dr. Mensah from all of us.",
			"address me as a title and name      | Please address me as Ms. Okafor in letters | personal | Okafor | Please address the letter to Ms. Okafor.",
			"the baby of the household           | please knock quietly, the baby naps after lunch | personal | baby | is the baby carrier still in stock?",
			"a resolution as a fragment          | new year new me — going to finally run a marathon this year | goals | marathon | my husband says he's going to finally run a marathon this year",
			"a doctoral candidate                | I'm a doctoral candidate in linguistics at Leiden University | professional | doctoral candidate | are doctoral candidates in linguistics at Leiden University eligible?",
			"a candidate's institution           | I'm a PhD candidate in geology at the University of Otago | professional | University of Otago | my son is a PhD candidate in geology at the University of Otago",
			"a degree with its school            | I'm doing my masters in economics at LSE and need the licence | professional | LSE | my son is doing his masters in economics at LSE",
			"a baby on the way is family         | We're expecting a baby in June | personal | baby | My sister is expecting a baby in June",
			"a referee                           | I'm a rugby referee so my weekends are busy | professional | referee | the referee was awful on Saturday",
			"a named pet beside a question       | how much is a vet check, my spaniel Bramble is 2 now | personal | spaniel | is my spaniel Bramble too young for the vet check?",
			"a named pet beside an if            | if you allow dogs I'd bring my beagle Toffee, she is quiet | personal | beagle | if you allow dogs I'd bring a beagle, they are quiet",
			"pronouns are who they are           | Pronouns she/her, thanks | personal | she/her | my sister's pronouns are she/her",
			"a pastime kept up since             | I've played the oboe since I was 10 | interests | oboe | I've played with the settings for ages",
			"a pastime done a lot                | I sew a lot in the evenings | interests | sew | I sew a button on, is that ok?",
			"a season ticket holder              | I'm a season ticket holder at Hearts | interests | Hearts | is a season ticket holder at Hearts entitled to a refund?",
			"an apprenticeship in a trade        | I'm doing an apprenticeship in carpentry | professional | carpentry | my son is doing an apprenticeship in carpentry",
			"the household's language            | my wife's Polish so we speak Polish at home | personal | Polish | do you speak Polish at home?",
			"a field of work before a place      | I work in tech sales in London | professional | tech sales | my brother works in tech sales in London",
			"a physio                            | I'm a physio so I know my way around a foam roller | professional | physio | my physio says I should rest",
			"music taught part time              | I teach guitar part time | professional | guitar | my brother teaches guitar part time",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'm an amateur photographer",
			"I'm a keen gardener",
			"I'm a hobbyist woodworker",
			"I'm a bedroom producer" })
	void aHobbyQualifierMakesNoJob(String text) {
		// given a writer who says what they do for fun with a job word
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then no job is learned
		assertThat(facts).as(text).noneMatch(fact -> "professional".equals(fact.category()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "I run cold so I need a warm duvet", "I run hot at night, is the topper cooling?", "I run late most days" })
	void runningColdOrLateIsNoActivity(String text) {
		// given "run" used for how the writer is, not what they do
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then no interest is learned
		assertThat(facts).as(text).noneMatch(fact -> "interests".equals(fact.category()));
	}

	@Test
	void aFaithGivenAsTheReasonForAFoodRequestIsNotRecorded() {
		// given a faith said only as the reason for what to leave out
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm Hindu so no beef in the hamper please"));

		// then the food is a constraint and the faith is not recorded
		assertThat(facts).anySatisfy(fact -> assertThat(fact.category()).isEqualTo("constraints"));
		assertThat(facts).noneMatch(fact -> "religion".equals(fact.type()));
	}

	@Test
	void englishBesideNamedLanguagesIsNotRecordedButAloneItIs() {
		// given English as a later language beside named ones, and alone
		List<ExtractedFact> named = extractor.extract(ExtractionRequest.of("t", "English is my third language after Tigrinya and Arabic."));
		List<ExtractedFact> alone = extractor.extract(ExtractionRequest.of("t", "English is my second language so please keep it simple"));

		// then the named languages are learned, English only when it is all that is said
		assertThat(named).extracting(ExtractedFact::subject).contains("Tigrinya", "Arabic").doesNotContain("English");
		assertThat(alone).extracting(ExtractedFact::subject).contains("English");
	}

	@Test
	void aDegreeKeepsItsSchoolAndField() {
		// given a degree said with its field and school
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "im doing my masters in data science at TU Delft"));

		// then the field is learned and the degree says where
		assertThat(facts).extracting(ExtractedFact::value).contains("Studies data science", "Is doing a masters at TU Delft");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"my dream car is a 2009 Civic",
			"if I bought a Fiat 500, would it fit?",
			"Thanks, Sarah",
			"my sister's baby sleeps 1-3pm so she can't come",
			"going to the gym tonight",
			"I got into the car and it wouldn't start",
			"I work in Marketing",
			"we're a team of 12, looking for a desk plan",
			"I've moved to Plan B",
			"I got into Oxford!",
			"I'm in grade 5 at piano",
			"we're expecting rain this weekend",
			"I sold my Honda Civic last year",
			"my 2009 Civic was stolen",
			"my son drives my old Golf now",
			"my cat Luna died last week" })
	void lookalikesOfTheNewFormsTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}
}
