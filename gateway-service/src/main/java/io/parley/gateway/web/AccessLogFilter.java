package io.parley.gateway.web;

import io.parley.gateway.auth.Principal;
import io.parley.platform.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** One line per request, with its request id, so that a caller's report can be found in the logs. */
@Component
@ConditionalOnProperty(name = "parley.gateway.access-log", havingValue = "true", matchIfMissing = true)
class AccessLogFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("io.parley.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally(signal -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			Principal principal = exchange.getAttribute(Principal.ATTRIBUTE);
			log.info("[{}] {} {} {} {}ms tenant={}", RequestIds.of(exchange), exchange.getRequest().getMethod(),
					exchange.getRequest().getPath().value(), status == null ? "-" : status.value(),
					(System.nanoTime() - started) / 1_000_000, principal == null ? "-" : principal.tenantId());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}
}
