package io.parley.analysis;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.local.LocalAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

	/** The sentence-embedding model runs in this process (ONNX), loaded once: no network. */
	@Bean
	EmbeddingModel embeddingModel() {
		return new AllMiniLmL6V2EmbeddingModel();
	}

	@Bean
	Analyzer analyzer(EmbeddingModel embeddingModel) {
		return new LocalAnalyzer(embeddingModel);
	}
}
