package io.parley.llm;

import java.time.Duration;
import java.util.Locale;

/**
 * Which LLM a service asks, if any: the {@code PARLEY_LLM_*} settings, bound under the service's own prefix.
 *
 * @param provider {@code none} (the service's local fallback only), {@code openai} (any OpenAI-compatible chat-completions
 *        endpoint: OpenAI, Azure OpenAI's {@code /openai/v1}, LM Studio, vLLM) or {@code ollama}
 * @param baseUrl the endpoint; blank for the provider's usual one
 * @param model the model name, required with a provider
 * @param apiKey the key, if the endpoint wants one; never logged
 * @param timeout the most one message waits for the LLM, queueing included
 * @param maxConcurrency the most LLM calls in flight at once
 * @param jsonMode whether to ask the endpoint for its JSON output mode (turn off for servers that reject it)
 */
public record LlmSettings(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
		Integer maxConcurrency, Boolean jsonMode) {

	public enum Provider {
		NONE, OPENAI, OLLAMA;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public LlmSettings {
		provider = provider == null ? Provider.NONE : provider;
		baseUrl = blank(baseUrl) ? defaultBaseUrl(provider) : baseUrl.strip();
		model = blank(model) ? null : model.strip();
		apiKey = blank(apiKey) ? null : apiKey.strip();
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		maxConcurrency = maxConcurrency == null ? 4 : maxConcurrency;
		jsonMode = jsonMode == null ? Boolean.TRUE : jsonMode;
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("PARLEY_LLM_TIMEOUT must be positive");
		}
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("PARLEY_LLM_MAX_CONCURRENCY must be at least 1");
		}
		if (provider != Provider.NONE && model == null) {
			throw new IllegalArgumentException(
					"PARLEY_LLM_MODEL is required with provider " + provider.id());
		}
	}

	/** No LLM: the defaults. */
	public static LlmSettings none() {
		return new LlmSettings(null, null, null, null, null, null, null);
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
		return "LlmSettings[provider=" + provider.id() + ", baseUrl=" + baseUrl + ", model=" + model
				+ ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + ", maxConcurrency="
				+ maxConcurrency + ", jsonMode=" + jsonMode + "]";
	}
}
