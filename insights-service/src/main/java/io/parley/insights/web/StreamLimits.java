package io.parley.insights.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Open SSE connections per tenant, bounded; a closed connection gives its place back. */
@Component
public class StreamLimits {

	private final int maxPerTenant;
	private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

	StreamLimits(@Value("${parley.insights.stream.max-per-tenant:10}") int maxPerTenant) {
		this.maxPerTenant = maxPerTenant;
	}

	int maxPerTenant() {
		return maxPerTenant;
	}

	boolean tryOpen(String tenantId) {
		AtomicInteger count = open.computeIfAbsent(tenantId, t -> new AtomicInteger());
		if (count.incrementAndGet() > maxPerTenant) {
			count.decrementAndGet();
			return false;
		}
		return true;
	}

	void close(String tenantId) {
		open.computeIfPresent(tenantId, (t, count) -> count.decrementAndGet() <= 0 ? null : count);
	}

	public int open(String tenantId) {
		AtomicInteger count = open.get(tenantId);
		return count == null ? 0 : count.get();
	}
}
