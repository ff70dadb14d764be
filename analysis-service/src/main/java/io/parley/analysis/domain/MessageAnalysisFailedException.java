package io.parley.analysis.domain;

import io.parley.events.MessageReceived;

/** Analysing or keeping one message of a batch failed; the messages before it were kept. */
public class MessageAnalysisFailedException extends RuntimeException {

	private final transient MessageReceived message;

	public MessageAnalysisFailedException(MessageReceived message, Throwable cause) {
		super("Could not analyse message " + message.getMessageId() + " (event " + message.getEventId() + ")", cause);
		this.message = message;
	}

	public MessageReceived message() {
		return message;
	}
}
