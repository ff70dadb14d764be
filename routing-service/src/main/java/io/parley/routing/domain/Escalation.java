package io.parley.routing.domain;

/** Why a conversation goes to a human: the reason partners see, and the detail that explains it. */
public record Escalation(String reason, String detail) {

	public static final String LOW_CONFIDENCE = "low_confidence";
	public static final String NEGATIVE_SENTIMENT = "negative_sentiment";
	public static final String HIGH_URGENCY = "high_urgency";
	public static final String HUMAN_REQUESTED = "human_requested";
	public static final String UNRESOLVED_TURNS = "unresolved_turns";
	public static final String VIP_COMPLAINT = "vip_complaint";
	public static final String VIP_CUSTOMER = "vip_customer";
	public static final String ROUTING_RULE = "routing_rule";
}
