package io.parley.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resolves {@link Caller} parameters from the headers the gateway sets. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		String tenantId = headers.getFirst(TrustedHeaders.TENANT_ID);
		if (tenantId == null || tenantId.isBlank()) {
			return Mono.error(ApiException.unauthorized(
					"No tenant on this request: call Parley through the gateway with an API key or token"));
		}
		String principal = headers.getFirst(TrustedHeaders.PRINCIPAL);
		String scopes = headers.getFirst(TrustedHeaders.SCOPES);
		Set<String> scopeSet = scopes == null ? Set.of()
				: Arrays.stream(scopes.split("[ ,]+")).filter(scope -> !scope.isBlank()).collect(Collectors.toSet());
		return Mono.just(new Caller(tenantId, principal == null ? "unknown" : principal, scopeSet));
	}
}
