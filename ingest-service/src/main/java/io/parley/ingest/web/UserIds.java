package io.parley.ingest.web;

/** End-user ids as the AI User Learning guide advises: letters, digits and {@code _-.@+}, at most 50 characters. */
final class UserIds {

	static final String PATTERN = "[A-Za-z0-9_.@+-]*";
	static final String PATTERN_MESSAGE = "may contain only letters, digits and _-.@+";
	static final int MAX_LENGTH = 50;

	private UserIds() {
	}
}
