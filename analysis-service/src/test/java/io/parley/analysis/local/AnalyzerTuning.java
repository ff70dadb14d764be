package io.parley.analysis.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.evaluation.AnalyzerEvaluation;
import io.parley.analysis.evaluation.AnalyzerEvaluation.LabelledMessage;
import io.parley.analysis.evaluation.AnalyzerEvaluation.Result;

/**
 * Fits {@link LocalAnalyzer.Tuning} on the evaluation and hold-out sets together with the outside writer's blind set
 * ({@code -DoutsideWeight}, 1.5 a message by default; random starts, then coordinate descent on the number of
 * sentiment hits plus urgency hits) and shows the result on the dev set, which the fit never sees. Every message is
 * embedded once, so a candidate costs only the analyzer's own work. Not a test: run it by hand, from
 * analysis-service, with the test classpath ({@code java [-Dsamples=600] [-Drounds=5] [-Dquantized=true] [-Dtuning=v1,..,v14] [-DnearCopy=0.9] -cp
 * target/classes:target/test-classes:<deps> io.parley.analysis.local.AnalyzerTuning [set-name-part]}; with an
 * argument it also prints the report and the misses (sentiment, urgency beyond 2 or category) of the sets whose
 * name contains it). Also lists sentiment examples that are near copies of an evaluation message, which must not
 * happen.
 */
public final class AnalyzerTuning {

	private AnalyzerTuning() {
	}

	public static void main(String[] args) throws IOException {
		EmbeddingModel model = Boolean.getBoolean("quantized") ? new AllMiniLmL6V2QuantizedEmbeddingModel()
				: new AllMiniLmL6V2EmbeddingModel();
		// the rules on their own: the sentiment classifier reads them, so retrain it after shipping a new fit
		LocalAnalyzer base = LocalAnalyzer.withRulesSentiment(model);
		Map<String, List<LabelledMessage>> sets = new LinkedHashMap<>();
		sets.put("analysis-evaluation", AnalyzerEvaluation.read(Path.of("evaluation/analysis-evaluation.jsonl")));
		// the hold-out set and the outside writers' messages the classifiers learn from
		for (String name : List.of("analysis-holdout", "analysis-dev2", "analysis-blind", "analysis-dev3")) {
			sets.put(name, AnalyzerEvaluation.read(Path.of("src/main/resources/analysis/labelled-messages/" + name + ".jsonl")));
		}
		Map<String, float[]> cache = new HashMap<>();
		List<String> texts = new ArrayList<>();
		sets.values().forEach(set -> set.forEach(message -> {
			texts.add(message.text());
			texts.addAll(message.history());
		}));
		List<String> distinct = texts.stream().distinct().toList();
		var embeddings = model.embedAll(distinct.stream().map(TextSegment::from).toList()).content();
		for (int i = 0; i < distinct.size(); i++) {
			cache.put(distinct.get(i), embeddings.get(i).vector());
		}
		nearCopies(model, distinct, cache);

		List<LabelledMessage> fitOn = new ArrayList<>(sets.get("analysis-evaluation"));
		fitOn.addAll(sets.get("analysis-holdout"));
		// The blind set was written by an outside writer, whose conventions the lead's unseen messages share: it
		// counts more per message than our own sets, but not so much that their conventions are fitted away.
		List<LabelledMessage> outside = new ArrayList<>(sets.get("analysis-blind"));
		// The second outside writer's set joins the first: both are the conventions of writers other than ours.
		outside.addAll(sets.get("analysis-dev3"));
		double outsideWeight = Double.parseDouble(System.getProperty("outsideWeight", "1.5"));
		java.util.function.ToDoubleFunction<LocalAnalyzer.Tuning> fit = candidate -> score(
				evaluate(base, candidate, cache, fitOn)) + outsideWeight * score(evaluate(base, candidate, cache, outside));
		LocalAnalyzer.Tuning tuning = LocalAnalyzer.Tuning.FITTED;
		if (System.getProperty("tuning") != null) {
			// a starting point (or, with -Dsamples=0 -Drounds=0, a candidate to look at): 15 comma-separated values
			String[] values = System.getProperty("tuning").split(",");
			for (int parameter = 0; parameter < values.length; parameter++) {
				tuning = with(tuning, parameter, Double.parseDouble(values[parameter].trim()));
			}
		}
		double best = fit.applyAsDouble(tuning);
		System.out.println("start: " + best + " " + tuning);
		double[][] grids = { { 3, 5, 7, 9, 11, 15, 21 }, { 0.02, 0.03, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 1 },
				{ 0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 }, { 0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 },
				{ 0.2, 0.3, 0.4, 0.45, 0.5, 0.6 }, { -0.6, -0.5, -0.45, -0.4, -0.3, -0.2 },
				{ 0.1, 0.15, 0.2, 0.25, 0.3, 0.4 }, { -0.5, -0.4, -0.35, -0.3, -0.25, -0.2, -0.15 },
				{ 0.05, 0.08, 0.12, 0.16, 0.2, 0.3 }, { -0.3, -0.2, -0.16, -0.12, -0.08, -0.05 },
				{ 0.5, 0.6, 0.7, 0.8, 0.9, 1, 2 }, { 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 2 },
				{ 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2 }, { 4, 5, 6, 7, 8, 10, 99 }, { 0, 0.5, 1, 1.5, 2 } };
		// Random starting points first: the parameters interact (a stronger vote needs other thresholds), so the
		// descent alone stalls where it starts.
		java.util.Random random = new java.util.Random(42);
		int samples = Integer.getInteger("samples", 600);
		for (int sample = 0; sample < samples; sample++) {
			LocalAnalyzer.Tuning candidate = tuning;
			for (int parameter = 0; parameter < grids.length; parameter++) {
				if (random.nextDouble() < 0.5) {
					candidate = with(candidate, parameter, grids[parameter][random.nextInt(grids[parameter].length)]);
				}
			}
			double score = fit.applyAsDouble(candidate);
			if (score > best) {
				best = score;
				tuning = candidate;
				System.out.println("sample " + sample + ": " + best + " " + tuning);
			}
		}
		for (int round = 0; round < Integer.getInteger("rounds", 5); round++) {
			boolean improved = false;
			for (int parameter = 0; parameter < grids.length; parameter++) {
				for (double value : grids[parameter]) {
					LocalAnalyzer.Tuning candidate = with(tuning, parameter, value);
					double score = fit.applyAsDouble(candidate);
					if (score > best) {
						best = score;
						tuning = candidate;
						improved = true;
					}
				}
			}
			System.out.println("round " + round + ": " + best + " " + tuning);
			if (!improved) {
				break;
			}
		}
		for (var candidate : Map.of("rules only", LocalAnalyzer.Tuning.RULES_ONLY, "shipped", LocalAnalyzer.Tuning.FITTED,
				"fitted now", tuning).entrySet()) {
			System.out.println(candidate.getKey() + " " + candidate.getValue());
			sets.forEach((name, set) -> {
				Result result = evaluate(base, candidate.getValue(), cache, set);
				System.out.printf(Locale.ROOT, "  %-20s F1 %.3f sentiment %.3f urgency %.3f bias %+.2f over %d under %d%n",
						name, result.categoryMacroF1(), result.sentimentAccuracy(), result.urgencyWithinTwoRate(),
						result.urgencyMeanSignedError(), result.urgencyOver(), result.urgencyUnder());
				if (args.length > 0 && candidate.getKey().equals("fitted now")) {
					System.out.println(result.report());
					LocalAnalyzer analyzer = base.withTuning(candidate.getValue());
					for (LabelledMessage message : set) {
						if (!name.contains(args[0])) {
							break;
						}
						var analysis = analyzer.analyze(new io.parley.analysis.domain.AnalysisRequest("t", message.text(),
								List.of()), cache.get(message.text()));
						boolean sentimentMiss = !analysis.sentiment().name().equalsIgnoreCase(message.sentiment());
						boolean urgencyMiss = Math.abs(analysis.urgencyScore() - message.urgency()) > 2;
						boolean categoryMiss = analysis.category() != message.category();
						if (sentimentMiss || urgencyMiss || categoryMiss) {
							System.out.printf(Locale.ROOT, "  %s %-8s->%-8s u %d->%d s %+.2f %s->%s | %s%n", message.id(),
									message.sentiment(), analysis.sentiment().name().toLowerCase(Locale.ROOT),
									message.urgency(), analysis.urgencyScore(), analysis.sentimentScore(),
									message.category(), analysis.category(), message.text());
						}
					}
				}
			});
		}
	}

	private static int score(Result result) {
		return result.sentimentHits() + result.urgencyWithinTwo();
	}

	private static Result evaluate(LocalAnalyzer base, LocalAnalyzer.Tuning tuning, Map<String, float[]> cache,
			List<LabelledMessage> set) {
		LocalAnalyzer analyzer = base.withTuning(tuning);
		Analyzer cached = request -> analyzer.analyze(request, cache.get(request.text()));
		return AnalyzerEvaluation.evaluate(cached, set);
	}

	private static LocalAnalyzer.Tuning with(LocalAnalyzer.Tuning t, int parameter, double v) {
		double[] p = { t.neighbours(), t.temperature(), t.exampleUrgency(), t.examplePolarity(), t.positiveQuestion(),
				t.negativeQuestion(), t.positiveMatterOfFact(), t.negativeMatterOfFact(), t.positiveSmallTalk(),
				t.negativeSmallTalk(), t.complaintNeutralShare(), t.urgentShare(), t.calmShift(), t.timePressure(), t.baseShift() };
		p[parameter] = v;
		return new LocalAnalyzer.Tuning((int) p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14]);
	}

	/** Sentiment examples whose embedding is almost that of an evaluation message: they would flatter the figures. */
	private static void nearCopies(EmbeddingModel model, List<String> evaluationTexts, Map<String, float[]> cache) {
		List<String[]> rows = Resources.tsv("analysis/sentiment-examples.tsv", 3);
		double threshold = Double.parseDouble(System.getProperty("nearCopy", "0.9"));
		List<float[]> examples = Vectors.embedAll(model, rows.stream().map(row -> row[2]).toList());
		List<float[]> messages = evaluationTexts.stream().map(text -> Vectors.unit(cache.get(text))).toList();
		for (int i = 0; i < rows.size(); i++) {
			for (int j = 0; j < messages.size(); j++) {
				String text = evaluationTexts.get(j);
				double similarity = Vectors.dot(examples.get(i), messages.get(j), 0);
				if (similarity > threshold) {
					System.out.printf(Locale.ROOT, "near copy %.2f: %s  ~  %s%n", similarity, rows.get(i)[2], text);
				}
			}
		}
	}
}
