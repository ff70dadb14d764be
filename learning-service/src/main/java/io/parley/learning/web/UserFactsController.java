package io.parley.learning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.parley.learning.domain.ConfidenceLevel;
import io.parley.learning.domain.ContextText;
import io.parley.learning.domain.FactCategories;
import io.parley.learning.domain.LearningService;
import io.parley.learning.domain.LearningService.FactQuery;
import io.parley.learning.domain.LearningService.FactsView;
import io.parley.learning.domain.StoredFact;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** What is known about an end user, for the caller's own tenant only; and the right to have it forgotten. */
@RestController
class UserFactsController {

	/** End-user ids as ingest accepts them (AI User Learning guide): letters, digits and _-.@+, at most 50. */
	private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@+-]{1,50}");
	static final int DEFAULT_LIMIT = 10;
	static final int MAX_LIMIT = 100;
	static final int DEFAULT_CONTEXT_CHARS = 500;
	static final int MIN_CONTEXT_CHARS = 100;
	static final int MAX_CONTEXT_CHARS = 4000;

	private final LearningService learning;

	UserFactsController(LearningService learning) {
		this.learning = learning;
	}

	@GetMapping("/api/v1/users/{userId}/facts")
	Mono<Map<String, Object>> facts(Caller caller, @PathVariable String userId,
			@RequestParam(required = false) String categories, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String confidence,
			@RequestParam(name = "include_history", required = false) String includeHistory) {
		List<Map<String, Object>> problems = new ArrayList<>();
		checkUser(userId, problems);
		Set<String> wanted = categories(categories, problems);
		int max = integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, problems);
		ConfidenceLevel minimum = confidence == null || confidence.isBlank() ? ConfidenceLevel.LOW
				: ConfidenceLevel.parse(confidence).orElseGet(() -> {
					problems.add(problem("confidence", "must be one of low, medium, high"));
					return ConfidenceLevel.LOW;
				});
		boolean history = bool("include_history", includeHistory, problems);
		refuse(problems);
		FactQuery query = new FactQuery(wanted, max, minimum, history);
		return Mono.fromCallable(() -> learning.facts(caller.tenantId(), userId, query)
			.map(view -> body(view, history))
			.orElseThrow(() -> unknown(userId)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/api/v1/users/{userId}/context")
	Mono<Map<String, Object>> context(Caller caller, @PathVariable String userId,
			@RequestParam(name = "max_chars", required = false) String maxChars) {
		List<Map<String, Object>> problems = new ArrayList<>();
		checkUser(userId, problems);
		int limit = integer("max_chars", maxChars, DEFAULT_CONTEXT_CHARS, MIN_CONTEXT_CHARS, MAX_CONTEXT_CHARS, problems);
		refuse(problems);
		return Mono.fromCallable(() -> {
			ContextText context = learning.context(caller.tenantId(), userId, limit).orElseThrow(() -> unknown(userId));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("user_id", userId);
			body.put("context", context.text());
			body.put("facts_used", context.factsUsed());
			body.put("facts_available", context.factsAvailable());
			body.put("max_chars", limit);
			return body;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@DeleteMapping("/api/v1/users/{userId}")
	Mono<Map<String, Object>> erase(Caller caller, @PathVariable String userId) {
		List<Map<String, Object>> problems = new ArrayList<>();
		checkUser(userId, problems);
		refuse(problems);
		return Mono.fromCallable(() -> {
			LearningService.Erasure erasure = learning.erase(caller.tenantId(), userId);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("user_id", erasure.userId());
			body.put("erased", true);
			body.put("facts_erased", erasure.factsErased());
			body.put("erased_at", erasure.erasedAt().toString());
			return body;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static Map<String, Object> body(FactsView view, boolean includeHistory) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user_id", view.userId());
		body.put("facts", view.facts().stream().map(LearningService::factView).toList());
		body.put("total_facts", view.total());
		if (includeHistory) {
			body.put("history", view.history().stream().map(LearningService::factView).toList());
		}
		Map<String, Object> analytics = new LinkedHashMap<>();
		analytics.put("total_interactions", view.activity().messageCount());
		analytics.put("avg_sentiment", view.activity().sentiments().isEmpty() ? null
				: Math.round(view.activity().averageSentiment() * 100) / 100.0);
		analytics.put("most_active_hour", view.activity().messageCount() == 0 ? null : view.activity().mostActiveHour());
		body.put("analytics", analytics);
		body.put("suggestions", view.facts().stream().filter(f -> f.level() != ConfidenceLevel.LOW).limit(5)
			.map(UserFactsController::suggestion).toList());
		return body;
	}

	/** The seed's suggestion lines: "User shows interest in jazz music". */
	private static String suggestion(StoredFact fact) {
		String value = fact.value();
		return "User " + Character.toLowerCase(value.charAt(0)) + value.substring(1);
	}

	private static void checkUser(String userId, List<Map<String, Object>> problems) {
		if (!USER_ID.matcher(userId).matches()) {
			problems.add(problem("user_id", "must be 1 to 50 letters, digits or _-.@+"));
		}
	}

	private static Set<String> categories(String raw, List<Map<String, Object>> problems) {
		Set<String> wanted = new LinkedHashSet<>();
		if (raw == null || raw.isBlank()) {
			return wanted;
		}
		for (String part : raw.split(",")) {
			String category = FactCategories.canonical(part);
			if (!FactCategories.NAME.matcher(category).matches()) {
				problems.add(problem("categories", "each category must be a name like interests or behavior"));
				return wanted;
			}
			wanted.add(category);
		}
		return wanted;
	}

	private static int integer(String name, String raw, int fallback, int min, int max,
			List<Map<String, Object>> problems) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(raw.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(problem(name, "must be an integer from " + min + " to " + max));
		return fallback;
	}

	private static boolean bool(String name, String raw, List<Map<String, Object>> problems) {
		if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
			return false;
		}
		if (raw.strip().equalsIgnoreCase("true")) {
			return true;
		}
		problems.add(problem(name, "must be true or false"));
		return false;
	}

	private static Map<String, Object> problem(String field, String message) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("field", field);
		problem.put("message", message);
		return problem;
	}

	private static void refuse(List<Map<String, Object>> problems) {
		if (!problems.isEmpty()) {
			throw ApiException.badRequest("Invalid request: " + problems.get(0).get("field") + " "
					+ problems.get(0).get("message"), Map.of("fields", problems));
		}
	}

	private static ApiException unknown(String userId) {
		return ApiException.notFound("User " + userId + " not found: nothing has been learned about them for this tenant");
	}
}
