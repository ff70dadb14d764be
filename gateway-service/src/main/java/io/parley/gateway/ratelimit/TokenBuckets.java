package io.parley.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Where the gateway's token buckets live: shared in Redis across replicas, or in this process. */
public interface TokenBuckets {

	Mono<BucketState> take(String tenantId, Budget budget);
}
