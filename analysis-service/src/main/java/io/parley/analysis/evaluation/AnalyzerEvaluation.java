package io.parley.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.analysis.local.EmbeddingModels;
import io.parley.analysis.local.LocalAnalyzer;
import io.parley.events.MessageCategory;
import io.parley.events.SentimentLabel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the local analyzer with a labelled evaluation set and prints per-field accuracy, the category macro-F1,
 * the category and sentiment confusion matrices and the urgency's signed error (so a systematic lean, say rating
 * calm questions too urgent, shows as a bias and not just as misses): {@code ./evaluate-analysis.sh [file.jsonl]
 * [--misses]}.
 */
public final class AnalyzerEvaluation {

	private AnalyzerEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
				: "analysis-service/evaluation/analysis-evaluation.jsonl");
		List<LabelledMessage> labelled = read(file);
		System.out.println("Evaluating the local analyzer on " + labelled.size() + " labelled messages from " + file);
		List<String> options = List.of(args);
		int model = options.indexOf("--model");
		String embeddingModel = model >= 0 && model + 1 < args.length ? args[model + 1] : EmbeddingModels.DEFAULT;
		System.out.println("Embedding model " + embeddingModel);
		Result result = evaluate(new LocalAnalyzer(EmbeddingModels.named(embeddingModel)), labelled);
		System.out.print(result.report());
		if (options.contains("--misses")) {
			System.out.println();
			result.misses().forEach(System.out::println);
		}
	}

	public record LabelledMessage(String id, String text, List<String> history, MessageCategory category,
			String sentiment, int urgency, String language) {
	}

	/**
	 * @param sentimentConfusion counts by labelled sentiment, then predicted sentiment
	 * @param urgencyErrorSum the sum of predicted minus labelled urgency, so its mean shows a systematic bias
	 * @param urgencyOver how often the predicted urgency was more than 2 above the label
	 * @param urgencyUnder how often it was more than 2 below
	 */
	public record Result(int total, int categoryHits, int sentimentHits, int urgencyWithinTwo, int languageHits,
			double categoryMacroF1, Map<MessageCategory, Map<MessageCategory, Integer>> confusion,
			Map<SentimentLabel, Map<SentimentLabel, Integer>> sentimentConfusion, int urgencyErrorSum, int urgencyOver,
			int urgencyUnder, List<String> misses) {

		public double categoryAccuracy() {
			return (double) categoryHits / total;
		}

		public double sentimentAccuracy() {
			return (double) sentimentHits / total;
		}

		public double urgencyWithinTwoRate() {
			return (double) urgencyWithinTwo / total;
		}

		/** Mean predicted minus labelled urgency: above 0 the analyzer rates messages more urgent than people do. */
		public double urgencyMeanSignedError() {
			return (double) urgencyErrorSum / total;
		}

		public String report() {
			StringBuilder out = new StringBuilder();
			out.append(String.format(Locale.ROOT, "%ncategory accuracy        %.3f%n", categoryAccuracy()));
			out.append(String.format(Locale.ROOT, "category macro-F1        %.3f   (target >= 0.80)%n", categoryMacroF1));
			out.append(String.format(Locale.ROOT, "sentiment label accuracy %.3f   (target >= 0.85)%n", sentimentAccuracy()));
			out.append(String.format(Locale.ROOT, "urgency within +-2       %.3f   (target >= 0.85)%n", urgencyWithinTwoRate()));
			out.append(String.format(Locale.ROOT, "language accuracy        %.3f%n", (double) languageHits / total));
			appendConfusion(out, "confusion", MessageCategory.values(), confusion);
			appendConfusion(out, "sentiment confusion", SentimentLabel.values(), sentimentConfusion);
			out.append(String.format(Locale.ROOT,
					"%nurgency signed error     mean predicted - label %+.2f; more than 2 over: %d, more than 2 under: %d%n",
					urgencyMeanSignedError(), urgencyOver, urgencyUnder));
			return out.toString();
		}

		/** A table of counts, rows the labelled value and columns the predicted one. */
		private static <E extends Enum<E>> void appendConfusion(StringBuilder out, String title, E[] values,
				Map<E, Map<E, Integer>> counts) {
			out.append(String.format("%n%s (rows: label, columns: predicted)%n%-10s", title, ""));
			for (E predicted : values) {
				out.append(String.format("%10s", predicted.name().toLowerCase(Locale.ROOT)));
			}
			out.append('\n');
			counts.forEach((label, row) -> {
				out.append(String.format("%-10s", label.name().toLowerCase(Locale.ROOT)));
				for (E predicted : values) {
					out.append(String.format("%10d", row.getOrDefault(predicted, 0)));
				}
				out.append('\n');
			});
		}
	}

	public static Result evaluate(Analyzer analyzer, List<LabelledMessage> labelled) {
		int categoryHits = 0;
		int sentimentHits = 0;
		int urgencyHits = 0;
		int languageHits = 0;
		Map<MessageCategory, Map<MessageCategory, Integer>> confusion = new EnumMap<>(MessageCategory.class);
		Map<SentimentLabel, Map<SentimentLabel, Integer>> sentimentConfusion = new EnumMap<>(SentimentLabel.class);
		int urgencyErrorSum = 0;
		int urgencyOver = 0;
		int urgencyUnder = 0;
		List<String> misses = new ArrayList<>();
		for (LabelledMessage message : labelled) {
			MessageAnalysis analysis = analyzeInContext(analyzer, message);
			confusion.computeIfAbsent(message.category(), label -> new EnumMap<>(MessageCategory.class))
				.merge(analysis.category(), 1, Integer::sum);
			if (analysis.category() == message.category()) {
				categoryHits++;
			}
			else {
				misses.add(message.id() + " category " + message.category() + " -> " + analysis.category());
			}
			sentimentConfusion
				.computeIfAbsent(SentimentLabel.valueOf(message.sentiment().toUpperCase(Locale.ROOT)),
						label -> new EnumMap<>(SentimentLabel.class))
				.merge(analysis.sentiment(), 1, Integer::sum);
			int urgencyError = analysis.urgencyScore() - message.urgency();
			urgencyErrorSum += urgencyError;
			if (urgencyError > 2) {
				urgencyOver++;
			}
			else if (urgencyError < -2) {
				urgencyUnder++;
			}
			if (analysis.sentiment().name().equalsIgnoreCase(message.sentiment())) {
				sentimentHits++;
			}
			else {
				misses.add(message.id() + " sentiment " + message.sentiment() + " -> " + analysis.sentiment());
			}
			if (Math.abs(analysis.urgencyScore() - message.urgency()) <= 2) {
				urgencyHits++;
			}
			else {
				misses.add(message.id() + " urgency " + message.urgency() + " -> " + analysis.urgencyScore());
			}
			if (message.language().equals(analysis.language())) {
				languageHits++;
			}
		}
		return new Result(labelled.size(), categoryHits, sentimentHits, urgencyHits, languageHits,
				macroF1(confusion), confusion, sentimentConfusion, urgencyErrorSum, urgencyOver, urgencyUnder, misses);
	}

	/** The message's analysis after its conversation's earlier turns, each analysed in turn as the service would. */
	public static MessageAnalysis analyzeInContext(Analyzer analyzer, LabelledMessage message) {
		List<AnalysisRequest.EarlierMessage> history = new ArrayList<>();
		for (String earlier : message.history()) {
			history.add(new AnalysisRequest.EarlierMessage(earlier,
					analyzer.analyze(new AnalysisRequest("evaluation", earlier, List.copyOf(history)))));
		}
		return analyzer.analyze(new AnalysisRequest("evaluation", message.text(), history));
	}

	static double macroF1(Map<MessageCategory, Map<MessageCategory, Integer>> confusion) {
		double sum = 0;
		for (MessageCategory category : MessageCategory.values()) {
			int truePositives = confusion.getOrDefault(category, Map.of()).getOrDefault(category, 0);
			int labelled = confusion.getOrDefault(category, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
			int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(category, 0)).sum();
			double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
			double recall = labelled == 0 ? 0 : (double) truePositives / labelled;
			sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}
		return sum / MessageCategory.values().length;
	}

	public static List<LabelledMessage> read(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<LabelledMessage> messages = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			List<String> history = new ArrayList<>();
			node.path("history").forEach(earlier -> history.add(earlier.asString()));
			messages.add(new LabelledMessage(node.path("id").asString(), node.path("text").asString(), history,
					MessageCategory.valueOf(node.path("category").asString().toUpperCase(Locale.ROOT)),
					node.path("sentiment").asString(), node.path("urgency").asInt(), node.path("language").asString("en")));
		}
		return messages;
	}
}
