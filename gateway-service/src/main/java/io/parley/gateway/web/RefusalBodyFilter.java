package io.parley.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.parley.platform.web.ErrorBody;
import io.parley.platform.web.RequestIds;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gateway filters such as {@code RequestRateLimiter} refuse a request by setting a status and completing the
 * response without a body. This gives those refusals the platform's error shape too.
 */
@Component
class RefusalBodyFilter implements GlobalFilter, Ordered {

	private final JsonMapper jsonMapper;

	RefusalBodyFilter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpResponse response = exchange.getResponse();
		ServerHttpResponseDecorator withErrorBody = new ServerHttpResponseDecorator(response) {
			@Override
			public Mono<Void> setComplete() {
				HttpStatusCode status = getStatusCode();
				if (status == null || !status.isError()) {
					return super.setComplete();
				}
				getHeaders().setContentType(MediaType.APPLICATION_JSON);
				byte[] body = jsonMapper.writeValueAsBytes(errorBody(exchange, status, getHeaders()));
				return writeWith(Mono.just(bufferFactory().wrap(body)));
			}
		};
		return chain.filter(exchange.mutate().response(withErrorBody).build());
	}

	private static ErrorBody errorBody(ServerWebExchange exchange, HttpStatusCode status, HttpHeaders headers) {
		String requestId = RequestIds.of(exchange);
		if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			Map<String, Object> details = new LinkedHashMap<>();
			String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
			long seconds = retryAfter == null ? 1 : Long.parseLong(retryAfter);
			details.put("retry_after", seconds);
			String limit = headers.getFirst("X-RateLimit-Limit");
			if (limit != null) {
				details.put("limit", Long.parseLong(limit));
			}
			return ErrorBody.of("rate_limit_exceeded", "Rate limit exceeded: retry after " + seconds
					+ " seconds, and back off exponentially on repeated refusals", details, requestId);
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return ErrorBody.of(known == HttpStatus.FORBIDDEN ? "forbidden" : "invalid_request",
				known == null ? "Request refused" : known.getReasonPhrase(), Map.of(), requestId);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
