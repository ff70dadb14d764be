package io.parley.insights.domain;

/** The breakdowns a rollup row can belong to; {@link #ALL} is the tenant's total. */
public final class Dim {

	public static final String ALL = "all";
	public static final String CATEGORY = "category";
	public static final String CHANNEL = "channel";
	public static final String AGENT = "agent";
	public static final String ESCALATION_REASON = "escalation_reason";
	public static final String TOPIC = "topic";

	private Dim() {
	}
}
