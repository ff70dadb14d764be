package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into lower-case words (any script), keeping emoji and contractions. */
final class Tokens {

	private static final Pattern WORD = Pattern.compile(
			"[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");

	/** Stands between clauses in {@link #wordsWithClauseBreaks}. */
	static final String CLAUSE_BREAK = "|";

	private static final Pattern CLAUSE = Pattern.compile("[.,;:!?\\n]+");

	private Tokens() {
	}

	/** Words as {@link #words}, with {@link #CLAUSE_BREAK} wherever punctuation ends a clause. */
	static List<String> wordsWithClauseBreaks(String text) {
		List<String> words = new ArrayList<>();
		for (String clause : CLAUSE.split(text)) {
			if (!words.isEmpty()) {
				words.add(CLAUSE_BREAK);
			}
			words.addAll(words(clause));
		}
		return words;
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group().toLowerCase(Locale.ROOT).replace('’', '\''));
		}
		return words;
	}

	/** Mostly capital letters over at least a few words: the writer is shouting. */
	static boolean isShouting(String text) {
		int upper = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters >= 8 && upper >= letters * 0.6;
	}
}
