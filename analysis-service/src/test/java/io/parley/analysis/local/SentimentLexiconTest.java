package io.parley.analysis.local;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentLexiconTest {

	final SentimentLexicon lexicon = new SentimentLexicon(
			Map.ofEntries(Map.entry("good", 2), Map.entry("great", 3), Map.entry("terrible", -3),
					Map.entry("squeak", -1), Map.entry("beautiful", 3), Map.entry("waste of money", -3),
					Map.entry("not acceptable", -3), Map.entry("thanks", 2), Map.entry("good morning", 1),
					Map.entry("lost", -1), Map.entry("broken", -2)),
			Set.of("not", "never"), Map.of("very", 1.5, "extremely", 2.0, "slightly", 0.5), Set.of("but"),
			Set.of("thanks", "good morning"), Set.of("🙄", "yeah right"));

	@Test
	void aNegatorFlipsTheSentimentWordAfterIt() {
		assertThat(lexicon.read("this is good").score()).isPositive();
		assertThat(lexicon.read("this is not good").score()).isNegative();
		assertThat(lexicon.read("it wasn't terrible").score()).isPositive();
	}

	@Test
	void aNegationEndsWithItsClause() {
		assertThat(lexicon.read("it does not work, terrible").score()).isNegative();
	}

	@Test
	void intensifiersStrengthenAndDiminishersWeaken() {
		double plain = lexicon.read("good").score();

		assertThat(lexicon.read("very good").score()).isGreaterThan(plain);
		assertThat(lexicon.read("extremely good").score()).isGreaterThan(lexicon.read("very good").score());
		assertThat(lexicon.read("slightly good").score()).isLessThan(plain);
	}

	@Test
	void whatFollowsButOutweighsWhatCameBefore() {
		assertThat(lexicon.read("the bike is beautiful but the brakes are terrible").score()).isNegative();
		assertThat(lexicon.read("the brakes squeak but the bike is great").score()).isPositive();
	}

	@Test
	void shoutingAndExclamationMarksAmplify() {
		assertThat(lexicon.read("THIS IS TERRIBLE").score()).isLessThan(lexicon.read("this is terrible").score());
		assertThat(lexicon.read("this is terrible!!!").score()).isLessThan(lexicon.read("this is terrible").score());
		assertThat(lexicon.read("THIS IS TERRIBLE").shouting()).isTrue();
	}

	@Test
	void multiWordTermsAreRecognised() {
		assertThat(lexicon.read("what a waste of money").score()).isNegative();
		assertThat(lexicon.read("what a waste of money").sentimentTerms()).isEqualTo(1);
	}

	@Test
	void anIdiomIsReadBeforeItsWordsSoItsNegationIsNotFlipped() {
		assertThat(lexicon.read("that is not acceptable").score()).isLessThan(-0.5);
	}

	@Test
	void courtesyAloneIsNeutralButCourtesyWithFeelingIsNot() {
		assertThat(lexicon.read("Good morning!").score()).isZero();
		assertThat(lexicon.read("ok thanks").score()).isZero();
		assertThat(lexicon.read("thanks, the bike is great").score()).isPositive();
	}

	@Test
	void askingAboutAProblemWeighsLessThanReportingIt() {
		double reported = lexicon.read("my parcel was lost and the box is broken.").score();
		double asked = lexicon.read("is the parcel lost or broken?").score();
		double hypothetical = lexicon.read("what happens if the parcel is lost or broken").score();

		assertThat(asked).isNegative().isGreaterThan(reported);
		assertThat(hypothetical).isNegative().isGreaterThan(reported);
	}

	@Test
	void aSarcasmMarkerTurnsPraiseIntoComplaint() {
		assertThat(lexicon.read("Great, another week without my refund 🙄").score()).isNegative();
		assertThat(lexicon.read("great service, yeah right").score()).isNegative();
		assertThat(lexicon.read("Great, my refund arrived").score()).isPositive();
	}

	@Test
	void textWithoutLexiconWordsIsNeutralWithNoCoverage() {
		SentimentLexicon.Reading reading = lexicon.read("Привет, где мой заказ?");

		assertThat(reading.score()).isZero();
		assertThat(reading.coverage()).isZero();
	}

	@Test
	void scoresStayBetweenMinusOneAndOne() {
		assertThat(lexicon.read("great great great great great great great great great").score()).isBetween(0.0, 1.0);
		assertThat(lexicon.read("terrible terrible terrible terrible terrible terrible").score()).isBetween(-1.0, 0.0);
	}

	@Test
	void quietShadesOfNegativeFeelingReadNegative() {
		// given the shipped lexicon and complaints said without strong words
		SentimentLexicon shipped = SentimentLexicon.load();

		// when disappointment, resignation or pointed politeness are read
		// then each of them is negative
		assertThat(shipped.read("the quality has gone downhill since the spring").score()).isNegative();
		assertThat(shipped.read("still waiting on the replacement part, as usual").score()).isNegative();
		assertThat(shipped.read("the parcel was late yet again, you can do better").score()).isNegative();
		assertThat(shipped.read("kindly advise when someone will actually reply").score()).isNegative();
		assertThat(shipped.read("whatever, I'll sort it out myself").score()).isNegative();
	}

	@Test
	void casualPraiseReadsPositive() {
		// given praise in casual words
		SentimentLexicon shipped = SentimentLexicon.load();

		// when it is read
		// then it is positive
		assertThat(shipped.read("the new checkout is a massive improvement").score()).isPositive();
		assertThat(shipped.read("that playlist in the waiting room is a banger").score()).isPositive();
	}
}
