package io.parley.routing.domain;

/** open → routed → escalated → assigned → resolved; a new user message reopens a resolved conversation. */
public enum ConversationState {
	OPEN, ROUTED, ESCALATED, ASSIGNED, RESOLVED
}
