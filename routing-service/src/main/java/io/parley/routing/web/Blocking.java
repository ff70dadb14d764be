package io.parley.routing.web;

import java.util.concurrent.Callable;

import io.parley.platform.web.ApiException;
import io.parley.routing.domain.RoutingException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs blocking domain work off the event loop and turns the domain's refusals into the platform's error shape. */
final class Blocking {

	private Blocking() {
	}

	static <T> Mono<T> call(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).onErrorMap(RoutingException.class,
				Blocking::refusal);
	}

	static ApiException refusal(RoutingException ex) {
		return switch (ex.kind()) {
			case NOT_FOUND -> ApiException.notFound(ex.getMessage());
			case CONFLICT -> new ApiException(HttpStatus.CONFLICT, "conflict", ex.getMessage(), ex.details());
			case INVALID -> ApiException.badRequest(ex.getMessage(), ex.details());
		};
	}
}
