package io.parley.analysis.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The salient terms of a message: its words minus the words every message has. */
final class Keywords {

	private static final int MAX = 6;

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "are", "but", "not", "you", "your",
			"with", "this", "that", "have", "has", "had", "was", "were", "can", "could", "would", "should", "will",
			"just", "from", "they", "them", "what", "when", "where", "which", "who", "how", "why", "there", "here",
			"been", "being", "into", "about", "some", "any", "all", "our", "out", "get", "got", "did", "does", "doing",
			"its", "it's", "i'm", "im", "i've", "don't", "can't", "please", "thanks", "thank", "hello", "hi", "hey",
			"very", "really", "also", "still", "yet", "too", "than", "then", "now", "one", "more", "much", "need",
			"want", "like", "know", "let", "yes", "okay", "there's", "isn't", "doesn't", "didn't", "won't", "wasn't",
			"ve", "bir", "bu", "için", "ile", "çok", "ama", "und", "ich", "nicht", "das", "die", "der", "que", "por",
			"para", "con", "una", "los", "las", "les", "des", "est", "pas");

	private Keywords() {
	}

	static List<String> of(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String word : Tokens.words(text)) {
			if (word.length() >= 3 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
				counts.merge(word, 1, Integer::sum);
			}
		}
		return counts.entrySet().stream()
			.sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey().length(), a.getKey().length())
					: Integer.compare(b.getValue(), a.getValue()))
			.limit(MAX)
			.map(Map.Entry::getKey)
			.toList();
	}
}
