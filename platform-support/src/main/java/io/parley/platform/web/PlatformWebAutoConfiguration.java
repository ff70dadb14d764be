package io.parley.platform.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import reactor.core.publisher.Hooks;
import tools.jackson.databind.json.JsonMapper;

/** The web conventions every Parley service shares: request ids, the caller, and the error shape. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlatformWebAutoConfiguration {

	static {
		// Carry the request id from the Reactor context into the logging MDC on every thread that handles the request.
		ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(RequestIds.KEY));
		Hooks.enableAutomaticContextPropagation();
	}

	@Bean
	RequestIdWebFilter requestIdWebFilter() {
		return new RequestIdWebFilter();
	}

	@Bean
	PlatformErrorWebExceptionHandler platformErrorWebExceptionHandler(JsonMapper jsonMapper) {
		return new PlatformErrorWebExceptionHandler(jsonMapper);
	}

	@Bean
	WebFluxConfigurer callerArgumentResolverConfigurer() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new CallerArgumentResolver());
			}
		};
	}
}
