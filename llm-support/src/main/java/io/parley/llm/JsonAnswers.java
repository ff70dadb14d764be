package io.parley.llm;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finds the JSON object in an LLM's answer: lenient about its wrapping (code fences, prose around it). */
public final class JsonAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonAnswers() {
	}

	/** The first balanced {@code {...}} of the answer, code fences and prose around it ignored. */
	public static JsonNode object(String answer) {
		if (answer == null || answer.isBlank()) {
			throw new InvalidAnswerException("empty answer");
		}
		String object = firstObject(answer.replace("```json", "").replace("```", ""))
			.orElseThrow(() -> new InvalidAnswerException("no JSON object in the answer"));
		try {
			JsonNode root = JSON.readTree(object);
			if (root == null || !root.isObject()) {
				throw new InvalidAnswerException("answer is not a JSON object");
			}
			return root;
		}
		catch (JacksonException e) {
			throw new InvalidAnswerException("answer is not valid JSON");
		}
	}

	private static Optional<String> firstObject(String text) {
		int start = text.indexOf('{');
		while (start >= 0) {
			int depth = 0;
			boolean inString = false;
			boolean escaped = false;
			for (int i = start; i < text.length(); i++) {
				char c = text.charAt(i);
				if (inString) {
					if (escaped) {
						escaped = false;
					}
					else if (c == '\\') {
						escaped = true;
					}
					else if (c == '"') {
						inString = false;
					}
				}
				else if (c == '"') {
					inString = true;
				}
				else if (c == '{') {
					depth++;
				}
				else if (c == '}' && --depth == 0) {
					return Optional.of(text.substring(start, i + 1));
				}
			}
			start = text.indexOf('{', start + 1);
		}
		return Optional.empty();
	}
}
