package io.parley.learning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The personalisation context a bot puts in its prompt: the most useful valid facts, one per line, most useful
 * first, cut at a fact boundary to fit {@code maxChars}. Facts of low confidence are left out. Order: who the user is
 * (name, location, languages, family), what must be respected (allergies, accessibility, budget), how to talk to them,
 * their preferences, work, goals, interests, then tenant categories; within a category, the most certain first.
 * Behavior read from the stream (active hours, message length) is left to the facts API: it does not help a prompt.
 */
public record ContextText(String text, int factsUsed, int factsAvailable) {

	static final String HEADER = "What we know about this user (most useful first):";
	private static final List<String> ORDER = List.of(FactCategories.PERSONAL, FactCategories.CONSTRAINTS,
			FactCategories.COMMUNICATION, FactCategories.PREFERENCES, FactCategories.PROFESSIONAL, FactCategories.GOALS,
			FactCategories.INTERESTS);
	private static final List<String> PERSONAL_ORDER = List.of("name", "location", "language", "age", "family",
			"relationship", "origin", "pet");

	public static ContextText of(List<StoredFact> facts, int maxChars) {
		List<StoredFact> useful = facts.stream()
			.filter(StoredFact::valid)
			.filter(f -> f.level() != ConfidenceLevel.LOW)
			.filter(f -> !FactCategories.BEHAVIOR.equals(f.category()))
			.sorted(Comparator.comparingInt((StoredFact f) -> rank(f.category()))
				.thenComparingInt(f -> FactCategories.PERSONAL.equals(f.category()) ? typeRank(f.type()) : 0)
				.thenComparing(Comparator.comparingDouble(StoredFact::confidence).reversed())
				.thenComparing(Comparator.comparingInt(StoredFact::evidenceCount).reversed()))
			.toList();
		if (useful.isEmpty()) {
			return new ContextText("", 0, 0);
		}
		StringBuilder text = new StringBuilder(HEADER);
		int used = 0;
		List<String> lines = new ArrayList<>();
		for (StoredFact fact : useful) {
			String line = "\n- " + fact.value() + (fact.value().endsWith(".") ? "" : ".");
			if (text.length() + line.length() > maxChars) {
				break;
			}
			text.append(line);
			lines.add(line);
			used++;
		}
		return used == 0 ? new ContextText("", 0, useful.size()) : new ContextText(text.toString(), used, useful.size());
	}

	private static int rank(String category) {
		int index = ORDER.indexOf(category);
		if (index >= 0) {
			return index;
		}
		return ORDER.size(); // tenant categories
	}

	private static int typeRank(String type) {
		int index = PERSONAL_ORDER.indexOf(type);
		return index >= 0 ? index : PERSONAL_ORDER.size();
	}
}
