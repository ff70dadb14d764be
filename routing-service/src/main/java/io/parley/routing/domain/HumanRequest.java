package io.parley.routing.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a user asks for a human, judged from what {@code MessageAnalyzed} carries: the message text is not on the
 * event, but its keywords (the message's salient words, stop words such as "please" and "to" removed) and topics are.
 * A request is a word for a person (human, person, agent, representative, operator; insan, temsilci, yetkili; agente,
 * persona, humano; Mitarbeiter, Mensch; humain, conseiller, opérateur) either with a verb of contact (talk, speak,
 * connect, transfer; konuşmak, görüşmek, bağlamak; hablar; sprechen; parler) or standing alone ("agent please",
 * "human!"). A word for a person in a longer message without such a verb ("the agent app crashed") is not a request.
 */
public final class HumanRequest {

	private static final Set<String> PERSON_STEMS = Set.of("human", "person", "agent", "representative", "operator",
			"someone", "somebody", "staff", "insan", "temsilci", "yetkili", "gercek", "canli", "persona", "humano",
			"mitarbeiter", "mensch", "berater", "humain", "conseiller", "operateur", "operatore", "atendente");

	private static final Set<String> CONTACT_STEMS = Set.of("talk", "speak", "connect", "transfer", "chat", "call",
			"reach", "konus", "gorus", "bagla", "hablar", "habl", "comunicar", "sprechen", "reden", "verbinden",
			"parler", "falar", "parlare");

	private HumanRequest() {
	}

	public static boolean in(List<String> keywords) {
		List<String> words = keywords.stream().flatMap(keyword -> List.of(fold(keyword).split("[^a-z]+")).stream())
			.filter(word -> !word.isEmpty()).collect(Collectors.toList());
		boolean person = words.stream().anyMatch(HumanRequest::isPerson);
		if (!person) {
			return false;
		}
		boolean contact = words.stream().anyMatch(word -> CONTACT_STEMS.stream().anyMatch(word::startsWith));
		return contact || words.stream().allMatch(HumanRequest::isPerson);
	}

	private static boolean isPerson(String word) {
		return PERSON_STEMS.stream().anyMatch(stem -> word.startsWith(stem) && word.length() <= stem.length() + 6);
	}

	/** Lower case without accents, and Turkish letters as their ASCII look-alikes (ş → s, ı → i, ğ → g). */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ş', 's').replace('ğ', 'g');
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}
}
