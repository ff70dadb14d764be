package io.parley.analysis.llm;

import java.time.Duration;

import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.analysis.domain.AnalysisRequest;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.domain.MessageAnalysis;
import io.parley.llm.BoundedLlm;
import io.parley.llm.LlmSettings;

/**
 * Analyses a message with an LLM, and with the fallback analyzer whenever the LLM cannot give a valid answer in time
 * ({@link BoundedLlm}): a slow or broken LLM slows analysis down, it never loses a message's analysis. Fallbacks are
 * counted in {@value #FALLBACK_METRIC} by reason.
 */
public class LlmAnalyzer implements Analyzer, AutoCloseable {

	public static final String VERSION = "1.0";
	public static final String FALLBACK_METRIC = "parley.analysis.llm.fallback";

	private final BoundedLlm llm;
	private final Analyzer fallback;

	/**
	 * @param name the analyzer's name in analyses, {@code llm:<provider>:<model>}
	 * @param timeout the most one analysis waits for the LLM, waiting for a permit included
	 */
	public LlmAnalyzer(ChatModel model, String name, Analyzer fallback, Duration timeout, int maxConcurrency,
			MeterRegistry meters) {
		this.llm = new BoundedLlm(model, name, "analyzer", FALLBACK_METRIC, timeout, maxConcurrency, meters);
		this.fallback = fallback;
	}

	/** The analyzer that {@code settings} describe, over {@code fallback}. */
	public static LlmAnalyzer of(LlmSettings settings, Analyzer fallback, MeterRegistry meters) {
		if (!settings.enabled()) {
			throw new IllegalArgumentException("no LLM provider configured");
		}
		return new LlmAnalyzer(BoundedLlm.chatModel(settings), BoundedLlm.nameOf(settings), fallback,
				settings.timeout(), settings.maxConcurrency(), meters);
	}

	public String name() {
		return llm.name();
	}

	@Override
	public MessageAnalysis analyze(AnalysisRequest request) {
		return llm.ask(AnalysisPrompt.messages(request), answer -> AnswerParser.parse(answer, llm.name(), VERSION),
				() -> fallback.analyze(request), request.tenantId());
	}

	@Override
	public void close() {
		llm.close();
	}
}
