package io.parley.analysis.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.parley.analysis.domain.AnalysisService;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.llm.InvalidAnswerException;
import io.parley.llm.JsonAnswers;
import tools.jackson.databind.JsonNode;

/**
 * Reads an LLM's answer: lenient about its wrapping (code fences, text around the object), strict about its content.
 * Every field must be present, of its type, and within its allowed values or range; otherwise the answer is
 * {@link InvalidAnswerException invalid}. Exception messages name the field and the rule, never the value, so that
 * logging them cannot leak message text the model echoed.
 */
final class AnswerParser {

	static final int MAX_TERMS = 10;
	static final int MAX_TERM_CHARS = 80;
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

	private AnswerParser() {
	}

	static MessageAnalysis parse(String answer, String analyzer, String version) {
		JsonNode root = JsonAnswers.object(answer);
		int urgency = integer(root, "urgency_score", 1, 10);
		MessageCategory category = choice(root, "category", MessageCategory.values(), AnalysisPrompt::lower);
		SentimentLabel sentiment = choice(root, "sentiment", SentimentLabel.values(), AnalysisPrompt::lower);
		double sentimentScore = number(root, "sentiment_score", -1, 1);
		List<String> keywords = terms(root, "keywords");
		List<String> topics = terms(root, "topics");
		PriorityLevel priority = choice(root, "priority_level", PriorityLevel.values(), AnalysisPrompt::lower);
		boolean actionRequired = bool(root, "action_required");
		ResponseTime responseTime = choice(root, "recommended_response_time", ResponseTime.values(),
				AnalysisService::responseTimeName);
		String language = language(root);
		double confidence = number(root, "confidence", 0, 1);
		return new MessageAnalysis(urgency, category, sentiment, sentimentScore, keywords, topics, priority,
				actionRequired, responseTime, language, confidence, analyzer, version);
	}

	private static JsonNode field(JsonNode root, String name) {
		JsonNode node = root.get(name);
		if (node == null || node.isNull() || node.isMissingNode()) {
			throw new InvalidAnswerException(name + " is missing");
		}
		return node;
	}

	private static int integer(JsonNode root, String name, int min, int max) {
		JsonNode node = field(root, name);
		if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())) {
			throw new InvalidAnswerException(name + " is not an integer");
		}
		double value = node.doubleValue();
		if (value < min || value > max) {
			throw new InvalidAnswerException(name + " is outside " + min + ".." + max);
		}
		return (int) value;
	}

	private static double number(JsonNode root, String name, double min, double max) {
		JsonNode node = field(root, name);
		if (!node.isNumber()) {
			throw new InvalidAnswerException(name + " is not a number");
		}
		double value = node.doubleValue();
		if (!Double.isFinite(value) || value < min || value > max) {
			throw new InvalidAnswerException(name + " is outside " + min + ".." + max);
		}
		return value;
	}

	private static boolean bool(JsonNode root, String name) {
		JsonNode node = field(root, name);
		if (!node.isBoolean()) {
			throw new InvalidAnswerException(name + " is not a boolean");
		}
		return node.booleanValue();
	}

	/** One of the allowed wire names, compared ignoring case and surrounding spaces. */
	private static <E extends Enum<E>> E choice(JsonNode root, String name, E[] values, Function<E, String> wireName) {
		String value = string(root, name).strip();
		return Arrays.stream(values).filter(v -> wireName.apply(v).equalsIgnoreCase(value)).findFirst()
			.orElseThrow(() -> new InvalidAnswerException(name + " is not one of the allowed values"));
	}

	private static String string(JsonNode root, String name) {
		JsonNode node = field(root, name);
		if (!node.isString()) {
			throw new InvalidAnswerException(name + " is not a string");
		}
		return node.stringValue();
	}

	private static String language(JsonNode root) {
		String value = string(root, "language").strip().toLowerCase(Locale.ROOT).replace('_', '-');
		if (!LANGUAGE.matcher(value).matches()) {
			throw new InvalidAnswerException("language is not a language code");
		}
		return value;
	}

	/** Strings, blanks dropped, each cut to {@value #MAX_TERM_CHARS} characters, at most {@value #MAX_TERMS}. */
	private static List<String> terms(JsonNode root, String name) {
		JsonNode node = field(root, name);
		if (!node.isArray()) {
			throw new InvalidAnswerException(name + " is not an array");
		}
		List<String> terms = new ArrayList<>();
		for (JsonNode element : node) {
			if (!element.isString()) {
				throw new InvalidAnswerException(name + " holds something other than strings");
			}
			String term = element.stringValue().strip();
			if (term.length() > MAX_TERM_CHARS) {
				term = term.substring(0, MAX_TERM_CHARS).strip();
			}
			if (!term.isEmpty() && !terms.contains(term) && terms.size() < MAX_TERMS) {
				terms.add(term);
			}
		}
		return List.copyOf(terms);
	}
}
