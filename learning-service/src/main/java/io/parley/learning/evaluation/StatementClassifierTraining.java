package io.parley.learning.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parley.learning.domain.FactCategories;
import io.parley.learning.domain.TextEmbedder;
import io.parley.learning.evaluation.ExtractorEvaluation.Expected;
import io.parley.learning.evaluation.ExtractorEvaluation.LabelledMessage;
import io.parley.learning.local.LocalEmbeddings;
import io.parley.learning.local.LocalFactExtractor;
import io.parley.learning.local.LocalFactExtractor.StatementClause;
import io.parley.learning.local.StatementClassifier;
import io.parley.llm.embedding.SoftmaxRegression;
import io.parley.llm.embedding.SoftmaxRegression.Fit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the {@link StatementClassifier} the service ships: {@code ./train-statement-classifier.sh}. Every clause of
 * the labelled messages' statements (as the local extractor's sentence filters let them through) is an example: of
 * the category of a labelled fact whose words it holds, or of "none". The fit is a softmax regression by gradient
 * descent from zero, so the same sets give the same weights.
 * <p>
 * The sets it learns from are listed here. The first evaluation set, its hold-out and every outside writer's set
 * that was only ever measured stay out, so the figures read on them (README) are of text the classifier never saw.
 */
public final class StatementClassifierTraining {

	static final List<String> TRAINING_SETS = List.of("learning-blind.jsonl", "learning-blind2.jsonl",
			"learning-blind3.jsonl", "learning-blind4.jsonl", "learning-blind5.jsonl", "learning-blind6.jsonl",
			"learning-blind7.jsonl", "learning-blind8.jsonl", "learning-blind9.jsonl", "learning-broad.jsonl",
			"learning-broad2.jsonl", "learning-broad3.jsonl", "learning-broad4.jsonl", "learning-broad5.jsonl",
			"learning-dev-recall.jsonl", "learning-dev3.jsonl", "learning-fresh.jsonl", "learning-unseen.jsonl");
	static final List<String> CATEGORIES = List.of("none", FactCategories.BEHAVIOR, FactCategories.COMMUNICATION,
			FactCategories.CONSTRAINTS, FactCategories.GOALS, FactCategories.INTERESTS, FactCategories.PERSONAL,
			FactCategories.PREFERENCES, FactCategories.PROFESSIONAL);
	static final double THRESHOLD = 0.9;
	/** Plain gradient descent, its decay on the bias too. */
	private static final Fit FIT = new Fit(500, 0.5, 0, 0.01, true);

	private StatementClassifierTraining() {
	}

	public static void main(String[] args) throws IOException {
		Path evaluation = Path.of(args.length > 0 ? args[0] : "learning-service/evaluation");
		Path out = Path.of(args.length > 1 ? args[1]
				: "learning-service/src/main/resources" + StatementClassifier.RESOURCE);
		StatementClassifier classifier = train(evaluation, LocalEmbeddings.textEmbedder(LocalEmbeddings.model()),
				System.out);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, JsonMapper.builder().build().writeValueAsString(classifier));
		System.out.println("wrote " + out);
	}

	/** Trains on the listed sets in the folder, printing progress when given somewhere to print it. */
	public static StatementClassifier train(Path evaluation, TextEmbedder embedder, PrintStream progress)
			throws IOException {
		LocalFactExtractor rules = new LocalFactExtractor();
		List<Example> examples = new ArrayList<>();
		for (String set : TRAINING_SETS) {
			List<LabelledMessage> messages = ExtractorEvaluation.read(evaluation.resolve(set));
			examples.addAll(examples(rules, messages, embedder));
			if (progress != null) {
				progress.printf(Locale.ROOT, "read %-28s %4d messages, %5d clauses so far%n", set, messages.size(),
						examples.size());
			}
		}
		return train(examples, THRESHOLD, progress);
	}

	public record Example(float[] embedding, boolean firstPerson, int category) {
	}

	/** Each statement clause of the messages, labelled with the category of a fact whose words it holds, or none. */
	static List<Example> examples(LocalFactExtractor rules, List<LabelledMessage> messages, TextEmbedder embedder) {
		List<Example> examples = new ArrayList<>();
		for (LabelledMessage message : messages) {
			for (StatementClause clause : rules.statementClauses(message.text())) {
				examples.add(new Example(embedder.embed(clause.text()), clause.firstPerson(),
						category(clause.text(), message.facts())));
			}
		}
		return examples;
	}

	public static int categoryIndex(String category) {
		int index = CATEGORIES.indexOf(category);
		if (index < 0) {
			throw new IllegalArgumentException("No such category: " + category + "; one of " + CATEGORIES);
		}
		return index;
	}

	static int category(String clause, List<Expected> facts) {
		Set<String> words = ExtractorEvaluation.words(clause);
		for (Expected fact : facts) {
			Set<String> about = ExtractorEvaluation.words(fact.about());
			if (!about.isEmpty() && words.containsAll(about) && CATEGORIES.contains(fact.category())) {
				return CATEGORIES.indexOf(fact.category());
			}
		}
		return 0;
	}

	/** Softmax regression with L2 by full-batch gradient descent, on standardised embeddings. */
	public static StatementClassifier train(List<Example> examples, double threshold, PrintStream progress) {
		int n = examples.size();
		int dimensions = examples.get(0).embedding().length;
		int width = dimensions + 2;
		float[] mean = new float[dimensions];
		float[] scale = new float[dimensions];
		for (Example example : examples) {
			for (int i = 0; i < dimensions; i++) {
				mean[i] += example.embedding()[i] / n;
			}
		}
		for (Example example : examples) {
			for (int i = 0; i < dimensions; i++) {
				float d = example.embedding()[i] - mean[i];
				scale[i] += d * d / n;
			}
		}
		for (int i = 0; i < dimensions; i++) {
			scale[i] = (float) Math.sqrt(scale[i]) + 1e-6f;
		}
		double[][] x = new double[n][width];
		for (int j = 0; j < n; j++) {
			Example example = examples.get(j);
			for (int i = 0; i < dimensions; i++) {
				x[j][i] = (example.embedding()[i] - mean[i]) / scale[i];
			}
			x[j][dimensions] = example.firstPerson() ? 1 : 0;
			x[j][dimensions + 1] = 1;
		}
		int[] labels = examples.stream().mapToInt(Example::category).toArray();
		float[][] weights = SoftmaxRegression.train(x, labels, CATEGORIES.size(), FIT, progress);
		return new StatementClassifier(CATEGORIES, threshold, mean, scale, weights);
	}
}
