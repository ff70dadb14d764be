package io.parley.analysis;

import java.time.Clock;
import java.time.Duration;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.domain.TenantExamples;
import io.parley.analysis.llm.LlmAnalyzer;
import io.parley.analysis.local.EmbeddingModels;
import io.parley.analysis.local.LocalAnalyzer;
import io.parley.llm.LlmSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AnalyzerConfiguration.class);

	/**
	 * The sentence-embedding model runs in this process (ONNX), loaded once: no network. The quantized variant is
	 * about twice as fast for a little less accuracy (README).
	 */
	@Bean
	EmbeddingModel embeddingModel(Environment environment) {
		return EmbeddingModels.named(environment.getProperty("parley.analysis.embedding-model", EmbeddingModels.DEFAULT));
	}

	/** The LLM when one is configured, with the local analyzer as its fallback; else the local analyzer. */
	@Bean
	Analyzer analyzer(EmbeddingModel embeddingModel, ObjectProvider<TenantExamples> tenantExamples,
			Environment environment, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
		LlmSettings llm = Binder.get(environment).bind("parley.analysis.llm", LlmSettings.class)
			.orElseGet(LlmSettings::none);
		Duration examplesRefresh = Binder.get(environment).bind("parley.analysis.examples-refresh", Duration.class)
			.orElse(Duration.ofSeconds(30));
		LocalAnalyzer local = new LocalAnalyzer(embeddingModel, tenantExamples.getIfAvailable(() -> TenantExamples.NONE),
				examplesRefresh, clock.getIfAvailable(Clock::systemUTC));
		if (!llm.enabled()) {
			return local;
		}
		LlmAnalyzer analyzer = LlmAnalyzer.of(llm, local, meters.getIfAvailable(SimpleMeterRegistry::new));
		log.info("Messages are analysed by {} at {} (timeout {}, at most {} calls at once), falling back to the "
				+ "local analyzer", analyzer.name(), llm.baseUrl(), llm.timeout(), llm.maxConcurrency());
		return analyzer;
	}
}
