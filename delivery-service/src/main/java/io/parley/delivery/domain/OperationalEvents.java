package io.parley.delivery.domain;

import java.time.Instant;

/** Tells the tenant (through platform.events) what happened to its endpoints. */
public interface OperationalEvents {

	void endpointDisabled(Endpoint endpoint, String reason, Instant at);
}
