package io.parley.routing.domain;

import java.util.Locale;

/**
 * A critical customer or group (VIP customer, technical support, sales team, management, important partner), found
 * by user id, phone number or group/chat name. It raises a conversation's priority and can force a human.
 */
public record VipCustomer(String id, String tenantId, String name, String tier, String userId, String phoneNumber,
		String groupName, int prioritySteps, boolean forceHuman) {

	public boolean matches(String conversationUserId, String phone, String group) {
		return (userId != null && userId.equals(conversationUserId))
				|| (phoneNumber != null && (digits(phoneNumber).equals(digits(phone)) || digits(phoneNumber).equals(digits(conversationUserId))))
				|| (groupName != null && group != null && groupName.strip().equalsIgnoreCase(group.strip()));
	}

	private static String digits(String value) {
		if (value == null) {
			return "\u0000";
		}
		String digits = value.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? "\u0000" : digits.toLowerCase(Locale.ROOT);
	}
}
