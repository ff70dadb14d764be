package io.parley.platform.messaging;

/** The event log did not acknowledge a write in time. Whatever the caller was about to commit must be undone. */
public class EventPublishingException extends RuntimeException {

	public EventPublishingException(String message, Throwable cause) {
		super(message, cause);
	}
}
