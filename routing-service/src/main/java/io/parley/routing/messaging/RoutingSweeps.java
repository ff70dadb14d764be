package io.parley.routing.messaging;

import io.parley.routing.domain.RoutingService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Resolves idle conversations and serves queues whose agents' hourly limits have passed. */
@Component
class RoutingSweeps {

	private final RoutingService routing;

	RoutingSweeps(RoutingService routing) {
		this.routing = routing;
	}

	@Scheduled(fixedDelayString = "${parley.routing.idle-sweep-interval:60s}",
			initialDelayString = "${parley.routing.idle-sweep-interval:60s}")
	void sweep() {
		routing.resolveIdle();
		routing.drainQueues();
	}
}
