package io.parley.learning.local;

import java.util.List;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round eight, the shared sentence filters and clause splitting: a second state after "and" keeps the writer's "I'm"
 * ("I'm asthmatic and a runner"), more second verbs keep their "I" ("... and do pilates on Mondays", "... and want to
 * study law"), a participle after "I'm X," goes on about the writer, a clause with a subject of its own ("and the app
 * keeps crashing", "bc the cheap stuff is awful") ends the writer's, "and was wondering if ..." leaves nothing behind,
 * a run-on question after "can't"/"don't" no longer cuts the statement, reported speech later in a sentence drops only
 * its own clause, a statement before a trailing "if ...?" is no question, "going forward"/"from now on", "PS", "worth mentioning"
 * opening a statement are no part of it, "not sure if relevant" imagines nothing, a
 * reason opening the sentence ("since I'm vegan, ...") and "tho" end where they should, the writer's own words
 * again ("like I said, I'm vegan", "I've told your colleague I'm coeliac") are no one else's speech, and "can you just give me brief answers" without its mark is a request. Each construction is tested with other fillers than the dev sentence it was found in,
 * and with a lookalike that must teach nothing.
 */
class LocalFactExtractorRoundEightFiltersTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a second state after and: a/an X          | I'm asthmatic and a keen runner | interests | runner | my son is coeliac and a runner",
			"a second state after and: a role          | I'm a plumber and a dad of three | personal | dad of three | I'm looking for a desk and a chair",
			"a second state after and: -ing            | I'm vegan and training for a half marathon in April | goals | half marathon | my wife is vegan and training for a half marathon",
			"a second verb after and: do X on a day    | I swim twice a week and do pilates on Mondays | interests | pilates | my wife swims twice a week and does pilates on Mondays",
			"a second verb after and: volunteer        | I'm retired and volunteer at the food bank on Fridays | behavior | fridays | my dad is retired and volunteers at the food bank on Fridays",
			"a second verb after and: want to          | I'm in year 12 and want to study law at Durham | goals | law | my daughter is in year 12 and wants to study law at Durham",
			"and also I                                | I speak Welsh and also I am obsessed with rugby | interests | rugby | my husband speaks Welsh and also he is obsessed with rugby",
			"a reason after bc                         | I only buy organic coffee bc the cheap stuff is awful | preferences | organic coffee | my mum only buys organic coffee bc the cheap stuff is awful",
			"and was wondering if                      | I live in Cork and was wondering if you deliver there | personal | Cork | was wondering if you deliver to Cork",
			"a run-on after don't do                   | I don't do the gym, I run every morning | behavior | every morning | do you do the gym, or run every morning?",
			"a participle after I'm X,                 | Hello, I am Ana Silva, travelling with my two kids | personal | Ana Silva | Hello, is Ana Silva travelling with her two kids?",
			"reported speech later in the sentence     | I'm 45, I run twice a week, and my physio said my knees are fine | personal | 45 | my physio said I look 45, and I laughed",
			"a carer's advice later in the sentence    | I'm vegan, and my GP says I should cut down on salt | constraints | cut down on salt | my sister is vegan, and her GP says she should cut down on salt",
			"a statement before a trailing if ...?     | I'm gluten free if that matters? | constraints | gluten | is it gluten free if I skip the sauce?",
			"from now on / going forward opening a wish | Going forward only talk to me in Italian, I need the practice | communication | Italian | from now on my son only talks to me in Italian",
			"not sure if relevant, but                 | Not sure if relevant but I'm coeliac | constraints | coeliac | not sure if relevant but my son is coeliac",
			"PS opening a statement                    | PS I'm vegan, almost forgot | constraints | vegan | ps my sister is vegan",
			"worth mentioning opening a statement      | Worth mentioning I'm deaf, so texts only | constraints | deaf | worth mentioning my dad is deaf",
			"a reason opening the sentence             | Since I'm lactose intolerant, no cream please | constraints | lactose | since my son is lactose intolerant, no cream please",
			"tho after a statement                     | i'm a dental nurse tho so i know the drill | professional | dental nurse | my mum's a dental nurse tho so she knows the drill",
			"the writer's own words again              | Like I said before, I'm allergic to sesame | constraints | sesame | like I said, my husband is allergic to sesame",
			"the writer told someone before            | I've told your colleague twice that I'm coeliac | constraints | coeliac | my sister told your colleague twice that she's coeliac",
			"can you just give me X, without its mark  | Could you just give me brief answers, I'm on my phone | communication | short | could you just give me a refund, the box was empty",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"I walk the dog every morning at 6am and the app keeps crashing | app",
			"I swim twice a week and do pilates on Mondays | and do pilates",
			"I only buy organic coffee bc the cheap stuff is awful | cheap",
			"I live in Cork and was wondering if you deliver there | wondering",
	})
	void aClauseOfItsOwnIsNotGluedToTheWritersFact(String text, String notIn) {
		// given a statement of the writer's followed by a clause of its own
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then the writer's facts are learned, without the other clause's words
		assertThat(facts).as(text).isNotEmpty();
		assertThat(facts).as(text).noneSatisfy(fact -> assertThat(fact.value().toLowerCase()).contains(notIn));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"no, my sister lives in Leeds now",
			"my wife says I'm a workaholic, and I love coffee",
			"I want to know if you ship to Spain?",
			"I'm into hiking and I'm looking for a desk and a chair?",
			"my son is 19 and a brand new driver",
			"could you just give me a refund?",
	})
	void lookalikesTeachNothing(String text) {
		// given someone else, reported speech, a question, or a request for another
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}
}
