package io.parley.learning.llm;

import java.time.Duration;
import java.util.List;

import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.learning.domain.ExtractedFact;
import io.parley.learning.domain.ExtractionRequest;
import io.parley.learning.domain.FactExtractor;
import io.parley.llm.BoundedLlm;
import io.parley.llm.LlmSettings;

/**
 * Extracts a message's facts with an LLM, and with the fallback extractor whenever the LLM cannot give a valid answer
 * in time ({@link BoundedLlm}, the same rules as the analysis service's LLM analyzer): a slow or broken LLM slows
 * learning down, it never stops it. Fallbacks are counted in {@value #FALLBACK_METRIC} by reason.
 */
public class LlmFactExtractor implements FactExtractor, AutoCloseable {

	public static final String VERSION = "1.0";
	public static final String FALLBACK_METRIC = "parley.learning.llm.fallback";

	private final BoundedLlm llm;
	private final FactExtractor fallback;

	/**
	 * @param name the extractor's name in stored facts, {@code llm:<provider>:<model>}
	 * @param timeout the most one extraction waits for the LLM, waiting for a permit included
	 */
	public LlmFactExtractor(ChatModel model, String name, FactExtractor fallback, Duration timeout, int maxConcurrency,
			MeterRegistry meters) {
		this.llm = new BoundedLlm(model, name, "extractor", FALLBACK_METRIC, timeout, maxConcurrency, meters);
		this.fallback = fallback;
	}

	/** The extractor that {@code settings} describe, over {@code fallback}. */
	public static LlmFactExtractor of(LlmSettings settings, FactExtractor fallback, MeterRegistry meters) {
		if (!settings.enabled()) {
			throw new IllegalArgumentException("no LLM provider configured");
		}
		return new LlmFactExtractor(BoundedLlm.chatModel(settings), BoundedLlm.nameOf(settings), fallback,
				settings.timeout(), settings.maxConcurrency(), meters);
	}

	@Override
	public String name() {
		return llm.name();
	}

	@Override
	public List<ExtractedFact> extract(ExtractionRequest request) {
		return llm.ask(FactPrompt.messages(request),
				answer -> FactAnswerParser.parse(answer, request.text(), request.tenantCategories()),
				() -> fallback.extract(request), request.tenantId());
	}

	@Override
	public void close() {
		llm.close();
	}
}
