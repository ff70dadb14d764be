package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words that make a message urgent: time pressure, money, outages, threats, safety. */
final class UrgencyCues {

	/** @param words the term as it is matched: its words, space-padded, tokenised once at load */
	record Cue(String kind, String term, int weight, String words) {
	}

	record Found(int weight, boolean time, boolean outage, boolean money, boolean threat, boolean safety,
			List<String> terms) {
	}

	private static final Set<String> NEGATIONS = Set.of("not", "no", "isn't", "isnt", "wasn't", "never", "nothing");

	private final List<Cue> cues;

	private UrgencyCues(List<Cue> cues) {
		this.cues = cues;
	}

	static UrgencyCues load() {
		List<Cue> cues = new ArrayList<>();
		for (String[] row : Resources.tsv("analysis/urgency-cues.tsv", 3)) {
			String term = row[1].toLowerCase(Locale.ROOT);
			String words = " " + String.join(" ", Tokens.words(term)) + " ";
			cues.add(new Cue(row[0], term, Integer.parseInt(row[2].trim()), words));
		}
		return new UrgencyCues(cues);
	}

	Found find(String text) {
		String padded = " " + String.join(" ", Tokens.words(text)) + " ";
		int weight = 0;
		boolean time = false;
		boolean outage = false;
		boolean money = false;
		boolean threat = false;
		boolean safety = false;
		List<String> terms = new ArrayList<>();
		for (Cue cue : cues) {
			if (occursUnnegated(padded, cue.words())) {
				weight += cue.weight();
				terms.add(cue.term());
				switch (cue.kind()) {
					case "time" -> time = true;
					case "outage" -> outage = true;
					case "money" -> money = true;
					case "threat" -> threat = true;
					case "safety" -> safety = true;
					default -> {
					}
				}
			}
		}
		return new Found(weight, time, outage, money, threat, safety, terms);
	}

	/** "not urgent", "no rush", "isn't down": a cue right after a negation does not count. */
	private static boolean occursUnnegated(String padded, String cue) {
		for (int at = padded.indexOf(cue); at >= 0; at = padded.indexOf(cue, at + 1)) {
			String[] before = padded.substring(0, at).trim().split(" ");
			boolean negated = false;
			for (int i = Math.max(0, before.length - 2); i < before.length; i++) {
				negated |= NEGATIONS.contains(before[i]);
			}
			if (!negated) {
				return true;
			}
		}
		return false;
	}
}
