package io.parley.learning.llm;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which LLM extracts facts, if any.
 *
 * @param provider {@code none} (the local extractor only), {@code openai} (any OpenAI-compatible chat-completions
 *        endpoint: OpenAI, Azure OpenAI's {@code /openai/v1}, LM Studio, vLLM) or {@code ollama}
 * @param baseUrl the endpoint; blank for the provider's usual one
 * @param model the model name, required with a provider
 * @param apiKey the key, if the endpoint wants one; never logged
 * @param timeout the most one message waits for the LLM, queueing included
 * @param maxConcurrency the most LLM calls in flight at once
 * @param jsonMode whether to ask the endpoint for its JSON output mode (turn off for servers that reject it)
 */
@ConfigurationProperties("parley.learning.llm")
public record LlmProperties(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
		Integer maxConcurrency, Boolean jsonMode) {

	public enum Provider {
		NONE, OPENAI, OLLAMA;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public LlmProperties {
		provider = provider == null ? Provider.NONE : provider;
		baseUrl = blank(baseUrl) ? defaultBaseUrl(provider) : baseUrl.strip();
		model = blank(model) ? null : model.strip();
		apiKey = blank(apiKey) ? null : apiKey.strip();
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		maxConcurrency = maxConcurrency == null ? 4 : maxConcurrency;
		jsonMode = jsonMode == null ? Boolean.TRUE : jsonMode;
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("parley.learning.llm.timeout must be positive");
		}
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("parley.learning.llm.max-concurrency must be at least 1");
		}
		if (provider != Provider.NONE && model == null) {
			throw new IllegalArgumentException(
					"parley.learning.llm.model (PARLEY_LLM_MODEL) is required with provider " + provider.id());
		}
	}

	public boolean enabled() {
		return provider != Provider.NONE;
	}

	private static String defaultBaseUrl(Provider provider) {
		return switch (provider) {
			case OPENAI -> "https://api.openai.com/v1";
			case OLLAMA -> "http://localhost:11434";
			case NONE -> null;
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Without the key. */
	@Override
	public String toString() {
		return "LlmProperties[provider=" + provider.id() + ", baseUrl=" + baseUrl + ", model=" + model
				+ ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + ", maxConcurrency="
				+ maxConcurrency + ", jsonMode=" + jsonMode + "]";
	}
}
