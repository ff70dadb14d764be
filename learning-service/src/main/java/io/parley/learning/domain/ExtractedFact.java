package io.parley.learning.domain;

import java.util.Map;

/**
 * One fact a message states about its author, before it meets what is already known.
 *
 * @param category built-in or tenant-added category
 * @param type what kind of fact, e.g. {@code topic_interest}, {@code location}, {@code allergy}
 * @param key identifies the fact within the user's facts: {@code interest_jazz}, {@code location}
 * @param value a readable sentence, e.g. "Lives in Paris"
 * @param subject what the fact is about, e.g. "jazz", "Paris": compared (with embeddings) to find paraphrases
 * @param structuredValue the value as fields, where one fits
 * @param confidence 0..1, how sure the extractor is from this one message
 * @param exclusive whether a user holds one value of this key at a time (name, location, job): a different value
 *        contradicts the old one
 * @param stance +1 for a liking, -1 for a dislike, 0 when the fact has no polarity; opposite stances on the same
 *        subject contradict each other
 * @param retraction true when the message withdraws a fact ("I no longer live in Oslo") rather than stating one
 */
public record ExtractedFact(String category, String type, String key, String value, String subject,
		Map<String, Object> structuredValue, double confidence, boolean exclusive, int stance, boolean retraction) {

	public ExtractedFact {
		structuredValue = structuredValue == null ? Map.of() : Map.copyOf(structuredValue);
		confidence = Math.max(0, Math.min(1, confidence));
	}

	public ExtractedFact withValue(String newValue) {
		return new ExtractedFact(category, type, key, newValue, subject, structuredValue, confidence, exclusive, stance,
				retraction);
	}

	public ExtractedFact withCategory(String newCategory) {
		return new ExtractedFact(newCategory, type, key, value, subject, structuredValue, confidence, exclusive, stance,
				retraction);
	}
}
