package io.parley.analysis.local;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentLexiconTest {

	final SentimentLexicon lexicon = new SentimentLexicon(
			Map.of("good", 2, "great", 3, "terrible", -3, "squeak", -1, "beautiful", 3, "waste of money", -3),
			Set.of("not", "never"), Map.of("very", 1.5, "extremely", 2.0, "slightly", 0.5), Set.of("but"));

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
}
