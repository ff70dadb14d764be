package io.parley.gateway.auth;

import io.parley.platform.web.ApiException;
import io.parley.platform.web.TrustedHeaders;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every routed request must carry an API key, as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}.
 * The filter drops any tenant headers the caller sent, resolves the key to its tenant, and forwards the tenant,
 * principal and scopes in the trusted headers; the credential itself does not travel further.
 */
@Component
class CredentialFilter implements GlobalFilter, Ordered {

	static final String API_KEY_HEADER = "X-API-Key";
	private static final String BEARER = "Bearer ";

	private final ConfiguredApiKeys apiKeys;

	CredentialFilter(ConfiguredApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String credential = credentialOf(exchange.getRequest().getHeaders());
		if (credential == null) {
			return Mono.error(ApiException.unauthorized(
					"Authentication required: send your API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
		}
		Principal principal = apiKeys.resolve(credential).orElse(null);
		if (principal == null) {
			return Mono.error(ApiException.unauthorized("Invalid API key: check the key, or create a new one"));
		}
		ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
			TrustedHeaders.ALL.forEach(headers::remove);
			headers.remove(HttpHeaders.AUTHORIZATION);
			headers.remove(API_KEY_HEADER);
			headers.set(TrustedHeaders.TENANT_ID, principal.tenantId());
			headers.set(TrustedHeaders.PRINCIPAL, principal.name());
			headers.set(TrustedHeaders.SCOPES, String.join(" ", principal.scopes()));
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	private static String credentialOf(HttpHeaders headers) {
		String apiKey = headers.getFirst(API_KEY_HEADER);
		if (apiKey != null && !apiKey.isBlank()) {
			return apiKey.trim();
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = authorization.substring(BEARER.length()).trim();
			return token.isEmpty() ? null : token;
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}
}
