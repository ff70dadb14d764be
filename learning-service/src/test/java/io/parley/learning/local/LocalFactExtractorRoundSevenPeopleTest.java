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
 * Round seven (people: personal, professional, interests, goals), from a ninth outside writer's set: each construction
 * is tested with other names, places, jobs and aims than the dev sentence, and with a lookalike that must teach nothing
 * (someone else, a question, a one-off, a purchase, a negation).
 */
class LocalFactExtractorRoundSevenPeopleTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"working on my degree in X          | Working on my masters in urban planning, need a laptop that lasts | professional | urban planning | my son is working on his masters in urban planning",
			"in the final year of my degree     | I'm in the final year of my degree in law, any student deals? | professional | law | is the final year of a law degree hard?",
			"moving for my degree               | I'm off to Glasgow in October for my PhD, do you deliver there? | professional | PhD | my daughter is off to Glasgow for her PhD",
			"a named pet's breed                | My cat Tofu is a ragdoll so she sheds a lot | personal | ragdoll | my neighbour's cat Tofu is a ragdoll",
			"a named pet's breed after a comma  | we adopted our dog Bruno, a greyhound, last year | personal | greyhound | is your dog Bruno a greyhound?",
			"X stan                             | I'm a BTS stan, got any merch? | interests | BTS | my daughter is a BTS stan, got any merch?",
			"X stan here                        | Taylor Swift stan here, when are tickets out | interests | Taylor Swift | is a Taylor Swift stan here?",
			"foreign intro with a home town     | ich bin Jonas aus Hamburg, sorry for my English | personal | Hamburg | mein Bruder ist aus Hamburg",
			"name then a job                    | Hello, I'm Kofi, a civil engineer in Accra, need a quote | professional | civil engineer | Hello, is Kofi a civil engineer?",
			"name then a job and a town         | Hi! I'm Rosa, a primary teacher in Cardiff, do you do class sets? | personal | Cardiff | Hi! Is Rosa a primary teacher in Cardiff?",
			"running a department for an org    | I run HR for a small charity, we need payroll software | professional | HR | my wife runs HR for a small charity",
			"the org a department is run for    | I manage marketing for a family hotel | professional | family hotel | who manages marketing for the hotel?",
			"a named route as a goal            | I'm hoping to walk the West Highland Way next summer | goals | West Highland Way | my dad walked the West Highland Way last summer",
			"a named challenge as a goal        | we want to do the Three Peaks challenge in June | goals | Three Peaks | did you do the Three Peaks challenge?",
			"a debt to clear                    | I just want to pay off my student loan before I'm 30 | goals | student loan | can I pay off my student loan early?",
			"a wish with the I left out         | Hoping to get my pilot's licence next year | goals | licence | hoping to get the blue one please",
			"a self-employed trade              | I'm a self-employed plumber, can the invoice show my UTR? | professional | self-employed | is a self-employed plumber covered?",
			"the music of the band they play in | I drum in a jazz trio at weekends | interests | jazz | my son drums in a jazz trio",
			"a first big thing looked for       | Looking for my first flat in Leeds, any tips? | goals | first flat | my son is looking for his first flat",
			"writing in a role                  | Good afternoon. I write as the secretary of Fenwick Rowing Club regarding our booking | professional | secretary | Good afternoon. I write on behalf of the secretary of Fenwick Rowing Club",
			"writing in a role, the employer    | I am writing as the managing director of Orla Textiles Ltd about the late shipment | professional | Orla Textiles | I am writing to the managing director of Orla Textiles Ltd",
			"studying at a town                 | I study nursing at Leeds now, any student discount? | personal | Leeds | does anyone study nursing at Leeds?",
			"a big purchase is a goal           | I want to buy a flat in Lisbon in a few years | goals | flat | I want to buy a new laptop",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I want to buy two tickets for Saturday",
			"I want to order the large one",
			"I just want to find the right size",
			"yes I'm the account holder",
			"I'm the policy owner",
			"Would love to know if you ship to Spain",
			"my son is doing a masters in physics",
	})
	void purchasesRolesToAThingAndOthersTeachNothing(String text) {
		// given a message that only looks like one of the new constructions
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).filteredOn(fact -> List.of("personal", "professional", "interests", "goals").contains(fact.category())).isEmpty();
	}

	@Test
	void theAccountOwnerIsNoJob() {
		// given an account owner who says where they are based
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "yes I'm the account owner, I'm based in Denver"));

		// then the place is learned and no job
		assertThat(facts).extracting(ExtractedFact::type).contains("location").doesNotContain("job");
	}

	@Test
	void aPetWithoutABreedKeepsItsName() {
		// given a named pet said to be something that is no breed
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "my dog Rolo is a real sweetheart, any calming treats?"));

		// then the pet is learned with its name and nothing is taken for a breed
		assertThat(facts).filteredOn(fact -> "pet".equals(fact.type())).singleElement()
			.satisfies(fact -> assertThat(fact.value()).isEqualTo("Has a dog named Rolo"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"I play bass in a small band on weekends and need new strings", "I play guitar in a covers band"})
	void aBandWithoutAKindOfMusicTeachesOnlyTheInstrument(String text) {
		// given a band described by its size or what it plays, not by its music
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then the instrument is learned and no "small" or "covers" music
		assertThat(facts).singleElement().satisfies(fact -> assertThat(fact.value()).startsWith("Plays ").doesNotContain("band"));
	}

	@Test
	void runningADepartmentIsNoPastime() {
		// given a writer who runs a department
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I run marketing at Acme Foods and we need a new CRM"));

		// then it is work, not running as a hobby
		assertThat(facts).extracting(ExtractedFact::category).doesNotContain("interests").contains("professional");
	}

	@ParameterizedTest
	@ValueSource(strings = { "I want to study and live in Lisbon", "I'm hoping to retire and settle in Porto one day",
			"I'd love to quit my job and move to Bali" })
	void aMoveOnlyWishedForIsNoHome(String text) {
		// given a writer who only wishes to live somewhere
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then no place is recorded as their home
		assertThat(facts).noneSatisfy(fact -> assertThat(fact.value()).startsWith("Lives in"));
	}

	@Test
	void aMoveMadeAfterAStatementIsStillAHome() {
		// given a writer who says where they are from and where they moved
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm from Naples but moved to Munich last year"));

		// then the new town is their home
		assertThat(facts).anySatisfy(fact -> assertThat(fact.value()).isEqualTo("Lives in Munich"));
	}
}
