package io.parley.delivery.domain;

import java.net.URI;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.parley.delivery.config.DeliveryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. All state is in the database: it polls for due messages (and is woken when new ones are
 * recorded or an attempt finishes), claims them with a lease so several instances never send the same attempt, and
 * sends them without blocking. A crashed instance's claims expire and another poll takes them over; there is no
 * in-memory timer to lose. Per endpoint, at most {@code endpoint-concurrency} attempts are in flight and at most its
 * rate limit start per second; an endpoint at its limit is left out of the poll, so it never holds up the others.
 */
@Component
public class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final MessageStore messages;
	private final AttemptOutcomes outcomes;
	private final WebhookSender sender;
	private final AddressPolicy addressPolicy;
	private final DeliveryProperties properties;
	private final Clock clock;
	private final String owner = "d_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
	private final Map<String, AtomicInteger> inFlightPerEndpoint = new ConcurrentHashMap<>();
	private final Map<String, long[]> rateWindows = new ConcurrentHashMap<>();
	private final AtomicBoolean wakeQueued = new AtomicBoolean();
	private final java.util.concurrent.BlockingQueue<AttemptOutcomes.Finished> finished = new java.util.concurrent.LinkedBlockingQueue<>();
	private volatile Thread recorder;
	private final java.util.concurrent.atomic.AtomicLong claims = new java.util.concurrent.atomic.AtomicLong();
	private volatile ScheduledExecutorService poller;
	private volatile boolean running;

	public Dispatcher(MessageStore messages, AttemptOutcomes outcomes, WebhookSender sender,
			AddressPolicy addressPolicy, DeliveryProperties properties, Clock clock) {
		this.messages = messages;
		this.outcomes = outcomes;
		this.sender = sender;
		this.addressPolicy = addressPolicy;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "delivery-dispatcher"));
		running = true;
		recorder = daemon(this::recordFinished, "delivery-recorder");
		recorder.start();
		long interval = properties.pollInterval().toMillis();
		poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
		poller.scheduleWithFixedDelay(this::purgeSafely, 1, 60, TimeUnit.MINUTES);
	}

	@Override
	public void stop() {
		running = false;
		poller.shutdownNow();
		try {
			// Attempts already finished are recorded; one still in flight keeps its claim until the lease runs out
			// and is then attempted again (at least once).
			recorder.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Polls soon, e.g. because deliveries were just recorded or an attempt finished. */
	public void wake() {
		ScheduledExecutorService current = poller;
		if (running && current != null && wakeQueued.compareAndSet(false, true)) {
			try {
				current.execute(() -> {
					wakeQueued.set(false);
					pollSafely();
				});
			}
			catch (RuntimeException rejected) {
				wakeQueued.set(false);
			}
		}
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("Polling for due deliveries failed; trying again at the next poll", ex);
		}
	}

	void poll() {
		for (int round = 0; round < 10 && running; round++) {
			Instant now = clock.instant();
			List<DueDelivery> due = messages.due(now, properties.batchSize(), busyEndpoints());
			if (due.isEmpty()) {
				return;
			}
			Map<String, Integer> planned = new HashMap<>();
			List<DueDelivery> chosen = new ArrayList<>();
			Set<String> full = new HashSet<>();
			for (DueDelivery delivery : due) {
				if (inFlight.contains(delivery.seq()) || full.contains(delivery.endpointId())) {
					continue;
				}
				int busy = inFlightOf(delivery.endpointId()) + planned.getOrDefault(delivery.endpointId(), 0);
				if (busy >= properties.endpointConcurrency() || !rateAllows(delivery)) {
					full.add(delivery.endpointId());
					continue;
				}
				planned.merge(delivery.endpointId(), 1, Integer::sum);
				chosen.add(delivery);
			}
			if (chosen.isEmpty()) {
				return;
			}
			String claimToken = owner + ":" + claims.incrementAndGet();
			Set<Long> claimed = new HashSet<>(messages.claim(chosen.stream().map(DueDelivery::seq).toList(),
					claimToken, now, now.plus(properties.lease())));
			for (DueDelivery delivery : chosen) {
				if (claimed.contains(delivery.seq())) {
					send(delivery);
				}
			}
			if (due.size() < properties.batchSize()) {
				return;
			}
		}
	}

	private void send(DueDelivery delivery) {
		inFlight.add(delivery.seq());
		inFlightPerEndpoint.computeIfAbsent(delivery.endpointId(), id -> new AtomicInteger()).incrementAndGet();
		Instant attemptedAt = clock.instant();
		try {
			Optional<String> refused = literalAddressRefusal(delivery.url());
			if (refused.isPresent()) {
				finish(delivery, new SendResult(null, null, null, "refused: " + refused.get(), 0), attemptedAt);
				return;
			}
			String previous = delivery.previousSecret() != null && delivery.previousSecretExpiresAt() != null
					&& attemptedAt.isBefore(delivery.previousSecretExpiresAt()) ? delivery.previousSecret() : null;
			Map<String, String> headers = Signatures.headers(delivery.messageId(), attemptedAt.getEpochSecond(),
					delivery.payload(), delivery.secret(), previous);
			sender.send(delivery.url(), delivery.payload(), headers)
				.whenComplete((result, error) -> finish(delivery,
						result != null ? result : new SendResult(null, null, null, String.valueOf(error), 0),
						attemptedAt));
		}
		catch (RuntimeException ex) {
			finish(delivery, new SendResult(null, null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), 0),
					attemptedAt);
		}
	}

	private void finish(DueDelivery delivery, SendResult result, Instant attemptedAt) {
		finished.add(new AttemptOutcomes.Finished(delivery, result, attemptedAt));
	}

	/**
	 * Records finished attempts in batches, one transaction each, so the database commits once per batch rather than
	 * once per delivery. A batch that fails is recorded one by one; an attempt that still cannot be recorded keeps its
	 * claim until the lease runs out and is attempted again (at least once, never lost).
	 */
	private void recordFinished() {
		List<AttemptOutcomes.Finished> batch = new ArrayList<>();
		while (running || !finished.isEmpty()) {
			try {
				Batches.take(finished, batch, 200);
			}
			catch (InterruptedException ex) {
				if (!running) {
					finished.drainTo(batch);
				}
				else {
					continue;
				}
			}
			if (batch.isEmpty()) {
				if (!running) {
					return;
				}
				continue;
			}
			try {
				outcomes.recordAll(batch);
			}
			catch (RuntimeException batchFailed) {
				for (AttemptOutcomes.Finished one : batch) {
					try {
						outcomes.record(one.delivery(), one.result(), one.attemptedAt());
					}
					catch (RuntimeException ex) {
						log.warn("Could not record the attempt of {}; it will be attempted again", one.delivery(), ex);
					}
				}
			}
			for (AttemptOutcomes.Finished one : batch) {
				inFlight.remove(one.delivery().seq());
				AtomicInteger count = inFlightPerEndpoint.get(one.delivery().endpointId());
				if (count != null) {
					count.decrementAndGet();
				}
			}
			batch.clear();
			wake();
		}
	}

	/** Waits for the first finished attempt, then takes whatever else finished meanwhile. */
	private static final class Batches {

		static void take(java.util.concurrent.BlockingQueue<AttemptOutcomes.Finished> queue,
				List<AttemptOutcomes.Finished> batch, int max) throws InterruptedException {
			AttemptOutcomes.Finished first = queue.poll(200, TimeUnit.MILLISECONDS);
			if (first != null) {
				batch.add(first);
				queue.drainTo(batch, max - 1);
			}
		}
	}

	/** Endpoints at their concurrency or rate limit: left out of the poll so their backlog does not crowd out others. */
	private Set<String> busyEndpoints() {
		Set<String> busy = new HashSet<>();
		inFlightPerEndpoint.forEach((endpoint, count) -> {
			if (count.get() >= properties.endpointConcurrency()) {
				busy.add(endpoint);
			}
		});
		long second = System.nanoTime() / 1_000_000_000L;
		rateWindows.forEach((endpoint, window) -> {
			synchronized (window) {
				if (window[0] == second && window[2] > 0 && window[1] >= window[2]) {
					busy.add(endpoint);
				}
			}
		});
		return busy;
	}

	private int inFlightOf(String endpointId) {
		AtomicInteger count = inFlightPerEndpoint.get(endpointId);
		return count == null ? 0 : count.get();
	}

	/** At most the endpoint's rate limit of attempts start per second (per instance). */
	private boolean rateAllows(DueDelivery delivery) {
		Integer limit = delivery.rateLimitPerSecond();
		if (limit == null) {
			return true;
		}
		long second = System.nanoTime() / 1_000_000_000L;
		long[] window = rateWindows.computeIfAbsent(delivery.endpointId(), id -> new long[] { second, 0, limit });
		synchronized (window) {
			window[2] = limit;
			if (window[0] != second) {
				window[0] = second;
				window[1] = 0;
			}
			if (window[1] >= limit) {
				return false;
			}
			window[1]++;
			return true;
		}
	}

	/**
	 * URLs with a literal address are connected to without a name lookup, so they are checked here; host names are
	 * checked by the HTTP client's resolver when each connection is made.
	 */
	private Optional<String> literalAddressRefusal(String url) {
		try {
			String host = EndpointUrls.hostOf(URI.create(url));
			if (EndpointUrls.isAddressLiteral(host)) {
				return addressPolicy.refusal(InetAddress.getByName(host));
			}
			return Optional.empty();
		}
		catch (Exception ex) {
			return Optional.of("invalid endpoint URL");
		}
	}

	private void purgeSafely() {
		try {
			Instant before = clock.instant().minus(properties.payloadRetention());
			int purged;
			do {
				purged = messages.purgePayloads(before, 1000);
			}
			while (purged == 1000 && running);
		}
		catch (RuntimeException ex) {
			log.warn("Purging old payloads failed; trying again later", ex);
		}
	}

	/** Exposed for tests and operations: purge payloads past retention now. */
	public void purgeNow() {
		purgeSafely();
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	Duration pollInterval() {
		return properties.pollInterval();
	}
}
