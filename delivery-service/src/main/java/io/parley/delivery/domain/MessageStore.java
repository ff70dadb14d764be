package io.parley.delivery.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface MessageStore {

	/** Records a message once per event and endpoint; false when it was recorded before. */
	boolean insert(DeliveryMessage message);

	/** Records many messages in one statement, each once per event and endpoint; returns how many were new. */
	int insertAll(List<DeliveryMessage> messages);

	void recordAttempts(List<Attempt> attempts);

	void succeeded(Collection<Long> seqs, Instant at);

	/**
	 * Pending messages due at {@code now}, not claimed by anyone, of enabled endpoints, and first in their
	 * endpoint's conversation queue (no earlier pending message of the same conversation to the same endpoint).
	 */
	List<DueDelivery> due(Instant now, int limit, Collection<String> excludedEndpoints);

	/** Claims the given messages until {@code leaseUntil} under a claim token unique to this call; returns the ones it got. */
	List<Long> claim(Collection<Long> seqs, String owner, Instant now, Instant leaseUntil);

	void recordAttempt(Attempt attempt);

	void succeeded(long seq, Instant at);

	void retryAt(long seq, int scheduleIndex, Instant at, Instant next);

	void failed(long seq, Instant at);

	Optional<DeliveryMessage> find(String tenantId, String messageId);

	List<DeliveryMessage> ofEndpoint(String tenantId, String endpointId, DeliveryMessage.Status status, int limit);

	List<Attempt> attempts(String tenantId, String messageId);

	/** Messages of an endpoint per status. */
	Map<DeliveryMessage.Status, Long> countsByStatus(String endpointId);

	/** Makes a message due again from the start of its schedule. */
	void requeue(long seq, Instant now);

	/** Makes up to {@code limit} failed messages of the endpoint created since {@code since} due again; returns how many. */
	int requeueFailed(String endpointId, Instant since, Instant now, int limit);

	/** Drops payloads of finished messages created before {@code before}; returns how many. */
	int purgePayloads(Instant before, int limit);
}
