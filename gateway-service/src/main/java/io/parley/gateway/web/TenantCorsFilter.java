package io.parley.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parley.gateway.auth.Principal;
import io.parley.gateway.tenant.TenantDirectory;
import io.parley.platform.web.ApiException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for browser widgets, per tenant: a tenant lists the origins its pages are served from. A preflight carries
 * no credential, so it is answered for any origin some tenant allows; the real request is then checked against
 * its own tenant's list.
 */
@Component
class TenantCorsFilter implements WebFilter, GlobalFilter, Ordered {

	static final String ALLOWED_HEADERS = "Authorization, X-API-Key, Content-Type, X-Request-Id, Idempotency-Key, Last-Event-ID";
	static final String EXPOSED_HEADERS = "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After";

	private final TenantDirectory directory;

	TenantCorsFilter(TenantDirectory directory) {
		this.directory = directory;
	}

	/** Preflight: answered here, before routing and authentication. */
	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String origin = exchange.getRequest().getHeaders().getOrigin();
		boolean preflight = origin != null && exchange.getRequest().getMethod() == HttpMethod.OPTIONS
				&& exchange.getRequest().getHeaders().containsHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		if (!preflight) {
			return chain.filter(exchange);
		}
		return directory.allCorsOrigins().flatMap(origins -> {
			if (!origins.contains(origin)) {
				return Mono.error(new ApiException(HttpStatus.FORBIDDEN, "forbidden",
						"Origin " + origin + " is not allowed; add it to your tenant's cors_origins", Map.of("origin", origin)));
			}
			ServerHttpResponse response = exchange.getResponse();
			HttpHeaders headers = response.getHeaders();
			headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
			headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, PATCH, DELETE");
			headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
			headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
			headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
			response.setStatusCode(HttpStatus.NO_CONTENT);
			return response.setComplete();
		});
	}

	/** Actual request: after authentication, against the caller's own tenant. */
	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String origin = exchange.getRequest().getHeaders().getOrigin();
		Principal principal = exchange.getAttribute(Principal.ATTRIBUTE);
		if (origin == null || principal == null) {
			return chain.filter(exchange);
		}
		return directory.tenant(principal.tenantId()).flatMap(tenant -> {
			Set<String> allowed = Set.copyOf(tenant.map(found -> found.corsOrigins()).orElse(List.of()));
			if (!allowed.contains(origin)) {
				return Mono.error(new ApiException(HttpStatus.FORBIDDEN, "forbidden",
						"Origin " + origin + " is not allowed for this tenant; add it to cors_origins", Map.of("origin", origin)));
			}
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
			headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
			headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
			return chain.filter(exchange);
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 150;
	}
}
