package io.parley.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.SentimentLabel;

/**
 * When a message sends its conversation to a human. Several reasons may hold at once; the event carries the most
 * specific one (an explicit request for a person first, a statistical doubt last) and the detail names them all.
 */
public final class EscalationPolicy {

	private EscalationPolicy() {
	}

	public static Escalation evaluate(MessageAnalyzed analysis, TenantSettings settings, int unresolvedTurns,
			VipCustomer vip) {
		List<String> reasons = new ArrayList<>();
		List<String> details = new ArrayList<>();
		if (HumanRequest.in(analysis.getKeywords())) {
			reasons.add(Escalation.HUMAN_REQUESTED);
			details.add("the user asked for a person (keywords " + analysis.getKeywords() + ")");
		}
		boolean complaint = analysis.getCategory() == MessageCategory.COMPLAINT
				|| analysis.getSentiment() == SentimentLabel.NEGATIVE;
		if (vip != null && complaint) {
			reasons.add(Escalation.VIP_COMPLAINT);
			details.add("critical customer " + vip.name() + " (" + vip.tier() + ") is complaining");
		}
		if (analysis.getUrgencyScore() >= settings.urgencyThreshold()) {
			reasons.add(Escalation.HIGH_URGENCY);
			details.add("urgency " + analysis.getUrgencyScore() + " >= " + settings.urgencyThreshold());
		}
		if (analysis.getSentimentScore() < settings.sentimentThreshold()) {
			reasons.add(Escalation.NEGATIVE_SENTIMENT);
			details.add(String.format(Locale.ROOT, "sentiment %.2f < %.2f", analysis.getSentimentScore(),
					settings.sentimentThreshold()));
		}
		if (analysis.getConfidence() < settings.confidenceThreshold()) {
			reasons.add(Escalation.LOW_CONFIDENCE);
			details.add(String.format(Locale.ROOT, "confidence %.2f < %.2f", analysis.getConfidence(),
					settings.confidenceThreshold()));
		}
		if (unresolvedTurns >= settings.unresolvedTurns()) {
			reasons.add(Escalation.UNRESOLVED_TURNS);
			details.add(unresolvedTurns + " user turns without resolution");
		}
		if (vip != null && vip.forceHuman()) {
			reasons.add(Escalation.VIP_CUSTOMER);
			details.add("critical customer " + vip.name() + " (" + vip.tier() + ") is always served by a person");
		}
		return reasons.isEmpty() ? null : new Escalation(reasons.get(0), String.join("; ", details));
	}
}
