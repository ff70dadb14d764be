package io.parley.analysis.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.parley.analysis.domain.ExamplePhrase;
import io.parley.analysis.domain.ExamplePhrases;
import io.parley.events.MessageCategory;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A tenant's own example phrases for the local analyzer: categories take phrases for the six fixed categories,
 * topics take phrases for any topic name the tenant chooses.
 */
@RestController
@RequestMapping("/api/v1/analysis/examples")
class ExamplePhrasesController {

	static final int MAX_PHRASES_PER_REQUEST = 200;
	private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
	private static final List<String> CATEGORIES = Arrays.stream(MessageCategory.values())
		.map(category -> category.name().toLowerCase(Locale.ROOT)).toList();

	private final ExamplePhrases examples;

	ExamplePhrasesController(ExamplePhrases examples) {
		this.examples = examples;
	}

	record AddExamples(String kind, String label, List<String> phrases) {
	}

	@GetMapping
	Mono<Map<String, Object>> list(Caller caller) {
		return Mono.fromCallable(() -> {
			Map<ExamplePhrase.Kind, Map<String, List<String>>> byKind = examples.of(caller.tenantId());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("categories", byKind.get(ExamplePhrase.Kind.CATEGORY));
			body.put("topics", byKind.get(ExamplePhrase.Kind.TOPIC));
			body.put("count", byKind.values().stream().flatMap(labels -> labels.values().stream()).mapToInt(List::size).sum());
			body.put("limit", ExamplePhrases.MAX_PER_TENANT);
			return body;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, Object>> add(Caller caller, @RequestBody AddExamples request) {
		List<ExamplePhrase> phrases = validated(request);
		return Mono.fromCallable(() -> {
			try {
				int added = examples.add(caller.tenantId(), phrases);
				return Map.<String, Object>of("added", added, "unchanged", phrases.size() - added);
			}
			catch (ExamplePhrases.TooManyExamplesException ex) {
				throw new ApiException(HttpStatus.CONFLICT, "too_many_examples", ex.getMessage(),
						Map.of("limit", ExamplePhrases.MAX_PER_TENANT));
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@DeleteMapping("/{kind}/{label}")
	Mono<Map<String, Object>> remove(Caller caller, @PathVariable String kind, @PathVariable String label) {
		ExamplePhrase.Kind parsedKind = kind(kind);
		return Mono.fromCallable(() -> {
			int removed = examples.remove(caller.tenantId(), parsedKind, label.toLowerCase(Locale.ROOT));
			if (removed == 0) {
				throw ApiException.notFound("This tenant has no " + kind + " example phrases labelled '" + label + "'");
			}
			return Map.<String, Object>of("removed", removed);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static List<ExamplePhrase> validated(AddExamples request) {
		Map<String, Object> problems = new LinkedHashMap<>();
		ExamplePhrase.Kind kind = null;
		if (request.kind() == null || !List.of("category", "topic").contains(request.kind())) {
			problems.put("kind", "must be 'category' or 'topic'");
		}
		else {
			kind = kind(request.kind());
		}
		String label = request.label() == null ? "" : request.label().trim().toLowerCase(Locale.ROOT);
		if (kind == ExamplePhrase.Kind.CATEGORY && !CATEGORIES.contains(label)) {
			problems.put("label", "a category is one of " + CATEGORIES);
		}
		if (kind == ExamplePhrase.Kind.TOPIC && !TOPIC.matcher(label).matches()) {
			problems.put("label", "a topic is 1-40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
		}
		List<String> phrases = request.phrases() == null ? List.of() : request.phrases();
		if (phrases.isEmpty() || phrases.size() > MAX_PHRASES_PER_REQUEST) {
			problems.put("phrases", "give 1 to " + MAX_PHRASES_PER_REQUEST + " phrases");
		}
		for (int i = 0; i < phrases.size(); i++) {
			String phrase = phrases.get(i) == null ? "" : phrases.get(i).strip();
			if (phrase.length() < 3 || phrase.length() > 300) {
				problems.put("phrases[" + i + "]", "a phrase is 3 to 300 characters");
			}
		}
		if (!problems.isEmpty()) {
			throw ApiException.badRequest("The example phrases were not added: fix the fields in details", problems);
		}
		List<ExamplePhrase> valid = new ArrayList<>();
		for (String phrase : new LinkedHashSet<>(phrases.stream().map(String::strip).toList())) {
			valid.add(new ExamplePhrase(kind, label, phrase));
		}
		return valid;
	}

	private static ExamplePhrase.Kind kind(String kind) {
		return switch (kind) {
			case "category" -> ExamplePhrase.Kind.CATEGORY;
			case "topic" -> ExamplePhrase.Kind.TOPIC;
			default -> throw ApiException.badRequest("Unknown example kind '" + kind + "'",
					Map.of("kind", "must be 'category' or 'topic'"));
		};
	}
}
