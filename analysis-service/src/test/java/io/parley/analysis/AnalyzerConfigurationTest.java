package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.analysis.domain.Analyzer;
import io.parley.analysis.llm.LlmAnalyzer;
import io.parley.analysis.local.LocalAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The provider setting picks the analyzer; a provider without a model stops the start. */
class AnalyzerConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(AnalyzerConfiguration.class);

	@Test
	void localWithoutAProvider() {
		context.run(started -> assertThat(started.getBean(Analyzer.class)).isInstanceOf(LocalAnalyzer.class));
	}

	@Test
	void llmWithAProvider() {
		context.withPropertyValues("parley.analysis.llm.provider=ollama", "parley.analysis.llm.model=llama3.2")
			.run(started -> assertThat(started.getBean(Analyzer.class)).isInstanceOfSatisfying(LlmAnalyzer.class,
					llm -> assertThat(llm.name()).isEqualTo("llm:ollama:llama3.2")));
	}

	@Test
	void theQuantizedEmbeddingModelCanBeChosenAndAnUnknownOneStopsTheStart() {
		context.withPropertyValues("parley.analysis.embedding-model=all-minilm-l6-v2-q")
			.run(started -> assertThat(started.getBean(EmbeddingModel.class).modelName())
				.isEqualTo("all-minilm-l6-v2-q"));
		context.withPropertyValues("parley.analysis.embedding-model=bert-huge")
			.run(started -> assertThat(started).getFailure().rootCause()
				.hasMessageContaining("PARLEY_ANALYSIS_EMBEDDING_MODEL"));
	}

	@Test
	void aProviderNeedsAModel() {
		context.withPropertyValues("parley.analysis.llm.provider=openai")
			.run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("PARLEY_LLM_MODEL"));
	}
}
