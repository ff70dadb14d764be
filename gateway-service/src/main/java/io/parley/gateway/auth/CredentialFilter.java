package io.parley.gateway.auth;

import java.util.Map;
import java.util.Optional;

import io.parley.gateway.tenant.Scopes;
import io.parley.gateway.tenant.TenantDirectory;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.TrustedHeaders;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every routed request must carry a credential: an API key as {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}, or a bearer JWT. The filter drops tenant headers the caller sent, resolves the
 * credential to its tenant, checks the route's scope, and forwards tenant, principal and scopes in the trusted
 * headers; the credential itself does not travel further.
 */
@Component
class CredentialFilter implements GlobalFilter, Ordered {

	static final String API_KEY_HEADER = "X-API-Key";
	/** Route metadata naming the scope a route requires. */
	static final String SCOPE_METADATA = "scope";
	/** Route metadata {@code auth: none}: a public route, served without credential (and so without rate limit). */
	static final String AUTH_METADATA = "auth";
	private static final String BEARER = "Bearer ";

	private final TenantDirectory directory;
	private final JwtAuthenticator jwt;

	CredentialFilter(TenantDirectory directory, JwtAuthenticator jwt) {
		this.directory = directory;
		this.jwt = jwt;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if ("none".equals(metadata(exchange, AUTH_METADATA))) {
			ServerHttpRequest request = exchange.getRequest().mutate()
				.headers(forwarded -> TrustedHeaders.ALL.forEach(forwarded::remove)).build();
			return chain.filter(exchange.mutate().request(request).build());
		}
		HttpHeaders headers = exchange.getRequest().getHeaders();
		Optional<String> apiKey = nonBlank(headers.getFirst(API_KEY_HEADER));
		Optional<String> bearer = bearerOf(headers);
		Mono<Principal> principal;
		if (apiKey.isPresent()) {
			principal = byApiKey(apiKey.get());
		}
		else if (bearer.isPresent()) {
			principal = JwtAuthenticator.looksLikeJwt(bearer.get()) ? jwt.authenticate(bearer.get()) : byApiKey(bearer.get());
		}
		else {
			principal = Mono.error(ApiException.unauthorized(
					"Authentication required: send your API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"));
		}
		return principal.flatMap(resolved -> {
			String required = metadata(exchange, SCOPE_METADATA);
			if (!Scopes.grants(resolved.scopes(), required)) {
				return Mono.error(new ApiException(HttpStatus.FORBIDDEN, "forbidden",
						"This credential lacks the '" + required + "' scope this endpoint needs",
						Map.of("required_scope", required)));
			}
			exchange.getAttributes().put(Principal.ATTRIBUTE, resolved);
			ServerHttpRequest request = exchange.getRequest().mutate().headers(forwarded -> {
				TrustedHeaders.ALL.forEach(forwarded::remove);
				forwarded.remove(HttpHeaders.AUTHORIZATION);
				forwarded.remove(API_KEY_HEADER);
				forwarded.set(TrustedHeaders.TENANT_ID, resolved.tenantId());
				forwarded.set(TrustedHeaders.PRINCIPAL, resolved.name());
				forwarded.set(TrustedHeaders.SCOPES, String.join(" ", resolved.scopes()));
			}).build();
			return chain.filter(exchange.mutate().request(request).build());
		});
	}

	private Mono<Principal> byApiKey(String key) {
		return directory.usableKey(key).flatMap(found -> found
			.map(resolved -> Mono.just(new Principal(resolved.tenant().id(),
					resolved.key().name() != null ? resolved.key().name() : "key:" + resolved.key().prefix(),
					resolved.key().scopes())))
			.orElseGet(() -> Mono.error(ApiException.unauthorized(
					"Invalid API key: it is unknown, revoked or expired. Check the key, or ask for a new one"))));
	}

	private static String metadata(ServerWebExchange exchange, String name) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		Object value = route == null ? null : route.getMetadata().get(name);
		return value == null ? null : value.toString();
	}

	private static Optional<String> bearerOf(HttpHeaders headers) {
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return nonBlank(authorization.substring(BEARER.length()));
		}
		return Optional.empty();
	}

	private static Optional<String> nonBlank(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}
}
