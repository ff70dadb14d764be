package io.parley.learning;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.learning.domain.FactExtractor;
import io.parley.learning.domain.TenantCategories;
import io.parley.learning.domain.TextEmbedder;
import io.parley.learning.llm.LlmFactExtractor;
import io.parley.learning.local.LocalEmbeddings;
import io.parley.learning.local.LocalFactExtractor;
import io.parley.learning.local.StatementClassifier;
import io.parley.learning.local.StatementFallback;
import io.parley.llm.LlmSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class LearningConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LearningConfiguration.class);

	/** The sentence-embedding model runs in this process (ONNX), loaded once: no network. */
	@Bean
	EmbeddingModel embeddingModel() {
		return LocalEmbeddings.model();
	}

	@Bean
	TextEmbedder textEmbedder(EmbeddingModel model) {
		return LocalEmbeddings.textEmbedder(model);
	}

	/**
	 * The LLM when one is configured, with the local extractor as its fallback; else the local extractor. The local
	 * extractor notes statements its rules leave unread unless {@code parley.learning.statement-notes} is false.
	 */
	@Bean
	FactExtractor factExtractor(Environment environment, ObjectProvider<MeterRegistry> meters, TextEmbedder embedder,
			@Value("${parley.learning.statement-notes:true}") boolean statementNotes) {
		LlmSettings llm = Binder.get(environment).bind("parley.learning.llm", LlmSettings.class)
			.orElseGet(LlmSettings::none);
		LocalFactExtractor local = statementNotes
				? new LocalFactExtractor(new StatementFallback(embedder, StatementClassifier.shipped()))
				: new LocalFactExtractor();
		if (!llm.enabled()) {
			return local;
		}
		LlmFactExtractor extractor = LlmFactExtractor.of(llm, local, meters.getIfAvailable(SimpleMeterRegistry::new));
		log.info("Facts are extracted by {} at {} (timeout {}, at most {} calls at once), falling back to the local "
				+ "extractor", extractor.name(), llm.baseUrl(), llm.timeout(), llm.maxConcurrency());
		return extractor;
	}

	@Bean
	TenantCategories tenantCategories(@Value("${parley.learning.tenant-categories:}") String spec) {
		return TenantCategories.parse(spec);
	}
}
