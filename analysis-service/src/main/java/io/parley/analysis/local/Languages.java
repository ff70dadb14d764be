package io.parley.analysis.local;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quick guess of a message's language from its script and its commonest words: good enough to say "not English"
 * and lower the confidence, which is what the analysis needs it for.
 */
final class Languages {

	private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
			"en", Set.of("the", "and", "is", "it", "my", "you", "to", "i", "of", "for", "this", "not", "can", "please", "a"),
			"tr", Set.of("ve", "bir", "bu", "ne", "çok", "için", "ile", "mi", "mı", "değil", "var", "yok", "ben", "merhaba", "teşekkürler", "lütfen", "da", "de"),
			"de", Set.of("und", "ich", "nicht", "ist", "das", "die", "der", "mein", "sie", "mit", "bitte", "danke", "ein", "eine"),
			"es", Set.of("el", "la", "que", "y", "no", "mi", "por", "para", "es", "con", "gracias", "hola", "una", "un", "pedido"),
			"fr", Set.of("le", "la", "et", "je", "pas", "mon", "est", "vous", "pour", "merci", "bonjour", "une", "un", "ne"));

	private Languages() {
	}

	static String guess(String text) {
		long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
		if (cyrillic > 2) {
			return "ru";
		}
		if (text.chars().anyMatch(c -> "ğışĞİŞ".indexOf(c) >= 0)) {
			return "tr";
		}
		List<String> words = Tokens.words(text);
		String best = "en";
		long bestHits = 0;
		for (Map.Entry<String, Set<String>> language : COMMON_WORDS.entrySet()) {
			long hits = words.stream().filter(language.getValue()::contains).count();
			if (hits > bestHits || (hits == bestHits && hits > 0 && language.getKey().equals("en"))) {
				best = language.getKey();
				bestHits = hits;
			}
		}
		return best;
	}
}
