package io.parley.gateway.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.parley.platform.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses what no service should have to read: a method the route does not serve (405, from the route's
 * {@code methods} metadata), a body that is not JSON where the route takes JSON (415), and a body over the size
 * limit (413) — declared by Content-Length or found while streaming.
 */
@Component
class RequestShapeFilter implements GlobalFilter, Ordered {

	private final long maxBodyBytes;

	RequestShapeFilter(@Value("${parley.gateway.max-body-size:1MB}") DataSize maxBodySize) {
		this.maxBodyBytes = maxBodySize.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		Map<String, Object> metadata = metadataOf(exchange);
		Object methods = metadata.get("methods");
		if (methods != null) {
			List<String> allowed = Arrays.stream(methods.toString().split("[ ,]+")).toList();
			if (!allowed.contains(request.getMethod().name())) {
				exchange.getResponse().getHeaders().set("Allow", String.join(", ", allowed));
				return Mono.error(new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
						request.getMethod().name() + " is not allowed here; use " + String.join(" or ", allowed),
						Map.of("allowed", allowed)));
			}
		}
		boolean hasBody = request.getMethod() == HttpMethod.POST || request.getMethod() == HttpMethod.PUT
				|| request.getMethod() == HttpMethod.PATCH;
		if (hasBody && "json".equals(metadata.get("consumes"))) {
			MediaType contentType = request.getHeaders().getContentType();
			if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
					|| contentType.getSubtype().endsWith("+json"))) {
				return Mono.error(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
						"Send the body as JSON with 'Content-Type: application/json'",
						Map.of("content_type", String.valueOf(contentType))));
			}
		}
		long declared = request.getHeaders().getContentLength();
		if (declared > maxBodyBytes) {
			return Mono.error(tooLarge());
		}
		if (!hasBody) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(limited(request)).build());
	}

	private ServerHttpRequest limited(ServerHttpRequest request) {
		return new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > maxBodyBytes) {
						sink.error(new DataBufferLimitException("Body exceeds " + maxBodyBytes + " bytes"));
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
	}

	private ApiException tooLarge() {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
				"The request body is larger than " + maxBodyBytes + " bytes; split it into smaller requests",
				Map.of("max_bytes", maxBodyBytes));
	}

	private static Map<String, Object> metadataOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return route == null ? Map.of() : route.getMetadata();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 50;
	}
}
