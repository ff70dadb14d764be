package io.parley.analysis.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words that make a message urgent: time pressure, money, outages, threats, safety. */
final class UrgencyCues {

	record Cue(String kind, String term, int weight) {
	}

	record Found(int weight, boolean time, boolean outage, boolean money, boolean threat, boolean safety,
			List<String> terms) {
	}

	private final List<Cue> cues;

	private UrgencyCues(List<Cue> cues) {
		this.cues = cues;
	}

	static UrgencyCues load() {
		List<Cue> cues = new ArrayList<>();
		for (String[] row : Resources.tsv("analysis/urgency-cues.tsv", 3)) {
			cues.add(new Cue(row[0], row[1].toLowerCase(Locale.ROOT), Integer.parseInt(row[2].trim())));
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
			if (padded.contains(" " + String.join(" ", Tokens.words(cue.term())) + " ")) {
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
}
