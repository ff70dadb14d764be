package io.parley.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a routing rule matches. Empty lists and null bounds match anything; every condition given must hold.
 * Keywords match when any of them is among the message's keywords or topics.
 */
public record RuleConditions(List<String> categories, List<String> priorities, Integer minUrgency, Integer maxUrgency,
		List<String> channels, List<String> languages, List<String> keywords, List<String> customerTiers) {

	public RuleConditions {
		categories = lower(categories);
		priorities = lower(priorities);
		channels = lower(channels);
		languages = lower(languages);
		keywords = lower(keywords);
		customerTiers = lower(customerTiers);
	}

	public static RuleConditions any() {
		return new RuleConditions(null, null, null, null, null, null, null, null);
	}

	/** Why the rule matches the message, or null when it does not. */
	public String explain(MessageSignal signal) {
		List<String> why = new ArrayList<>();
		if (!categories.isEmpty()) {
			if (!categories.contains(signal.category())) {
				return null;
			}
			why.add("category " + signal.category());
		}
		if (!priorities.isEmpty()) {
			if (!priorities.contains(signal.priority())) {
				return null;
			}
			why.add("priority " + signal.priority());
		}
		if (minUrgency != null || maxUrgency != null) {
			if ((minUrgency != null && signal.urgency() < minUrgency) || (maxUrgency != null && signal.urgency() > maxUrgency)) {
				return null;
			}
			why.add("urgency " + signal.urgency());
		}
		if (!channels.isEmpty()) {
			if (!channels.contains(signal.channel())) {
				return null;
			}
			why.add("channel " + signal.channel());
		}
		if (!languages.isEmpty()) {
			if (signal.language() == null || !languages.contains(signal.language())) {
				return null;
			}
			why.add("language " + signal.language());
		}
		if (!keywords.isEmpty()) {
			List<String> hits = keywords.stream().filter(signal.terms()::contains).toList();
			if (hits.isEmpty()) {
				return null;
			}
			why.add("keywords " + hits);
		}
		if (!customerTiers.isEmpty()) {
			if (signal.customerTier() == null || !customerTiers.contains(signal.customerTier())) {
				return null;
			}
			why.add("customer tier " + signal.customerTier());
		}
		return why.isEmpty() ? "matches every message" : String.join(", ", why);
	}

	private static List<String> lower(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
	}
}
