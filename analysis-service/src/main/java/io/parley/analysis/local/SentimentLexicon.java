package io.parley.analysis.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores text with a word lexicon, the way people read it: a negator flips the next sentiment word within three
 * words ("not good"), intensifiers and diminishers scale it ("very", "slightly"), what follows a contrast weighs
 * more than what came before ("nice bike but the brakes squeak"), and shouting (capitals, "!!!") amplifies.
 * Phrases are matched before single words, so "not acceptable" and "love that for me" read as their own idioms.
 * Asking about a problem is not being upset by it: sentiment in a question, or in an "if" clause, weighs less. Mere
 * courtesy ("thanks", "good morning", "ok") is neutral unless the message says something else that carries feeling.
 * Sarcasm markers (an eye-roll emoji, "yeah right") turn praise words into complaints.
 */
public final class SentimentLexicon {

	private static final int NEGATION_WINDOW = 3;
	private static final double AFTER_CONTRAST = 1.5;
	private static final double BEFORE_CONTRAST = 0.5;
	private static final double IN_QUESTION = 0.5;
	private static final double HYPOTHETICAL = 0.4;
	private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?\\n]*");
	private static final Set<String> CONDITIONALS = Set.of("if", "whether", "unless");

	private final Map<String, Integer> scores;
	private final Set<String> negators;
	private final Map<String, Double> scalers;
	private final Set<String> contrasts;
	private final Set<String> courtesies;
	private final Set<String> sarcasmMarkers;
	private final int longestPhrase;

	public SentimentLexicon(Map<String, Integer> scores, Set<String> negators, Map<String, Double> scalers,
			Set<String> contrasts, Set<String> courtesies, Set<String> sarcasmMarkers) {
		this.scores = Map.copyOf(scores);
		this.negators = Set.copyOf(negators);
		this.scalers = Map.copyOf(scalers);
		this.contrasts = Set.copyOf(contrasts);
		this.courtesies = Set.copyOf(courtesies);
		this.sarcasmMarkers = Set.copyOf(sarcasmMarkers);
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
		Set<String> courtesies = new HashSet<>();
		Set<String> sarcasmMarkers = new HashSet<>();
		for (String[] row : Resources.tsv("analysis/sentiment-modifiers.tsv", 3)) {
			String term = row[1].toLowerCase();
			switch (row[0]) {
				case "negator" -> negators.add(term);
				case "intensifier", "diminisher" -> scalers.put(term, Double.parseDouble(row[2].trim()));
				case "contrast" -> contrasts.add(term);
				case "courtesy" -> courtesies.add(term);
				case "sarcasm" -> sarcasmMarkers.add(term);
				default -> throw new IllegalStateException("Unknown sentiment modifier kind " + row[0]);
			}
		}
		return new SentimentLexicon(scores, negators, scalers, contrasts, courtesies, sarcasmMarkers);
	}

	/**
	 * What the lexicon found in a text.
	 *
	 * @param onlyCourtesy the text's sentiment terms were all mere courtesy ("thanks", "have a nice day"), which
	 * reads neutral
	 */
	public record Reading(double score, int sentimentTerms, boolean shouting, boolean onlyCourtesy) {

		/** How much the lexicon recognised: none of its words means a neutral guess, not a finding. */
		public double coverage() {
			return Math.min(1.0, sentimentTerms / 2.0);
		}
	}

	/**
	 * @return the score in -1..1 and how many sentiment terms carried it
	 */
	public Reading read(String text) {
		double total = 0;
		int found = 0;
		boolean onlyCourtesy = true;
		boolean sarcastic = isSarcastic(text);
		double clauseWeight = 1;
		Matcher sentences = SENTENCE.matcher(text);
		while (sentences.find()) {
			String sentence = sentences.group();
			double sentenceWeight = sentence.strip().endsWith("?") ? IN_QUESTION : 1;
			List<String> tokens = Tokens.wordsWithClauseBreaks(sentence);
			int lastNegator = -100;
			double scale = 1;
			boolean hypothetical = false;
			for (int i = 0; i < tokens.size(); i++) {
				String token = tokens.get(i);
				if (token.equals(Tokens.CLAUSE_BREAK)) {
					// "doesn't work, terrible": a negation does not reach into the next clause, nor does an "if".
					lastNegator = -100;
					scale = 1;
					hypothetical = false;
					continue;
				}
				int length = phraseAt(tokens, i);
				if (length <= 1) {
					if (contrasts.contains(token)) {
						total *= BEFORE_CONTRAST;
						clauseWeight = AFTER_CONTRAST;
						continue;
					}
					if (CONDITIONALS.contains(token)) {
						hypothetical = true;
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
				}
				if (length == 0) {
					scale = 1;
					continue;
				}
				String term = String.join(" ", tokens.subList(i, i + length));
				double value = scores.get(term) * scale * clauseWeight * sentenceWeight * (hypothetical ? HYPOTHETICAL : 1);
				if (i - lastNegator <= NEGATION_WINDOW || (sarcastic && value > 0)) {
					value = -value * 0.75;
				}
				total += value;
				found++;
				onlyCourtesy &= courtesies.contains(term);
				scale = 1;
				i += length - 1;
			}
		}
		boolean courtesy = found > 0 && onlyCourtesy;
		if (courtesy) {
			total = 0;
		}
		boolean shouting = Tokens.isShouting(text);
		if (shouting || text.contains("!!")) {
			total *= 1.3;
		}
		// Normalised like a sum of votes: many strong words approach ±1, one mild word stays small.
		double normalised = total / Math.sqrt(total * total + 15);
		return new Reading(normalised, found, shouting, courtesy);
	}

	/** An eye-roll, a slow clap or a stock ironic phrase turns the praise in the message into its opposite. */
	private boolean isSarcastic(String text) {
		String words = " " + String.join(" ", Tokens.words(text)) + " ";
		return sarcasmMarkers.stream().anyMatch(marker -> words.contains(" " + marker + " "));
	}

	/** The length of the longest lexicon term starting at {@code i}, or 0 when none does. */
	private int phraseAt(List<String> tokens, int i) {
		for (int n = Math.min(longestPhrase, tokens.size() - i); n >= 1; n--) {
			List<String> candidate = tokens.subList(i, i + n);
			if (!candidate.contains(Tokens.CLAUSE_BREAK) && scores.containsKey(String.join(" ", candidate))) {
				return n;
			}
		}
		return 0;
	}
}
