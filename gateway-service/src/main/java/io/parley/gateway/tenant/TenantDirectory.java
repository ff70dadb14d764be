package io.parley.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the request path needs to know about keys and tenants, read from the database and cached briefly on each
 * gateway replica. The cache lifetime bounds how long a revoked key or a changed limit takes to apply everywhere.
 */
@Component
public class TenantDirectory {

	private final AsyncLoadingCache<String, Optional<ResolvedKey>> keysByHash;
	private final AsyncLoadingCache<String, Optional<Tenant>> tenants;
	private final AsyncLoadingCache<String, Set<String>> corsOrigins;
	private final Clock clock;

	public TenantDirectory(TenantStore store, Clock clock,
			@Value("${parley.gateway.directory-cache-ttl:5s}") Duration ttl) {
		this.clock = clock;
		this.keysByHash = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000)
			.buildAsync((hash, executor) -> Mono.fromCallable(() -> store.findKeyByHash(hash)
				.flatMap(key -> store.find(key.tenantId()).map(tenant -> new ResolvedKey(key, tenant))))
				.subscribeOn(Schedulers.boundedElastic()).toFuture());
		this.tenants = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000)
			.buildAsync((id, executor) -> Mono.fromCallable(() -> store.find(id))
				.subscribeOn(Schedulers.boundedElastic()).toFuture());
		this.corsOrigins = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1)
			.buildAsync((all, executor) -> Mono.fromCallable(() -> Set.copyOf(store.allCorsOrigins()))
				.subscribeOn(Schedulers.boundedElastic()).toFuture());
	}

	/** The key and its tenant, if the key exists and is neither revoked nor expired. */
	public Mono<Optional<ResolvedKey>> usableKey(String rawKey) {
		return Mono.fromFuture(keysByHash.get(ApiKeys.hash(rawKey)))
			.map(found -> found.filter(resolved -> resolved.key().isUsableAt(clock.instant())));
	}

	public Mono<Optional<Tenant>> tenant(String tenantId) {
		return Mono.fromFuture(tenants.get(tenantId));
	}

	public Mono<Set<String>> allCorsOrigins() {
		return Mono.fromFuture(corsOrigins.get("all"));
	}

	public record ResolvedKey(ApiKey key, Tenant tenant) {
	}
}
