package io.parley.insights.domain;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Signals "something changed for tenant/user" after the change is committed. Streams subscribe for the users they
 * serve and read what changed from the database, so a signal carries no data and a missed one loses nothing.
 */
@Component
public class UserUpdates {

	private final Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();

	public synchronized void changed(String userKey) {
		sink.tryEmitNext(userKey);
	}

	public Flux<String> signals(String userKey) {
		return sink.asFlux().filter(userKey::equals);
	}

	public Flux<String> tenantSignals(String tenantId) {
		String prefix = tenantId + "/";
		return sink.asFlux().filter(key -> key.startsWith(prefix));
	}

	/** Open subscriptions; zero once every stream has been closed. */
	public int subscribers() {
		return sink.currentSubscriberCount();
	}
}
