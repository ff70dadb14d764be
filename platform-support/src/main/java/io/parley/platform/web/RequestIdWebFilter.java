package io.parley.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes the caller's {@code X-Request-Id} when well-formed, otherwise assigns one; passes it on with the request,
 * returns it on the response, and puts it in the Reactor context so that log lines carry it.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String offered = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		String requestId = RequestIds.isWellFormed(offered) ? offered : RequestIds.generate();
		exchange.getAttributes().put(RequestIds.KEY, requestId);
		// Set again just before the response is committed: a proxied response may carry its own copy.
		exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest().mutate()
			.headers(headers -> headers.set(RequestIds.HEADER, requestId))
			.build();
		return chain.filter(exchange.mutate().request(request).build())
			.contextWrite(context -> context.put(RequestIds.KEY, requestId));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
