package io.parley.learning.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.FactExtractor;
import io.parley.learning.local.LocalEmbeddings;
import io.parley.learning.local.LocalFactExtractor;
import io.parley.learning.local.StatementClassifier;
import io.parley.learning.local.StatementFallback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares an extractor's facts with a labelled evaluation set and prints precision and recall:
 * {@code ./evaluate-learning.sh [file.jsonl] [--misses] [--rules-only]}.
 * <p>
 * A labelled fact is a category and what the fact is about ("interests", "jazz"). An extracted fact matches it when
 * the categories are equal and every word of the label's "about" appears among the words of the extracted fact's
 * value sentence, subject or structured value (case and a plural "s" ignored). Each labelled fact is matched at most
 * once. Precision is matched extracted facts over all extracted facts (retractions are not facts and not counted);
 * recall is matched labelled facts over all labelled facts.
 */
public final class ExtractorEvaluation {

	private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "my", "and");

	private ExtractorEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
				: "learning-service/evaluation/learning-evaluation.jsonl");
		List<LabelledMessage> labelled = read(file);
		boolean rulesOnly = List.of(args).contains("--rules-only");
		System.out.println("Evaluating the local extractor" + (rulesOnly ? " (rules only)" : "") + " on "
				+ labelled.size() + " labelled messages from " + file);
		Result result = evaluate(rulesOnly ? new LocalFactExtractor() : shipped(), labelled);
		System.out.print(result.report());
		if (List.of(args).contains("--misses")) {
			System.out.println();
			result.misses().forEach(System.out::println);
		}
	}

	/** The local extractor as the service runs it: its rules, then notes of the statements they leave unread. */
	public static LocalFactExtractor shipped() {
		return new LocalFactExtractor(new StatementFallback(LocalEmbeddings.textEmbedder(LocalEmbeddings.model()),
				StatementClassifier.shipped()));
	}

	public record Expected(String category, String about) {
	}

	public record LabelledMessage(String id, String text, List<Expected> facts) {
	}

	public record Result(int messages, int expected, int extracted, int matchedExpected, int matchedExtracted,
			int trapMessages, int trapMessagesWithFacts, List<String> misses) {

		public double precision() {
			return extracted == 0 ? 1 : (double) matchedExtracted / extracted;
		}

		public double recall() {
			return expected == 0 ? 1 : (double) matchedExpected / expected;
		}

		String report() {
			return String.format(Locale.ROOT, """

					messages                 %d (%d traps with no fact to learn)
					labelled facts           %d
					extracted facts          %d
					precision                %.3f   (target >= 0.85)
					recall                   %.3f   (target >= 0.60)
					traps that taught a fact %d of %d
					""", messages, trapMessages, expected, extracted, precision(), recall(), trapMessagesWithFacts,
					trapMessages);
		}
	}

	public static Result evaluate(FactExtractor extractor, List<LabelledMessage> labelled) {
		int expected = 0;
		int extracted = 0;
		int matchedExpected = 0;
		int matchedExtracted = 0;
		int traps = 0;
		int trapsWithFacts = 0;
		List<String> misses = new ArrayList<>();
		for (LabelledMessage message : labelled) {
			List<ExtractedFact> facts = extractor.extract(ExtractionRequest.of("evaluation", message.text())).stream()
				.filter(fact -> !fact.retraction()).toList();
			expected += message.facts().size();
			extracted += facts.size();
			if (message.facts().isEmpty()) {
				traps++;
				if (!facts.isEmpty()) {
					trapsWithFacts++;
				}
			}
			boolean[] used = new boolean[message.facts().size()];
			for (ExtractedFact fact : facts) {
				boolean matched = false;
				for (int i = 0; i < used.length && !matched; i++) {
					if (!used[i] && matches(message.facts().get(i), fact)) {
						used[i] = true;
						matched = true;
					}
				}
				if (matched) {
					matchedExtracted++;
				}
				else {
					misses.add(message.id() + " extra   " + fact.category() + " / " + fact.value() + "   <- " + message.text());
				}
			}
			for (int i = 0; i < used.length; i++) {
				if (used[i]) {
					matchedExpected++;
				}
				else {
					Expected missed = message.facts().get(i);
					misses.add(message.id() + " missed  " + missed.category() + " / " + missed.about() + "   <- "
							+ message.text());
				}
			}
		}
		return new Result(labelled.size(), expected, extracted, matchedExpected, matchedExtracted, traps,
				trapsWithFacts, misses);
	}

	static boolean matches(Expected expected, ExtractedFact fact) {
		if (!expected.category().equals(fact.category())) {
			return false;
		}
		Set<String> words = new HashSet<>(words(fact.value() + " " + fact.subject() + " "
				+ fact.structuredValue().values().stream().map(String::valueOf).collect(Collectors.joining(" "))));
		return words.containsAll(words(expected.about()));
	}

	static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty() && !STOP.contains(word))
			.map(word -> word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word)
			.collect(Collectors.toSet());
	}

	public static List<LabelledMessage> read(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<LabelledMessage> messages = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			List<Expected> facts = new ArrayList<>();
			node.path("facts").forEach(fact -> facts.add(new Expected(fact.path("category").asString(),
					fact.path("about").asString())));
			messages.add(new LabelledMessage(node.path("id").asString(), node.path("text").asString(), List.copyOf(facts)));
		}
		return messages;
	}
}
