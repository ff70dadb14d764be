package io.parley.learning.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.FactCategories;
import io.parley.learning.domain.TenantCategory;
import io.parley.llm.InvalidAnswerException;
import io.parley.llm.JsonAnswers;
import tools.jackson.databind.JsonNode;

/**
 * Reads an LLM's answer: lenient about its wrapping (code fences, text around the object), strict about its content.
 * Every fact must have every field, of its type, within its allowed values; otherwise the whole answer is
 * {@link InvalidAnswerException invalid}. A fact whose subject does not occur in the message (an invented fact) is
 * dropped. Exception messages name the field and the rule, never the value.
 */
final class FactAnswerParser {

	static final int MAX_FACTS = 10;
	private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]{0,59}");
	/** Keys that hold one value at a time: a new value contradicts the old one. */
	static final Set<String> ONE_VALUE_KEYS = Set.of("name", "location", "origin", "age", "job", "company", "industry",
			"relationship_status", "diet", "budget", "answer_length", "reply_language", "technical_level", "tone",
			"employment_status", "field_of_study", "units");

	private FactAnswerParser() {
	}

	static List<ExtractedFact> parse(String answer, String message, List<TenantCategory> tenantCategories) {
		JsonNode root = JsonAnswers.object(answer);
		JsonNode facts = root.get("facts");
		if (facts == null || !facts.isArray()) {
			throw new InvalidAnswerException("facts is not an array");
		}
		Set<String> categories = new HashSet<>(FactCategories.BUILT_IN);
		categories.remove(FactCategories.BEHAVIOR);
		tenantCategories.forEach(c -> categories.add(c.name()));
		Set<String> messageWords = words(message);
		List<ExtractedFact> result = new ArrayList<>();
		for (JsonNode node : facts) {
			if (!node.isObject()) {
				throw new InvalidAnswerException("a fact is not an object");
			}
			String category = FactCategories.canonical(string(node, "category"));
			if (!categories.contains(category)) {
				throw new InvalidAnswerException("category is not one of the allowed values");
			}
			String type = snake(node, "type");
			String key = snake(node, "key");
			String value = text(node, "value", 200);
			String subject = text(node, "subject", 100);
			double confidence = number(node, "confidence");
			String stanceName = string(node, "stance").strip().toLowerCase(Locale.ROOT);
			int stance = switch (stanceName) {
				case "like" -> 1;
				case "dislike" -> -1;
				case "neutral" -> 0;
				default -> throw new InvalidAnswerException("stance is not one of like, dislike, neutral");
			};
			JsonNode retracts = node.get("retracts");
			if (retracts == null || !retracts.isBoolean()) {
				throw new InvalidAnswerException("retracts is not a boolean");
			}
			if (!messageWords.containsAll(words(subject))) {
				continue; // not grounded in the message
			}
			if (result.size() < MAX_FACTS) {
				result.add(new ExtractedFact(category, type, key, value, subject, Map.of(type, subject), confidence,
						ONE_VALUE_KEYS.contains(key), stance, retracts.booleanValue()));
			}
		}
		return List.copyOf(result);
	}

	private static Set<String> words(String text) {
		return Arrays.stream(String.valueOf(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty() && !Set.of("a", "an", "the", "my").contains(w))
			.map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
			.collect(Collectors.toSet());
	}

	private static String string(JsonNode node, String name) {
		JsonNode field = node.get(name);
		if (field == null || !field.isString()) {
			throw new InvalidAnswerException(name + " is missing or not a string");
		}
		return field.stringValue();
	}

	private static String snake(JsonNode node, String name) {
		String value = string(node, name).strip().toLowerCase(Locale.ROOT);
		if (!SNAKE.matcher(value).matches()) {
			throw new InvalidAnswerException(name + " is not a snake_case identifier");
		}
		return value;
	}

	private static String text(JsonNode node, String name, int max) {
		String value = string(node, name).strip();
		if (value.isEmpty() || value.length() > max) {
			throw new InvalidAnswerException(name + " is blank or longer than " + max);
		}
		return value;
	}

	private static double number(JsonNode node, String name) {
		JsonNode field = node.get(name);
		if (field == null || !field.isNumber() || !Double.isFinite(field.doubleValue()) || field.doubleValue() < 0
				|| field.doubleValue() > 1) {
			throw new InvalidAnswerException(name + " is not a number in 0..1");
		}
		return field.doubleValue();
	}
}
