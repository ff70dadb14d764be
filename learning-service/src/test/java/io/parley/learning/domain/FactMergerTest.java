package io.parley.learning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.parley.learning.local.LocalFactExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How one message's facts meet what is known: reinforcement of paraphrases, contradictions, retractions. */
class FactMergerTest {

	private static AllMiniLmL6V2EmbeddingModel model;
	private static final LocalFactExtractor EXTRACTOR = new LocalFactExtractor();
	private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
	private static final Instant T2 = Instant.parse("2026-02-01T10:00:00Z");

	private final List<StoredFact> known = new ArrayList<>();

	@BeforeAll
	static void load() {
		model = new AllMiniLmL6V2EmbeddingModel();
	}

	@Test
	void aParaphraseFoundByTheEmbeddingModelIsReinforced() {
		said("I love soccer.", "m1", T1);
		List<FactMerger.Change> changes = said("I'm really into football.", "m2", T2);

		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(FactChangeKind.REINFORCED);
			assertThat(change.fact().evidenceCount()).isEqualTo(2);
			assertThat(change.fact().evidenceMessageIds()).containsExactly("m1", "m2");
			assertThat(change.fact().confidence()).isGreaterThan(0.75);
			assertThat(change.fact().firstSeen()).isEqualTo(T1);
		});
	}

	@Test
	void relatedButDifferentInterestsStaySeparate() {
		said("I love tennis.", "m1", T1);
		List<FactMerger.Change> changes = said("I love badminton.", "m2", T2);

		assertThat(changes).extracting(FactMerger.Change::kind).containsExactly(FactChangeKind.ADDED);
		assertThat(known).hasSize(2);
	}

	@Test
	void aNewValueOfAOneValueKeyInvalidatesTheOldFromTheNewMessagesTime() {
		said("I live in Paris.", "m1", T1);
		List<FactMerger.Change> changes = said("I moved to Berlin.", "m2", T2);

		assertThat(changes).extracting(FactMerger.Change::kind)
			.containsExactly(FactChangeKind.INVALIDATED, FactChangeKind.ADDED);
		StoredFact old = changes.get(0).fact();
		StoredFact now = changes.get(1).fact();
		assertThat(old.value()).isEqualTo("Lives in Paris");
		assertThat(old.invalidFrom()).isEqualTo(T2);
		assertThat(old.replacedBy()).isEqualTo(now.factId());
		assertThat(now.value()).isEqualTo("Lives in Berlin");
		assertThat(now.validFrom()).isEqualTo(T2);
	}

	@Test
	void theSameValueAgainIsNotAContradiction() {
		said("I live in Paris.", "m1", T1);
		assertThat(said("I'm based in Paris, France.", "m2", T2)).extracting(FactMerger.Change::kind)
			.containsExactly(FactChangeKind.REINFORCED);
	}

	@Test
	void aChangedMindOnTheSameSubjectReplacesTheLiking() {
		said("I love jazz.", "m1", T1);
		List<FactMerger.Change> changes = said("I hate jazz.", "m2", T2);

		assertThat(changes).extracting(c -> c.kind() + " " + c.fact().value())
			.containsExactly("INVALIDATED Loves jazz", "ADDED Dislikes jazz");
	}

	@Test
	void aRetractionInvalidatesWithoutAddingAnything() {
		said("I live in Oslo.", "m1", T1);
		List<FactMerger.Change> changes = said("I don't live in Oslo anymore.", "m2", T2);

		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(FactChangeKind.INVALIDATED);
			assertThat(change.fact().invalidFrom()).isEqualTo(T2);
			assertThat(change.fact().replacedBy()).isNull();
		});
	}

	@Test
	void aFavouriteReinforcesTheLikingOfTheSameThing() {
		said("I love jazz.", "m1", T1);
		assertThat(said("Jazz is my favourite music.", "m2", T2)).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(FactChangeKind.REINFORCED);
			assertThat(change.fact().value()).isEqualTo("Loves jazz");
			assertThat(change.fact().evidenceMessageIds()).containsExactly("m1", "m2");
		});
	}

	@Test
	void aContradictionWithinOneMessageKeepsTheFirstStatementAsHistory() {
		List<FactMerger.Change> changes = said("I live in Paris. Actually I just moved to Berlin.", "m1", T1);

		assertThat(changes).extracting(c -> c.kind() + " " + c.fact().value() + " " + c.fact().valid())
			.containsExactly("ADDED Lives in Paris false", "ADDED Lives in Berlin true");
	}

	@Test
	void theSameMessageTwiceIsOnePieceOfEvidence() {
		said("I love jazz.", "m1", T1);
		assertThat(said("I love jazz.", "m1", T1)).isEmpty();
	}

	private List<FactMerger.Change> said(String text, String messageId, Instant at) {
		FactMerger merger = new FactMerger(known);
		for (ExtractedFact fact : EXTRACTOR.extract(ExtractionRequest.of("t", text))) {
			float[] embedding = fact.retraction() ? null : model.embed(TextSegment.from(fact.subject())).content().vector();
			merger.merge(new FactMerger.Candidate(fact, embedding), "t", "u", messageId, "local", at, at);
		}
		for (FactMerger.Change change : merger.changes()) {
			known.removeIf(f -> f.factId().equals(change.fact().factId()));
			if (change.fact().valid()) {
				known.add(change.fact());
			}
		}
		return merger.changes();
	}
}
