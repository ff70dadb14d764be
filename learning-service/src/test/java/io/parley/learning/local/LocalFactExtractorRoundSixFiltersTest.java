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
 * Round six, the shared sentence filters: what dropped a whole sentence before any rule read it (a laugh anywhere, an
 * emoji in place of a full stop, a question without its mark before a statement, any "if", a doctor's advice) now
 * drops only the part it is about. Each construction is tested with other fillers than the dev sentence it was found
 * in, and with a lookalike the filter exists for, which must still teach nothing.
 */
class LocalFactExtractorRoundSixFiltersTest {

	private final LocalFactExtractor extractor = new LocalFactExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"an emoji ends a statement before a question | vegan since january 🌱 what do you recommend tonight? | constraints | vegan | my wife is vegan 🌱 what do you recommend tonight?",
			"an emoji ends a plan before a question      | training for my first 10k in may 🏃 any shoes you'd recommend? | goals | 10k | my son is training for his first 10k in may 🏃 any shoes you'd recommend?",
			"a joke emoji ends only its own sentence     | ugh, the app crashed again 🙄 I'm a teacher in Leeds | professional | teacher | yeah I'm a teacher, obviously 🙄 why is shipping so dear",
			"a laugh inside a sentence ends its part     | ordering again lol, I'm vegetarian btw | constraints | vegetarian | lol I'm vegetarian, obviously",
			"a laugh before a dash                        | looking for a present for myself lol — I collect vintage cameras | interests | vintage cameras | lol — my dad collects vintage cameras",
			"a laughing aside                             | I'm a huge Arsenal fan (sadly lol), any shirts in XL? | interests | Arsenal | I'm a huge Arsenal fan lol",
			"a closing laugh after and                    | I'm in Cork and the last parcel took a month lol | personal | Cork | my sister's in Cork and the last parcel took a month lol",
			"a statement after a mark-less question       | how much is the 128gb one, I'm in Nairobi | personal | Nairobi | how much is the 128gb one, my cousin is in Nairobi",
			"sorry and a statement after a question       | how do i change my pin, sorry im 81 and new to this | personal | 81 | how do i change my pin, sorry my dad is 81",
			"a question after a dash                      | I'm allergic to sesame — is the bread safe? | constraints | sesame | my son is allergic to sesame — is the bread safe?",
			"a wish with a condition                      | I'd love to learn the cello one day if I ever find the time | goals | cello | I'd learn the cello if I had the time",
			"a statement before an if clause              | I speak Polish and Czech, if you have an advisor who speaks either that would help | personal | Polish | if I spoke Polish would that help?",
			"a grateful wish with if                      | being vegan, I'd appreciate it if the menu had more options | constraints | vegan | I'd be vegan if the menu had more options",
			"a doctor says I should                       | my GP says I should cut back on sugar | constraints | sugar | my GP says my son should cut back on sugar",
			"a carer told me to                           | my dietitian told me to avoid red meat | constraints | red meat | my sister's dietitian told her to avoid red meat",
			"a title that ends no sentence                | Please address me as Mx. Okafor | communication | Mx. Okafor | Is Mx. Okafor in today?",
			"a vocative before a statement                | mate I'm an electrician, I know how fuses work | professional | electrician | mate my brother's an electrician",
			"can you not is a request not to              | can you not send me push notifications at night pls | communication | push notifications | can my husband not send you the notifications?",
			"a closing I suppose is a hedge               | I'm vegetarian now I suppose | constraints | vegetarian | suppose I went vegetarian, what could I eat",
			"I get asked is no reported speech            | As a nurse, I get asked this a lot | professional | nurse | my friend asked if I'm a nurse",
			"a reason after what the writer needs to know | I need to know if the flat allows cats because I have two cats | personal | two cats | I need to know if the flat allows cats because my sister has two cats",
	})
	void aConstructionStatesAFactAndItsLookalikeStatesNone(String construction, String text, String category,
			String about, String lookalike) {
		// given a message in the construction, and its lookalike
		ConstructionCheck.statesTheFactAndTheLookalikeNone(extractor, text, category, about, lookalike);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"I'd be a millionaire if I had a pound for every login",
			"I'll go vegan if the price is right",
			"I'm not sure if I'm lactose intolerant",
			"Yeah right, as if I'd ever switch banks",
			"what if I moved to Spain, would my card work",
			"If I were vegan, I'd eat here every day",
			"lol I wish I lived in Hawaii",
			"I'm basically a professional napper at this point lol, anyway can I change my slot",
			"lol imagine me running a marathon 😂 anyway how do I cancel",
			"Pizza is my weakness lol, do you deliver late?",
			"yeah right lol, I'm a vegan now",
			"I'm basically a vampire lol, I only go out at night",
			"I'm a millionaire 😂 I own three yachts",
			"haha my mate reckons he's vegan now, is that a thing?",
			"My neighbour's dog keeps barking lol, just a heads up",
			"my friend is vegan 🌱 what do you recommend?",
			"how much is it, my brother lives in Lagos",
			"my doctor says my daughter should avoid dairy",
			"the physio told me to stay off running for two weeks",
			"my doctor says I'm fine",
			"I don't have a bike, I'm just asking for a friend who cycles",
			"I'd rather pick it up in store today",
			"Is Dr. Patel in today?",
	})
	void trapsTheFiltersExistForStillTeachNothing(String text) {
		// given a message that is a joke, a hypothetical, a question, someone else's or a one-off
		// when it is read
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", text));

		// then nothing is learned
		assertThat(facts).as(text).isEmpty();
	}

	@Test
	void anEmojiBeforeAWordThatGoesOnEndsNoSentence() {
		// given an emoji in the middle of a statement that goes on with "so"
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm coeliac 😩 so everything has to be gluten free"));

		// then the statement is read whole
		assertThat(facts).extracting(ExtractedFact::category).contains("constraints");
	}

	@Test
	void aLaughAtTheEndOfASingleClauseStillDropsIt() {
		// given a statement laughed at, with nothing before it
		List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("t", "I'm a professional napper lol, is the mattress firm?"));

		// then the laughed-at clause teaches nothing
		assertThat(facts).isEmpty();
	}
}
