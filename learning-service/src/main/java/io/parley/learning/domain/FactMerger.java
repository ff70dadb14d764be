package io.parley.learning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Merges what one message says into what is known about its author, and says what changed:
 * <ul>
 * <li>the same fact again (same key and subject, or a paraphrase: same category and kind, subjects whose embeddings
 * are at least {@value #PARAPHRASE} similar) is <b>reinforced</b>: one more piece of evidence, higher confidence;</li>
 * <li>a different value of a one-value key (name, location, job...) or the opposite stance on the same subject
 * ("I love jazz", later "I hate jazz") <b>invalidates</b> the old fact, from the new message's time on, and
 * <b>adds</b> the new one; the old one stays as history;</li>
 * <li>a retraction ("I no longer live in Oslo") invalidates the matching fact and adds nothing;</li>
 * <li>anything else is <b>added</b>.</li>
 * </ul>
 */
public final class FactMerger {

	/** Cosine similarity of two subjects' embeddings from which they are taken to be the same thing. */
	public static final double PARAPHRASE = 0.82;
	/** How much one more piece of evidence closes the gap to certainty, times the new statement's own confidence. */
	static final double REINFORCEMENT = 0.6;
	static final double MAX_CONFIDENCE = 0.99;

	private static final Set<String> LIKINGS = Set.of(FactCategories.INTERESTS, FactCategories.PREFERENCES);

	private final List<StoredFact> valid;
	private final Map<String, Change> changes = new LinkedHashMap<>();

	/** A change to publish: the fact as it now is. */
	public record Change(FactChangeKind kind, StoredFact fact) {
	}

	/** A message's facts with the embeddings of their subjects. */
	public record Candidate(ExtractedFact fact, float[] embedding) {
	}

	public FactMerger(List<StoredFact> valid) {
		this.valid = new ArrayList<>(valid);
	}

	/** Each changed fact once, as it ends up (a fact added and then reinforced by the same message is "added"). */
	public List<Change> changes() {
		return List.copyOf(changes.values());
	}

	/**
	 * @param said when the user said it: the new fact's first-seen and valid-from, the old fact's invalid-from
	 * @param now when it is learned: last-updated
	 */
	public void merge(Candidate candidate, String tenantId, String userId, String messageId, String extractor,
			Instant said, Instant now) {
		ExtractedFact fact = candidate.fact();
		if (fact.retraction()) {
			for (StoredFact old : List.copyOf(valid)) {
				if (old.key().equals(fact.key()) && sameSubject(old.subject(), fact.subject())) {
					record(FactChangeKind.INVALIDATED, old.invalidated(said, null, now));
				}
			}
			return;
		}
		StoredFact same = valid.stream().filter(old -> isSame(old, fact, candidate.embedding())).findFirst().orElse(null);
		if (same != null) {
			if (same.evidenceMessageIds().contains(messageId)) {
				return;
			}
			double gain = REINFORCEMENT * fact.confidence();
			double confidence = Math.min(MAX_CONFIDENCE, 1 - (1 - same.confidence()) * (1 - gain));
			record(FactChangeKind.REINFORCED, same.reinforced(Math.max(confidence, same.confidence()), messageId, now));
			return;
		}
		StoredFact added = new StoredFact(UUID.randomUUID().toString(), tenantId, userId, fact.category(), fact.type(),
				fact.key(), fact.value(), fact.subject(), fact.structuredValue(), fact.stance(), fact.exclusive(),
				fact.confidence(), 1, List.of(messageId), extractor, candidate.embedding(), said, now, said, null, null);
		for (StoredFact old : List.copyOf(valid)) {
			if (contradicts(old, fact, candidate.embedding())) {
				record(FactChangeKind.INVALIDATED, old.invalidated(said, added.factId(), now));
			}
		}
		record(FactChangeKind.ADDED, added);
	}

	private void record(FactChangeKind kind, StoredFact fact) {
		valid.removeIf(v -> v.factId().equals(fact.factId()));
		if (fact.valid()) {
			valid.add(fact);
		}
		// A fact added by this very message stays "added", in the state it ends up in (even contradicted by a later
		// sentence of the same message: it is then stored and published as history from the start).
		Change prior = changes.get(fact.factId());
		FactChangeKind effective = prior != null && prior.kind() == FactChangeKind.ADDED ? FactChangeKind.ADDED : kind;
		changes.put(fact.factId(), new Change(effective, fact));
	}

	private static boolean isSame(StoredFact old, ExtractedFact fact, float[] embedding) {
		if (old.stance() == 1 && fact.stance() == 1 && LIKINGS.contains(old.category())
				&& LIKINGS.contains(fact.category()) && !old.category().equals(fact.category())) {
			// "I love jazz" and "Jazz is my favourite music" are one liking, whichever category said it first.
			return sameSubject(old.subject(), fact.subject());
		}
		if (!old.category().equals(fact.category()) || old.stance() != fact.stance()) {
			return false;
		}
		if (old.key().equals(fact.key()) && sameSubject(old.subject(), fact.subject())) {
			return true;
		}
		if (fact.exclusive() || old.exclusive() || !old.type().equals(fact.type())) {
			return false;
		}
		return sameSubject(old.subject(), fact.subject())
				|| TextEmbedder.cosine(old.embedding(), embedding) >= PARAPHRASE;
	}

	private static boolean contradicts(StoredFact old, ExtractedFact fact, float[] embedding) {
		if (fact.exclusive() && old.key().equals(fact.key())) {
			return true;
		}
		if (fact.stance() != 0 && old.stance() == -fact.stance()) {
			return sameSubject(old.subject(), fact.subject())
					|| TextEmbedder.cosine(old.embedding(), embedding) >= PARAPHRASE;
		}
		return false;
	}

	/** Same words, ignoring case, articles and a plural "s"; or one a word-wise part of the other ("Paris, France"). */
	public static boolean sameSubject(String a, String b) {
		Set<String> left = words(a);
		Set<String> right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return Objects.equals(a, b);
		}
		return left.containsAll(right) || right.containsAll(left);
	}

	private static Set<String> words(String text) {
		return Arrays.stream(String.valueOf(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty() && !Set.of("a", "an", "the", "my", "some").contains(w))
			.map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
			.collect(Collectors.toSet());
	}
}
