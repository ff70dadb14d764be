package io.parley.routing.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.parley.events.MessageAnalyzed;

/** What routing knows about one analysed message, in the lower-case words rules are written in. */
public record MessageSignal(String category, String priority, int urgency, String channel, String language,
		Set<String> terms, String customerTier) {

	public static MessageSignal of(MessageAnalyzed analysis, VipCustomer vip) {
		Set<String> terms = Stream.concat(analysis.getKeywords().stream(), analysis.getTopics().stream())
			.map(term -> term.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		return new MessageSignal(analysis.getCategory().name().toLowerCase(Locale.ROOT),
				analysis.getPriorityLevel().name().toLowerCase(Locale.ROOT), analysis.getUrgencyScore(),
				analysis.getChannel() == null ? null : analysis.getChannel().toLowerCase(Locale.ROOT),
				analysis.getLanguage() == null ? null : analysis.getLanguage().toLowerCase(Locale.ROOT), terms,
				vip == null ? null : vip.tier().toLowerCase(Locale.ROOT));
	}
}
