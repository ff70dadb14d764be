package io.parley.insights.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The analysts' dashboard: static files under {@code /dashboard/} (the page holds no data; it reads the APIs with
 * the key the analyst signs in with). Only this origin's scripts may run and only this origin may be called.
 */
@Configuration
class DashboardRoutes {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@Bean
	RouterFunction<ServerResponse> dashboard(@Value("classpath:/static/dashboard/index.html") Resource index) {
		return route(GET("/dashboard"), request -> ServerResponse.permanentRedirect(URI.create("/dashboard/")).build())
			.andRoute(GET("/dashboard/"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index));
	}

	@Bean
	WebFilter dashboardSecurityHeaders() {
		return (exchange, chain) -> {
			if (exchange.getRequest().getPath().value().startsWith("/dashboard")) {
				exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
				exchange.getResponse().getHeaders().set("X-Content-Type-Options", "nosniff");
				exchange.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
			}
			return chain.filter(exchange);
		};
	}
}
