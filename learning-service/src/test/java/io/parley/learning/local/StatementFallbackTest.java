package io.parley.learning.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.parley.learning.domain.ConfidenceLevel;
import io.parley.learning.domain.ContextText;
import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.FactChangeKind;
import io.parley.learning.domain.FactMerger;
import io.parley.learning.domain.StoredFact;
import io.parley.learning.domain.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped extractor notes, at low confidence and in the writer's words, a statement about themselves that no
 * rule reads; never one about someone else, a denial, a doubt, a question, or one a rule has read.
 */
class StatementFallbackTest {

	private static final TextEmbedder EMBEDDER = LocalEmbeddings.textEmbedder(LocalEmbeddings.model());
	private static final LocalFactExtractor SHIPPED = new LocalFactExtractor(
			new StatementFallback(EMBEDDER, StatementClassifier.shipped()));
	private static final LocalFactExtractor RULES_ONLY = new LocalFactExtractor();
	private static final String NIGHT_BUS = "I'm on the night bus most weekends.";

	private static List<ExtractedFact> notes(String message) {
		return SHIPPED.extract(ExtractionRequest.of("t", message)).stream()
			.filter(fact -> StatementFallback.TYPE.equals(fact.type()))
			.toList();
	}

	@Test
	void aStatementNoRuleReadsIsNotedAtLowConfidenceInTheWritersWords() {
		assertThat(RULES_ONLY.extract(ExtractionRequest.of("t", NIGHT_BUS))).as("the rules read nothing").isEmpty();

		List<ExtractedFact> notes = notes(NIGHT_BUS);

		assertThat(notes).singleElement().satisfies(note -> {
			assertThat(note.category()).isEqualTo("behavior");
			assertThat(note.value()).isEqualTo("Said: “I'm on the night bus most weekends”");
			assertThat(note.subject()).isEqualTo("I'm on the night bus most weekends");
			assertThat(ConfidenceLevel.of(note.confidence())).isEqualTo(ConfidenceLevel.LOW);
			assertThat(note.exclusive()).isFalse();
			assertThat(note.retraction()).isFalse();
		});
	}

	@Test
	void theSameStatementSaidAgainIsNotedUnderTheSameKeySoItIsReinforced() {
		ExtractedFact first = notes(NIGHT_BUS).get(0);
		ExtractedFact again = notes("Hi again! I'm on the night bus most weekends").get(0);

		assertThat(again.key()).isEqualTo(first.key()).startsWith("statement_");
	}

	@Test
	void aNoteSaidTwiceIsReinforcedToMediumAndOnlyThenEntersThePersonalisationContext() {
		// behaviour never enters the context, so this note is one about who the user is
		List<StoredFact> known = new ArrayList<>();
		Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
		Instant t2 = Instant.parse("2026-03-08T10:00:00Z");

		said("I'm new to the area.", "m1", t1, known);
		assertThat(ContextText.of(known, 2000).text()).as("a note said once stays out of the context").isEmpty();
		List<FactMerger.Change> again = said("Hello, I'm new to the area", "m2", t2, known);

		assertThat(again).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(FactChangeKind.REINFORCED);
			assertThat(change.fact().evidenceMessageIds()).containsExactly("m1", "m2");
			assertThat(change.fact().level()).isEqualTo(ConfidenceLevel.MEDIUM);
		});
		assertThat(ContextText.of(known, 2000).text()).contains("Said: “I'm new to the area”.");
	}

	private static List<FactMerger.Change> said(String text, String messageId, Instant at, List<StoredFact> known) {
		FactMerger merger = new FactMerger(known);
		for (ExtractedFact fact : SHIPPED.extract(ExtractionRequest.of("t", text))) {
			merger.merge(new FactMerger.Candidate(fact, EMBEDDER.embed(fact.subject())), "t", "u", messageId, "local",
					at, at);
		}
		for (FactMerger.Change change : merger.changes()) {
			known.removeIf(fact -> fact.factId().equals(change.fact().factId()));
			known.add(change.fact());
		}
		return merger.changes();
	}

	@ParameterizedTest
	@ValueSource(strings = { "My son is on the night bus most weekends.", "She's on the night bus most weekends.",
			"I'm not on the night bus most weekends.", "Maybe I'm on the night bus most weekends.",
			"If I'm on the night bus most weekends, is there a pass?", "Am I on the night bus most weekends?",
			"I used to be on the night bus most weekends." })
	void aStatementAboutSomeoneElseOrDeniedDoubtedImaginedAskedOrPastIsNotNoted(String message) {
		assertThat(notes(message)).isEmpty();
	}

	@Test
	void aClauseARuleHasReadIsNotNotedAgain() {
		List<ExtractedFact> facts = SHIPPED.extract(ExtractionRequest.of("t", "I'm allergic to peanuts."));

		assertThat(facts).isNotEmpty().noneMatch(fact -> StatementFallback.TYPE.equals(fact.type()));
	}

	@Test
	void aRequestWithNothingAboutTheWriterIsNotNoted() {
		assertThat(notes("Please send the invoice for order 4471 to the billing address.")).isEmpty();
	}
}
