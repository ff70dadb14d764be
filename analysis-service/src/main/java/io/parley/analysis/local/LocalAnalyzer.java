package io.parley.analysis.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.domain.ExamplePhrase;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.analysis.domain.TenantExamples;
import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;

/**
 * The analyzer that needs no network: category by similarity of the message's sentence embedding to labelled example
 * phrases blended with a linear classifier of the embedding, topics by similarity to topic phrases, sentiment from a
 * lexicon that reads negation, intensity, contrast and shouting, urgency from sentiment, category, time pressure,
 * money, outage, threat and safety words and the conversation so far, and the sentiment label finally from a
 * classifier of the embedding and all that the rules read. Text the lexicon and examples do not cover (another
 * language, say) still gets an analysis, with a lower confidence.
 * <p>
 * A tenant's own example phrases join the shipped ones for its messages. They are read again at most every
 * {@code examplesRefresh} and embedded only when they changed, so adding phrases costs one embedding pass, not one
 * per message.
 */
public class LocalAnalyzer implements Analyzer {

	public static final String NAME = "local";
	/**
	 * Raised whenever the same message could be analysed differently, so partners and analysts can tell analyses
	 * apart: 1.1 added the example vote for sentiment and urgency and made the quantized model the default; 1.2 reads
	 * messages the way outside writers label them (praise around a request is positive, frustration in a request is
	 * negative, calm messages rate lower, a deadline in hours with more pressure is urgent), refitted with their set;
	 * 1.3 reads quieter shades of negative feeling (disappointment, resignation, pointed politeness), starts technical
	 * and complaint messages and calm questions lower, makes a danger (gas, a warning light on the road) urgent, and is
	 * refitted with a second outside writer's set; 1.4 reads the category with a classifier trained on the example
	 * phrases and 640 labelled messages as well as by the nearest examples; 1.5 decides the sentiment label with a
	 * classifier of the embedding and the rules' reading, trained on 2,000 labelled messages, and keeps the urgency
	 * in step with it (urgent is 8 and up, anything else 7 at most); 1.6 trains that classifier on 3,990 messages of
	 * seventeen outside writers and our own sets; 1.7 trains the category classifier on them too and gives it more
	 * say beside the nearest examples.
	 */
	public static final String VERSION = "1.7";

	private static final double TOPIC_THRESHOLD = 0.55;
	private static final int MAX_TOPICS = 3;
	/** Urgency cue weight at which a danger (a gas smell, a warning light while driving) is urgent on its own. */
	private static final double DANGER_ALONE = 4;
	/**
	 * The category is the best of a blend: this share of the classifier's probabilities and the rest from the nearest
	 * examples' similarities made probabilities at {@link #SIMILARITY_TEMPERATURE}. Chosen by leaving each outside
	 * writer's set out of the training in turn and reading it: with the classifier trained on four sets, a share of 0.6
	 * beat the examples alone on all four; trained on all the labelled sets (1.7), the fourteen writers outside the
	 * first four read macro-F1 0.859 at 0.6, 0.888 at 0.8 and 0.875 with the classifier alone (0.841 before).
	 */
	private static final double CLASSIFIER_SHARE = 0.8;
	private static final double SIMILARITY_TEMPERATURE = 0.01;
	/**
	 * A message this similar to one of a tenant's own category phrases (a near paraphrase) takes that phrase's
	 * category: a tenant adds phrases to say what its customers mean, and the classifier, which never saw them, must
	 * not outvote them.
	 */
	private static final double TENANT_PHRASE_MATCH = 0.75;
	/** Example phrases by message category, which the category classifier learns from too. */
	static final String CATEGORY_EXAMPLES = "analysis/category-examples.tsv";

	private final EmbeddingModel model;
	private final Examples shipped;
	private final SentimentLexicon lexicon;
	private final UrgencyCues cues;
	private final SentimentExamples sentimentExamples;
	private final CategoryClassifier categoryClassifier;
	/** Decides the sentiment label from the embedding and the rules' reading; none: the rules' own label. */
	private final SentimentClassifier sentimentClassifier;
	private final Tuning tuning;
	private final TenantExamples tenantExamples;
	private final Duration examplesRefresh;
	private final Clock clock;
	private final Map<String, Examples> byTenant = new ConcurrentHashMap<>();

	public LocalAnalyzer(EmbeddingModel model) {
		this(model, TenantExamples.NONE, Duration.ofDays(1), Clock.systemUTC());
	}

	public LocalAnalyzer(EmbeddingModel model, TenantExamples tenantExamples, Duration examplesRefresh, Clock clock) {
		this(model, tenantExamples, examplesRefresh, clock, CategoryClassifier.shipped(), SentimentClassifier.shipped());
	}

	/** The analyzer with the rules' own sentiment label and urgency, which the sentiment classifier reads. */
	public static LocalAnalyzer withRulesSentiment(EmbeddingModel model) {
		return withRulesSentiment(model, CategoryClassifier.shipped());
	}

	/** The same, reading the category with the given classifier (to train the sentiment classifier beside it). */
	public static LocalAnalyzer withRulesSentiment(EmbeddingModel model, CategoryClassifier categoryClassifier) {
		return new LocalAnalyzer(model, TenantExamples.NONE, Duration.ofDays(1), Clock.systemUTC(), categoryClassifier,
				null);
	}

	private LocalAnalyzer(EmbeddingModel model, TenantExamples tenantExamples, Duration examplesRefresh, Clock clock,
			CategoryClassifier categoryClassifier, SentimentClassifier sentimentClassifier) {
		this.model = model;
		List<String[]> categoryPhrases = Resources.tsv(CATEGORY_EXAMPLES, 2);
		List<float[]> phraseVectors = Vectors.embedAll(model, categoryPhrases.stream().map(row -> row[1]).toList());
		this.categoryClassifier = categoryClassifier;
		this.shipped = new Examples(List.of(),
				new ExampleIndex(categoryPhrases.stream().map(row -> row[0]).toList(), phraseVectors), null,
				new ExampleIndex(model, Resources.tsv("analysis/topic-examples.tsv", 2)), Instant.MAX);
		this.lexicon = SentimentLexicon.load();
		this.cues = UrgencyCues.load();
		this.sentimentExamples = SentimentExamples.load(model);
		this.sentimentClassifier = sentimentClassifier;
		this.tuning = Tuning.FITTED;
		this.tenantExamples = tenantExamples;
		this.examplesRefresh = examplesRefresh;
		this.clock = clock;
	}

	private LocalAnalyzer(LocalAnalyzer analyzer, Tuning tuning) {
		this.model = analyzer.model;
		this.shipped = analyzer.shipped;
		this.lexicon = analyzer.lexicon;
		this.cues = analyzer.cues;
		this.sentimentExamples = analyzer.sentimentExamples;
		this.categoryClassifier = analyzer.categoryClassifier;
		this.sentimentClassifier = analyzer.sentimentClassifier;
		this.tuning = tuning;
		this.tenantExamples = analyzer.tenantExamples;
		this.examplesRefresh = analyzer.examplesRefresh;
		this.clock = analyzer.clock;
	}

	/** This analyzer with other blending weights and thresholds (to fit or compare them); the examples are shared. */
	LocalAnalyzer withTuning(Tuning tuning) {
		return new LocalAnalyzer(this, tuning);
	}

	/**
	 * How the lexicon's rules and the nearest sentiment examples are blended, fitted on the evaluation and hold-out
	 * sets together with the outside writers' sets (weighted 1.5 a message, see {@code AnalyzerTuning} in the tests),
	 * checked on the dev set. The fit preferred an example polarity of 0 by two messages of 700; 0.2 is kept so the
	 * examples' reading still reaches phrasings the lexicon lacks, and a time-pressure gate of 4 by three, where 6 is
	 * kept because the dev set, never fitted on, prefers it and one strong deadline word alone is not urgent. Since 1.3
	 * the second outside writer's set (dev3) joins the first in the fit, both at 1.5 a message. A free fit then wanted
	 * no example polarity, a time-pressure gate of 4 and a calm shift of 0.75 (outside sets up, but the dev set, never
	 * fitted on, lost sentiment and the hold-out set urgency); the shipped values move only the two urgency shifts
	 * (calm 0.5, base 0.5), which halved the outside sets' over-rating and cost the hold-out set four urgency hits of
	 * 150. A gate the other way (never urgent below some share of "urgent" neighbours) and an urgency bonus growing
	 * with that share were tried and fitted away.
	 *
	 * @param neighbours how many nearest sentiment examples vote
	 * @param temperature how much more the closer of them count
	 * @param exampleUrgency the weight of the neighbours' mean urgency against the rules' urgency (0..1)
	 * @param examplePolarity the weight of the neighbours' positive-minus-negative share against the lexicon score
	 * @param positiveQuestion above this blended score a question is positive, and so on for negative, for other
	 * matter-of-fact messages and for small talk
	 * @param complaintNeutralShare a complaint is negative whatever its words, unless at least this share of the
	 * neighbours reads it as neutral: a request worded like a complaint ("please unsubscribe me") is not one (above 1:
	 * always negative)
	 * @param urgentShare from this share of "urgent" neighbours up a message is urgent (urgency at least 8) even when
	 * the rules know none of its words: "none of our tills take payments" is an outage like the examples' outages
	 * @param calmShift how much lower than the rules and examples say people rate a message that is not urgent (full
	 * below 5, fading to nothing at 8): writers outside the team rate calm questions 1-2 and one user's problem 3-5,
	 * while the urgent end of the scale stays where it is
	 * @param timePressure from this summed weight of urgency cues, one of them a deadline ("in an hour", "tonight",
	 * "asap"), a message is urgent: a clock running out together with an outage, money or a second deadline is what
	 * people call urgent, even when the rest of the message is a calm question (above 16: never by this rule alone)
	 * @param baseShift how much lower than our own sets' scale a matter-of-fact message starts (the category's base
	 * urgency before any words: inquiry and sales 3, support 4, technical and complaint 5, small talk 1.5 unshifted):
	 * outside writers rate one user's fault or a plain complaint 3-5 and a calm question 1-2, so a technical or
	 * complaint message starting at 5 ended up too high once its words were counted
	 */
	record Tuning(int neighbours, double temperature, double exampleUrgency, double examplePolarity,
			double positiveQuestion, double negativeQuestion, double positiveMatterOfFact, double negativeMatterOfFact,
			double positiveSmallTalk, double negativeSmallTalk, double complaintNeutralShare, double urgentShare,
			double calmShift, double timePressure, double baseShift) {

		static final Tuning FITTED = new Tuning(11, 0.08, 0.5, 0.2, 0.3, -0.5, 0.25, -0.3, 0.12, -0.2, 0.8, 0.85, 0.5, 6, 0.5);

		/** The analyzer before the examples voted: the lexicon and urgency rules alone. */
		static final Tuning RULES_ONLY = new Tuning(1, 1, 0, 0, 0.45, -0.45, 0.25, -0.35, 0.12, -0.12, 2, 2, 0, 99, 0);
	}

	@Override
	public MessageAnalysis analyze(AnalysisRequest request) {
		return analyze(request, model.embed(request.text()).content().vector());
	}

	/** One embedding call for all the messages: the model spreads it over the cores. */
	@Override
	public List<MessageAnalysis> analyzeAll(List<AnalysisRequest> requests) {
		if (requests.size() == 1) {
			return List.of(analyze(requests.get(0)));
		}
		List<Embedding> embeddings = model
			.embedAll(requests.stream().map(request -> TextSegment.from(request.text())).toList()).content();
		List<MessageAnalysis> analyses = new ArrayList<>(requests.size());
		for (int i = 0; i < requests.size(); i++) {
			analyses.add(analyze(requests.get(i), embeddings.get(i).vector()));
		}
		return analyses;
	}

	MessageAnalysis analyze(AnalysisRequest request, float[] embedding) {
		String text = request.text();
		Examples examples = examplesFor(request.tenantId());
		SentimentLexicon.Reading sentiment = lexicon.read(text);
		UrgencyCues.Found found = cues.find(text);
		String language = Languages.guess(text);

		float[] unitEmbedding = Vectors.unit(embedding);
		List<Map.Entry<String, Double>> similarities = examples.categories().similarities(embedding);
		CategoryChoice choice = category(text, similarities, ranked(similarities, unitEmbedding, examples), sentiment,
				found, request);
		SentimentExamples.Vote vote = sentimentExamples.vote(embedding, tuning.neighbours(), tuning.temperature());
		int urgency = urgency(choice.category(), sentiment, found, vote, request);
		// Mere courtesy stays neutral: "thanks, have a nice weekend" sits among the grateful examples, but is not praise.
		double score = sentiment.onlyCourtesy() && tuning.examplePolarity() > 0 ? 0
				: tuning.examplePolarity() * vote.polarity() + (1 - tuning.examplePolarity()) * sentiment.score();
		SentimentLabel rulesLabel = label(choice.category(), score, vote.of(SentimentLabel.NEUTRAL), urgency, text);
		SentimentLabel label = sentimentClassifier == null ? rulesLabel : sentimentClassifier.label(unitEmbedding,
				new SentimentClassifier.RulesReading(rulesLabel, round(score), urgency, choice.category()));
		// One reading of how pressing the message is: urgent is urgency 8 and up, and nothing else is.
		urgency = label == SentimentLabel.URGENT ? Math.max(urgency, 8) : Math.min(urgency, 7);
		PriorityLevel priority = urgency >= 9 ? PriorityLevel.CRITICAL
				: urgency >= 7 ? PriorityLevel.HIGH : urgency >= 4 ? PriorityLevel.NORMAL : PriorityLevel.LOW;
		ResponseTime responseTime = switch (priority) {
			case CRITICAL -> ResponseTime.IMMEDIATE;
			case HIGH -> ResponseTime.WITHIN_1_HOUR;
			case NORMAL -> ResponseTime.WITHIN_4_HOURS;
			case LOW -> ResponseTime.WITHIN_24_HOURS;
		};
		double confidence = confidence(choice.margin(), sentiment.coverage(), "en".equals(language));
		return new MessageAnalysis(urgency, choice.category(), label, round(score), Keywords.of(text),
				topics(examples, embedding), priority, choice.category() != MessageCategory.GENERAL || urgency >= 5,
				responseTime, language, round(confidence), NAME, VERSION);
	}

	private record CategoryChoice(MessageCategory category, double margin) {
	}

	/**
	 * How likely the analysis is right, calibrated on the evaluation set so that routing's thresholds mean what they
	 * say: the clearer the best category's lead over the next and the more sentiment words recognised, the surer;
	 * between 0.55 and 0.97 (the category was right about 65% of the time at the bottom and 97% at the top). Other
	 * languages than English report a little less, as the lexicons know fewer of their words.
	 */
	static double confidence(double categoryMargin, double sentimentCoverage, boolean english) {
		double evidence = Math.min(1.0, 0.45 + categoryMargin * 3 + 0.2 * sentimentCoverage);
		double calibrated = 0.55 + 0.42 * Math.max(0, Math.min(1, (evidence - 0.4) / 0.6));
		return english ? calibrated : calibrated - 0.05;
	}

	/**
	 * The rules' label, which the sentiment classifier reads. Urgent when the message is (urgency 8 and up); a
	 * complaint is negative whatever polite or sarcastic words it uses ("Great, another week without my refund"); a
	 * question or a report needs a clearer score (the lexicon's and the nearest examples' together) to count as
	 * positive or negative than small talk does ("ok great, how much is it?" is a neutral question).
	 */
	private SentimentLabel label(MessageCategory category, double score, double neutralShare, int urgency,
			String text) {
		if (urgency >= 8) {
			return SentimentLabel.URGENT;
		}
		if (category == MessageCategory.COMPLAINT && neutralShare < tuning.complaintNeutralShare()) {
			return SentimentLabel.NEGATIVE;
		}
		boolean matterOfFact = category != MessageCategory.GENERAL;
		boolean question = text.contains("?");
		double positiveAbove = question ? tuning.positiveQuestion()
				: matterOfFact ? tuning.positiveMatterOfFact() : tuning.positiveSmallTalk();
		double negativeBelow = question ? tuning.negativeQuestion()
				: matterOfFact ? tuning.negativeMatterOfFact() : tuning.negativeSmallTalk();
		if (score > positiveAbove) {
			return SentimentLabel.POSITIVE;
		}
		return score < negativeBelow ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
	}

	/**
	 * The categories, most likely first: the blend of the classifier and the nearest examples, unless the message is a
	 * near paraphrase of one of the tenant's own phrases, whose category then comes first.
	 */
	private List<MessageCategory> ranked(List<Map.Entry<String, Double>> similarities, float[] unitEmbedding,
			Examples examples) {
		List<MessageCategory> blended = blended(similarities, unitEmbedding);
		Optional<MessageCategory> tenants = examples.tenantCategories() == null ? Optional.empty()
				: examples.tenantCategories().nearest(unitEmbedding)
					.filter(nearest -> nearest.getValue() >= TENANT_PHRASE_MATCH)
					.map(nearest -> MessageCategory.valueOf(nearest.getKey().toUpperCase()));
		if (tenants.isEmpty()) {
			return blended;
		}
		List<MessageCategory> ranked = new ArrayList<>(blended);
		ranked.remove(tenants.get());
		ranked.add(0, tenants.get());
		return ranked;
	}

	/**
	 * The categories, most likely first, by the classifier's probabilities blended with the nearest examples'
	 * similarities (a tenant's own phrases among them).
	 */
	private List<MessageCategory> blended(List<Map.Entry<String, Double>> similarities, float[] unitEmbedding) {
		double[] probabilities = categoryClassifier.probabilities(unitEmbedding);
		double best = similarities.get(0).getValue();
		double[] examples = new double[probabilities.length];
		double sum = 0;
		for (Map.Entry<String, Double> similarity : similarities) {
			int category = MessageCategory.valueOf(similarity.getKey().toUpperCase()).ordinal();
			examples[category] = Math.exp((similarity.getValue() - best) / SIMILARITY_TEMPERATURE);
			sum += examples[category];
		}
		double[] blend = new double[probabilities.length];
		for (int category = 0; category < blend.length; category++) {
			blend[category] = CLASSIFIER_SHARE * probabilities[category] + (1 - CLASSIFIER_SHARE) * examples[category] / sum;
		}
		return java.util.Arrays.stream(MessageCategory.values())
			.sorted(java.util.Comparator.comparingDouble((MessageCategory category) -> blend[category.ordinal()]).reversed())
			.toList();
	}

	/**
	 * @param similarities the nearest examples' similarity to each category, best first: how far ahead the best is
	 * measures the confidence (it was calibrated on it), and a message close to none is a follow-up
	 * @param ranked the categories, most likely first
	 */
	private CategoryChoice category(String text, List<Map.Entry<String, Double>> similarities,
			List<MessageCategory> ranked, SentimentLexicon.Reading sentiment, UrgencyCues.Found found,
			AnalysisRequest request) {
		double margin = similarities.get(0).getValue() - similarities.get(1).getValue();
		MessageCategory category = ranked.get(0);
		// Praise reads like a complaint to the embedding (both are feedback), and so does a calm question about
		// something that could go wrong ("what happens to my data if I close my account?"); the words decide.
		boolean calmQuestion = text.contains("?") && sentiment.score() > -0.1 && !found.threat();
		if (category == MessageCategory.COMPLAINT && (sentiment.score() > 0.3 || calmQuestion)) {
			category = ranked.get(1);
		}
		// A clearly angry message about help or a purchase is a complaint (so is a money matter raised with emphasis);
		// a failure report is technical. Frustration alone ("the settings are a maze, where do I ...") stays a request.
		if ((category == MessageCategory.SUPPORT || category == MessageCategory.INQUIRY || category == MessageCategory.SALES)
				&& (sentiment.score() < -0.5 || found.threat()
						|| (found.money() && (sentiment.shouting() || text.contains("!!"))))) {
			category = MessageCategory.COMPLAINT;
		}
		// A short follow-up ("any update?") means what the conversation has been about.
		if (similarities.get(0).getValue() < 0.3 && !request.history().isEmpty()) {
			MessageAnalysis previous = request.history().get(request.history().size() - 1).analysis();
			if (previous != null && previous.category() != MessageCategory.GENERAL) {
				category = previous.category();
			}
		}
		return new CategoryChoice(category, margin);
	}

	/**
	 * The rules' urgency (category, negative sentiment, time, money, outage, threat and safety words, shouting) blended
	 * with the mean urgency of the nearest examples, which knows that people rate a calm how-to question 2 and a
	 * greeting 1, a crash for one user 4-5 and a business down, money leaving now or a danger 9-10, whatever words
	 * carry it. Below urgent the result is shifted down a little (outside writers rate calm messages lower than our own
	 * sets did), and a technical or complaint message without an outage, danger or threat, or a calm question (no cue,
	 * no bad feeling), starts lower still; a deadline or a danger with enough other pressure makes it urgent, and so
	 * does a danger that weighs 4 on its own (a gas smell, a warning light while driving). Earlier trouble in the
	 * conversation adds to it last (a third complaint in a row is more urgent than the first).
	 */
	private int urgency(MessageCategory category, SentimentLexicon.Reading sentiment, UrgencyCues.Found found,
			SentimentExamples.Vote vote, AnalysisRequest request) {
		double urgency = switch (category) {
			case GENERAL -> 1.5;
			case INQUIRY, SALES -> 3;
			case SUPPORT -> 4;
			case TECHNICAL, COMPLAINT -> 5;
		};
		boolean calmQuestion = request.text().contains("?") && found.weight() == 0 && sentiment.score() > -0.1;
		boolean oneUsersTrouble = (category == MessageCategory.TECHNICAL || category == MessageCategory.COMPLAINT)
				&& !found.outage() && !found.safety() && !found.threat();
		if (oneUsersTrouble || (category != MessageCategory.GENERAL && calmQuestion)) {
			urgency -= tuning.baseShift();
		}
		if (sentiment.score() < 0) {
			urgency += -sentiment.score() * 2.5;
		}
		urgency += Math.min(4, found.weight() * 0.75);
		if (sentiment.shouting()) {
			urgency += 1;
		}
		urgency = (1 - tuning.exampleUrgency()) * urgency + tuning.exampleUrgency() * vote.urgency();
		if (urgency < 8) {
			urgency -= tuning.calmShift() * Math.min(1, (8 - urgency) / 3);
		}
		if (found.time() && found.weight() >= tuning.timePressure()
				|| found.safety() && found.weight() >= Math.min(tuning.timePressure(), DANGER_ALONE)) {
			urgency = Math.max(urgency, 8);
		}
		if (vote.of(SentimentLabel.URGENT) >= tuning.urgentShare()) {
			urgency = Math.max(urgency, 8);
		}
		long earlierTrouble = request.history().stream().map(AnalysisRequest.EarlierMessage::analysis)
			.filter(analysis -> analysis != null && (analysis.category() == MessageCategory.COMPLAINT
					|| analysis.category() == MessageCategory.TECHNICAL || analysis.sentimentScore() < -0.2))
			.count();
		urgency += Math.min(3, earlierTrouble);
		return (int) Math.max(1, Math.min(10, Math.round(urgency)));
	}

	private Examples examplesFor(String tenantId) {
		Instant now = clock.instant();
		Examples cached = byTenant.get(tenantId);
		if (cached != null && now.isBefore(cached.readAt().plus(examplesRefresh))) {
			return cached.phrases().isEmpty() ? shipped : cached;
		}
		List<ExamplePhrase> phrases = tenantExamples.of(tenantId);
		Examples current = cached != null && cached.phrases().equals(phrases) ? cached.readAgainAt(now)
				: withTenantPhrases(phrases, now);
		byTenant.put(tenantId, current);
		return current.phrases().isEmpty() ? shipped : current;
	}

	private Examples withTenantPhrases(List<ExamplePhrase> phrases, Instant now) {
		if (phrases.isEmpty()) {
			return new Examples(phrases, shipped.categories(), null, shipped.topics(), now);
		}
		ExampleIndex tenantCategories = index(phrases, ExamplePhrase.Kind.CATEGORY);
		return new Examples(phrases, shipped.categories().plus(tenantCategories), tenantCategories,
				shipped.topics().plus(index(phrases, ExamplePhrase.Kind.TOPIC)), now);
	}

	private ExampleIndex index(List<ExamplePhrase> phrases, ExamplePhrase.Kind kind) {
		return new ExampleIndex(model, phrases.stream().filter(phrase -> phrase.kind() == kind)
			.map(phrase -> new String[] { phrase.label(), phrase.phrase() }).toList());
	}

	/**
	 * The examples a tenant's messages are compared with, and when the tenant's own phrases were last read.
	 *
	 * @param tenantCategories the tenant's own category phrases alone, or null when it has none
	 */
	private record Examples(List<ExamplePhrase> phrases, ExampleIndex categories, ExampleIndex tenantCategories,
			ExampleIndex topics, Instant readAt) {

		Examples readAgainAt(Instant now) {
			return new Examples(phrases, categories, tenantCategories, topics, now);
		}
	}

	private List<String> topics(Examples examples, float[] embedding) {
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, Double> topic : examples.topics().similarities(embedding)) {
			if (topic.getValue() < TOPIC_THRESHOLD || found.size() == MAX_TOPICS) {
				break;
			}
			found.add(topic.getKey());
		}
		return found;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
