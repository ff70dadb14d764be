package io.parley.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface EndpointStore {

	void insert(Endpoint endpoint);

	void update(Endpoint endpoint);

	Optional<Endpoint> find(String tenantId, String endpointId);

	Optional<Endpoint> findById(String endpointId);

	List<Endpoint> ofTenant(String tenantId);

	List<Endpoint> enabledOfTenant(String tenantId);

	/** Deletes the endpoint with its messages and attempts; false when the tenant has no such endpoint. */
	boolean delete(String tenantId, String endpointId);

	/** Marks the start of a failure streak if none is running; returns when the streak started. */
	Instant failingSince(String endpointId, Instant now);

	void succeeded(String endpointId);

	/** Disables the endpoint; false when it was disabled already. */
	boolean disable(String endpointId, String reason, Instant now);
}
