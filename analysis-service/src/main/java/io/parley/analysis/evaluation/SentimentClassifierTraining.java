package io.parley.analysis.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.analysis.evaluation.AnalyzerEvaluation.LabelledMessage;
import io.parley.analysis.local.CategoryClassifier;
import io.parley.analysis.local.LabelledMessages;
import io.parley.analysis.local.LocalAnalyzer;
import io.parley.analysis.local.SentimentClassifier;
import io.parley.analysis.local.SentimentClassifier.RulesReading;
import io.parley.events.SentimentLabel;
import io.parley.llm.embedding.SoftmaxRegression;
import io.parley.llm.embedding.SoftmaxRegression.Fit;

/**
 * Trains the {@link SentimentClassifier} the service ships (see {@link ClassifierTraining}). Each labelled
 * message is an example: its embedding (by the default, quantized model) and what the lexicon and urgency rules read
 * of it in its conversation, labelled with the sentiment its writer gave it. The fit is a softmax regression by
 * full-batch gradient descent with Nesterov momentum from zero, so the same sets give the same weights. It stops
 * after 500 steps, short of the exact optimum: leaving each outside writer out in turn, that read their
 * sets as well as the optimum and our evaluation set better.
 * <p>
 * It learns from the {@link LabelledMessages}: never the evaluation set or the blind sets in
 * {@code analysis-service/evaluation}, so the figures read on those (README) are of text it never saw.
 */
public final class SentimentClassifierTraining {

	private static final Fit FIT = new Fit(500, 1.0, 0.9, 1e-4, false);

	private SentimentClassifierTraining() {
	}

	/** Trains on the listed sets in the folder, reading categories with the shipped category classifier. */
	public static SentimentClassifier train(Path folder, EmbeddingModel model, PrintStream progress)
			throws IOException {
		return train(folder, model, CategoryClassifier.shipped(), progress);
	}

	/** Trains on the listed sets in the folder, printing progress when given somewhere to print it. */
	public static SentimentClassifier train(Path folder, EmbeddingModel model, CategoryClassifier categories,
			PrintStream progress) throws IOException {
		LocalAnalyzer rules = LocalAnalyzer.withRulesSentiment(model, categories);
		List<Example> examples = new ArrayList<>();
		for (String set : LabelledMessages.SETS) {
			List<LabelledMessage> messages = AnalyzerEvaluation.read(folder.resolve(set + ".jsonl"));
			for (LabelledMessage message : messages) {
				MessageAnalysis read = AnalyzerEvaluation.analyzeInContext(rules, message);
				examples.add(new Example(SentimentClassifier.inputs(model.embed(message.text()).content().vector(),
						new RulesReading(read.sentiment(), read.sentimentScore(), read.urgencyScore(), read.category())),
						SentimentLabel.valueOf(message.sentiment().toUpperCase(Locale.ROOT))));
			}
			if (progress != null) {
				progress.printf(Locale.ROOT, "read %-18s %4d messages, %5d so far%n", set, messages.size(),
						examples.size());
			}
		}
		return train(examples, progress);
	}

	/** @param inputs as {@link SentimentClassifier#inputs} gives them */
	public record Example(double[] inputs, SentimentLabel label) {
	}

	/** Softmax regression with L2 (not on the bias) by full-batch Nesterov gradient descent from zero. */
	public static SentimentClassifier train(List<Example> examples, PrintStream progress) {
		double[][] inputs = examples.stream().map(Example::inputs).toArray(double[][]::new);
		int[] labels = examples.stream().mapToInt(example -> example.label().ordinal()).toArray();
		return new SentimentClassifier(List.of(SentimentLabel.values()),
				SoftmaxRegression.train(inputs, labels, SentimentLabel.values().length, FIT, progress));
	}
}
