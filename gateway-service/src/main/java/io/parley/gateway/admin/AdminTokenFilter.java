package io.parley.gateway.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.parley.platform.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The admin API answers only to {@code Authorization: Bearer <PARLEY_ADMIN_TOKEN>}. */
@Component
class AdminTokenFilter implements WebFilter, Ordered {

	private final byte[] adminToken;

	AdminTokenFilter(@Value("${parley.gateway.admin-token:}") String adminToken) {
		this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!path.equals("/admin") && !path.startsWith("/admin/")) {
			return chain.filter(exchange);
		}
		if (adminToken.length == 0) {
			return Mono.error(ApiException.unauthorized("The admin API is disabled: set PARLEY_ADMIN_TOKEN to enable it"));
		}
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		byte[] presented = authorization != null && authorization.startsWith("Bearer ")
				? authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(adminToken, presented)) {
			return Mono.error(ApiException.unauthorized("The admin API needs 'Authorization: Bearer <admin token>'"));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}
}
