package io.parley.gateway.ratelimit;

import io.parley.gateway.auth.Principal;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Rate limits are per tenant: the key is the tenant the credential resolved to. */
class TenantKeyResolver implements KeyResolver {

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		Principal principal = exchange.getAttribute(Principal.ATTRIBUTE);
		return principal == null ? Mono.empty() : Mono.just(principal.tenantId());
	}
}
