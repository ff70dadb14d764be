package io.parley.platform.web;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.platform.messaging.EventPublishingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every failure, whether a refusal a controller raised or one the framework raised before reaching it, in
 * the platform's error shape. Never a stack trace, never the framework's default page.
 */
public class PlatformErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PlatformErrorWebExceptionHandler.class);

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final JsonMapper jsonMapper;

	public PlatformErrorWebExceptionHandler(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(failure);
		}
		String requestId = RequestIds.of(exchange);
		Refusal refusal = refusalFor(failure, response.getHeaders());
		if (refusal.status().is5xxServerError()) {
			log.warn("[{}] {} {} failed with {}: {}", requestId, exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), refusal.status().value(), failure.toString(),
					refusal.status() == HttpStatus.INTERNAL_SERVER_ERROR ? failure : null);
		}
		response.setStatusCode(refusal.status());
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().set(RequestIds.HEADER, requestId);
		byte[] body = jsonMapper.writeValueAsBytes(
				ErrorBody.of(refusal.code(), refusal.message(), refusal.details(), requestId));
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	private Refusal refusalFor(Throwable failure, HttpHeaders responseHeaders) {
		if (failure instanceof ApiException api) {
			return new Refusal(api.status(), api.code(), api.getMessage(), api.details());
		}
		if (failure instanceof EventPublishingException) {
			responseHeaders.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
			return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
					"The event log did not acknowledge the write in time, so nothing was stored. Retry after "
							+ RETRY_AFTER.toSeconds() + " seconds.",
					Map.of("retry_after", RETRY_AFTER.toSeconds()));
		}
		if (failure instanceof WebExchangeBindException invalid) {
			List<Map<String, Object>> fields = invalid.getFieldErrors().stream()
				.map(error -> Map.<String, Object>of("field", snakeCase(error.getField()), "message",
						String.valueOf(error.getDefaultMessage())))
				.toList();
			String summary = fields.stream().map(field -> field.get("field") + " " + field.get("message"))
				.reduce((a, b) -> a + "; " + b).orElse("invalid body");
			return new Refusal(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request: " + summary,
					Map.of("fields", fields));
		}
		if (failure instanceof DataBufferLimitException || hasCause(failure, DataBufferLimitException.class)) {
			return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
					"The request body is larger than this endpoint accepts", Map.of());
		}
		if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
			return new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
					"Send the body as application/json", Map.of("content_type",
							String.valueOf(unsupported.getContentType())));
		}
		if (failure instanceof MethodNotAllowedException notAllowed) {
			responseHeaders.setAllow(notAllowed.getSupportedMethods());
			return new Refusal(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
					notAllowed.getHttpMethod() + " is not allowed here", Map.of("allowed",
							notAllowed.getSupportedMethods().stream().map(Object::toString).sorted().toList()));
		}
		if (failure instanceof ServerWebInputException input) {
			String message = hasCause(input, DecodingException.class)
					? "The request body is not valid JSON for this endpoint" : input.getReason();
			return new Refusal(HttpStatus.BAD_REQUEST, "invalid_request", message, Map.of());
		}
		if (hasCause(failure, ConnectException.class) || hasCause(failure, UnknownHostException.class)) {
			responseHeaders.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
			return forStatus(HttpStatus.SERVICE_UNAVAILABLE, null);
		}
		if (hasCause(failure, PrematureCloseException.class)) {
			return forStatus(HttpStatus.BAD_GATEWAY, null);
		}
		if (failure instanceof ResponseStatusException status) {
			return forStatus(status.getStatusCode(), status.getReason());
		}
		return new Refusal(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"Something went wrong on our side. Retry later; if it persists, contact support with the request id.",
				Map.of());
	}

	private static Refusal forStatus(HttpStatusCode statusCode, String reason) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String code = switch (status) {
			case NOT_FOUND -> "not_found";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case CONFLICT -> "conflict";
			case TOO_MANY_REQUESTS -> "rate_limit_exceeded";
			case BAD_GATEWAY -> "bad_gateway";
			case SERVICE_UNAVAILABLE -> "service_unavailable";
			case GATEWAY_TIMEOUT -> "gateway_timeout";
			default -> status.is4xxClientError() ? "invalid_request" : "internal_error";
		};
		String message = switch (status) {
			case NOT_FOUND -> "No such resource or endpoint";
			case SERVICE_UNAVAILABLE -> "The service is unavailable right now; retry with backoff";
			case GATEWAY_TIMEOUT -> "The service did not answer in time; retry with backoff";
			case BAD_GATEWAY -> "The service answered with an invalid response; retry with backoff";
			default -> reason != null ? reason : status.getReasonPhrase();
		};
		return new Refusal(status, code, message, new LinkedHashMap<>());
	}

	/** Field names as the JSON bodies spell them. */
	static String snakeCase(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return -2;
	}

	private record Refusal(HttpStatus status, String code, String message, Map<String, Object> details) {
	}
}
