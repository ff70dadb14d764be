package io.parley.ingest.domain;

/**
 * Whose chat sessions: one principal (API key name or token subject) of one tenant. Only the owner sees or changes a
 * session.
 *
 * <p>The conversation's {@code owner} column keeps the whole principal and is what access is checked against. Its
 * {@code user_id}, which events and downstream services key on, holds at most 50 characters, so a longer principal
 * keeps its last 50: generated names and subjects ({@code ...-<suffix>}, {@code key:<prefix>}) differ at the end.
 */
public record SessionOwner(String tenantId, String principal) {

	/** The width of {@code conversations.owner}. */
	public static final int MAX_PRINCIPAL_LENGTH = 200;

	static final int USER_ID_LENGTH = 50;

	public SessionOwner {
		if (principal.length() > MAX_PRINCIPAL_LENGTH) {
			throw new IllegalArgumentException("A session owner's principal has at most " + MAX_PRINCIPAL_LENGTH
					+ " characters");
		}
	}

	/** The session's {@code user_id}: the principal, or its last 50 characters if it is longer. */
	public String userId() {
		return principal.length() <= USER_ID_LENGTH ? principal
				: principal.substring(principal.length() - USER_ID_LENGTH);
	}
}
