package io.parley.learning.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.TextEmbedder;
import io.parley.learning.local.LocalFactExtractor.StatementClause;

/**
 * Notes what the writer says of themselves in words no rule reads: a clause the sentence filters let through (so no
 * question, hypothetical, quote, joke or other person) and no rule read becomes a fact, in the writer's own words
 * ("Said: “I'm on the night bus most weekends”"), of the category the {@link StatementClassifier} is sure of, unless
 * it is about someone else or denies, doubts, imagines, asks or tells of the past. Such a note starts at low
 * confidence, so it stays out of the personalisation context until the writer says it again.
 */
public final class StatementFallback {

	/** Confidence of a note at full certainty of its category: low (below 0.55) however sure the classifier is. */
	static final double NOTE_CONFIDENCE = 0.5;
	static final String TYPE = "statement";

	/** A clause whose subject is someone or something else: "his name is Pedro", "my wife loves jazz". */
	private static final Pattern ABOUT_SOMEONE_ELSE = Pattern.compile("^(?:he|she|they|his|her|their|he's|she's|they're"
			+ "|it|it's|this|that|these|those|there|you|your|you're|u|ur|someone|everyone|people)\\b"
			+ "|^(?:my|our)\\s+(?:\\p{L}+\\s+)?(?:wife|husband|partner|spouse|son|daughter|kids?|child|children|mum|mom|mother|dad"
			+ "|father|parents?|brother|sister|siblings?|friends?|boss|manager|colleagues?|coworkers?|boyfriend|girlfriend|bf|gf"
			+ "|grand\\p{L}*|baby|toddler|teen|teenager|family|neighbou?rs?|roommates?|flatmates?|uncle|aunt|cousins?|niece"
			+ "|nephew|doctor|gp|landlord|customers?|clients?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** A clause that denies, doubts, imagines, asks or tells of the past: not a fact to note without a rule's reading. */
	private static final Pattern NOT_A_STATEMENT = Pattern.compile("\\b(?:not|no|never|no longer|used to|would|could|might"
			+ "|if|maybe|perhaps|wish|wonder)\\b|n't\\b|\\?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!,;:…-]+$");
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final TextEmbedder embedder;
	private final StatementClassifier classifier;

	public StatementFallback(TextEmbedder embedder, StatementClassifier classifier) {
		this.embedder = embedder;
		this.classifier = classifier;
	}

	List<ExtractedFact> withStatements(List<ExtractedFact> facts, List<StatementClause> clauses) {
		Map<String, ExtractedFact> notes = new LinkedHashMap<>();
		for (StatementClause clause : clauses) {
			String said = TRAILING_PUNCTUATION.matcher(clause.text()).replaceAll("").strip();
			if (clause.read() || said.isEmpty() || ABOUT_SOMEONE_ELSE.matcher(said).find()
					|| NOT_A_STATEMENT.matcher(said).find()) {
				continue;
			}
			classifier.classify(embedder.embed(said), clause.firstPerson()).ifPresent(guess -> {
				ExtractedFact note = note(guess, said);
				notes.putIfAbsent(note.key(), note);
			});
		}
		if (notes.isEmpty()) {
			return facts;
		}
		List<ExtractedFact> all = new ArrayList<>(facts);
		all.addAll(notes.values());
		return all;
	}

	private static ExtractedFact note(StatementClassifier.Guess guess, String said) {
		String key = TYPE + "_" + Arrays.stream(NOT_A_WORD.split(said.toLowerCase(Locale.ROOT)))
			.filter(word -> !word.isEmpty())
			.limit(8)
			.collect(Collectors.joining("_"));
		return new ExtractedFact(guess.category(), TYPE, key, "Said: “" + said + "”", said,
				Map.of("statement", said), NOTE_CONFIDENCE * guess.probability(), false, 0, false);
	}
}
