package io.parley.llm;

/**
 * The LLM's answer is not what was asked for. The message names the field and the rule, never the value, so that
 * logging it cannot leak text the model echoed.
 */
public class InvalidAnswerException extends RuntimeException {

	public InvalidAnswerException(String message) {
		super(message, null, false, false);
	}
}
