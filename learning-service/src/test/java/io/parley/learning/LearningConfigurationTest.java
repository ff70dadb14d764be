package io.parley.learning;

import io.parley.learning.domain.FactExtractor;
import io.parley.learning.llm.LlmFactExtractor;
import io.parley.learning.local.LocalFactExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider setting picks the extractor; a provider without a model, or a malformed category list, stops the start. */
class LearningConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(LearningConfiguration.class);

	@Test
	void localWithoutAProvider() {
		context.run(started -> assertThat(started.getBean(FactExtractor.class)).isInstanceOf(LocalFactExtractor.class));
	}

	@Test
	void llmWithAProvider() {
		context.withPropertyValues("parley.learning.llm.provider=ollama", "parley.learning.llm.model=llama3.2")
			.run(started -> assertThat(started.getBean(FactExtractor.class)).isInstanceOfSatisfying(
					LlmFactExtractor.class, llm -> assertThat(llm.name()).isEqualTo("llm:ollama:llama3.2")));
	}

	@Test
	void aProviderNeedsAModel() {
		context.withPropertyValues("parley.learning.llm.provider=openai")
			.run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("PARLEY_LLM_MODEL"));
	}

	@Test
	void aMalformedTenantCategoryListStopsTheStart() {
		context.withPropertyValues("parley.learning.tenant-categories=acme-cycling")
			.run(started -> assertThat(started).getFailure().rootCause()
				.hasMessageContaining("tenant:category=keyword|keyword"));
	}
}
