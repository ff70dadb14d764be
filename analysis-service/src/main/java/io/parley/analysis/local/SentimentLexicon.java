package io.parley.analysis.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores text with a word lexicon, the way people read it: a negator flips the next sentiment word within three
 * words ("not good"), intensifiers and diminishers scale it ("very", "slightly"), what follows a contrast weighs
 * more than what came before ("nice bike but the brakes squeak"), and shouting (capitals, "!!!") amplifies.
 */
public final class SentimentLexicon {

	private static final int NEGATION_WINDOW = 3;
	private static final double AFTER_CONTRAST = 1.5;
	private static final double BEFORE_CONTRAST = 0.5;

	private final Map<String, Integer> scores;
	private final Set<String> negators;
	private final Map<String, Double> scalers;
	private final Set<String> contrasts;
	private final int longestPhrase;

	public SentimentLexicon(Map<String, Integer> scores, Set<String> negators, Map<String, Double> scalers,
			Set<String> contrasts) {
		this.scores = Map.copyOf(scores);
		this.negators = Set.copyOf(negators);
		this.scalers = Map.copyOf(scalers);
		this.contrasts = Set.copyOf(contrasts);
		this.longestPhrase = scores.keySet().stream().mapToInt(term -> term.split(" ").length).max().orElse(1);
	}

	public static SentimentLexicon load() {
		Map<String, Integer> scores = new HashMap<>();
		for (String[] row : Resources.tsv("analysis/sentiment-lexicon.tsv", 2)) {
			scores.put(row[0].toLowerCase(), Integer.parseInt(row[1].trim()));
		}
		Set<String> negators = new HashSet<>();
		Map<String, Double> scalers = new HashMap<>();
		Set<String> contrasts = new HashSet<>();
		for (String[] row : Resources.tsv("analysis/sentiment-modifiers.tsv", 3)) {
			String term = row[1].toLowerCase();
			switch (row[0]) {
				case "negator" -> negators.add(term);
				case "intensifier", "diminisher" -> scalers.put(term, Double.parseDouble(row[2].trim()));
				case "contrast" -> contrasts.add(term);
				default -> throw new IllegalStateException("Unknown sentiment modifier kind " + row[0]);
			}
		}
		return new SentimentLexicon(scores, negators, scalers, contrasts);
	}

	/** What the lexicon found in a text. */
	public record Reading(double score, int sentimentTerms, boolean shouting) {

		/** How much the lexicon recognised: none of its words means a neutral guess, not a finding. */
		public double coverage() {
			return Math.min(1.0, sentimentTerms / 2.0);
		}
	}

	/**
	 * @return the score in -1..1 and how many sentiment terms carried it
	 */
	public Reading read(String text) {
		List<String> tokens = Tokens.wordsWithClauseBreaks(text);
		double total = 0;
		int found = 0;
		int lastNegator = -100;
		double scale = 1;
		double clauseWeight = 1;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.equals(Tokens.CLAUSE_BREAK)) {
				// "doesn't work, terrible": a negation does not reach into the next clause.
				lastNegator = -100;
				scale = 1;
				continue;
			}
			if (contrasts.contains(token)) {
				total *= BEFORE_CONTRAST;
				clauseWeight = AFTER_CONTRAST;
				continue;
			}
			if (negators.contains(token) || token.endsWith("n't")) {
				lastNegator = i;
				continue;
			}
			Double scaler = scalers.get(token);
			if (scaler != null) {
				scale *= scaler;
				continue;
			}
			Integer score = null;
			int length = 1;
			for (int n = Math.min(longestPhrase, tokens.size() - i); n >= 1 && score == null; n--) {
				score = scores.get(String.join(" ", tokens.subList(i, i + n)));
				length = n;
			}
			if (score == null) {
				scale = 1;
				continue;
			}
			double value = score * scale * clauseWeight;
			if (i - lastNegator <= NEGATION_WINDOW) {
				value = -value * 0.75;
			}
			total += value;
			found++;
			scale = 1;
			i += length - 1;
		}
		boolean shouting = Tokens.isShouting(text);
		if (shouting || text.contains("!!")) {
			total *= 1.3;
		}
		// Normalised like a sum of votes: many strong words approach ±1, one mild word stays small.
		double normalised = total / Math.sqrt(total * total + 15);
		return new Reading(normalised, found, shouting);
	}
}
