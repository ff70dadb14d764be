package io.parley.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.gateway.tenant.Plan;
import io.parley.gateway.tenant.RouteGroups;
import io.parley.gateway.tenant.Tenant;
import io.parley.gateway.tenant.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rate limiter behind the gateway's {@code RequestRateLimiter} filter. Each request spends one token from the
 * tenant's route-group budget (e.g. message logging, 50 per 5 minutes) when its route has one, and one from the
 * tenant's plan budget (e.g. free, 100 per hour). Answers carry {@code X-RateLimit-Limit}, {@code -Remaining} and
 * {@code -Reset} for the tighter budget; refusals add {@code Retry-After}.
 *
 * <p>A store that is slow or down never stalls a request: after {@link RateLimitProperties#timeout()} the
 * configured fallback applies, and each fallback is counted in {@code parley.gateway.rate_limit.fallback}.
 */
public class TenantRateLimiter extends AbstractRateLimiter<TenantRateLimiter.Config> {

	public static final String LIMIT_HEADER = "X-RateLimit-Limit";
	public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
	public static final String RESET_HEADER = "X-RateLimit-Reset";

	private static final Logger log = LoggerFactory.getLogger(TenantRateLimiter.class);
	private static final Duration HOUR = Duration.ofHours(1);
	private static final long WARNING_INTERVAL_MILLIS = 10_000;

	private final TokenBuckets buckets;
	private final TenantDirectory directory;
	private final Map<String, String> routeGroups;
	private final RateLimitProperties properties;
	private final MeterRegistry meters;
	private final Clock clock;
	private final AtomicLong lastWarningAt = new AtomicLong(Long.MIN_VALUE / 2);
	private final AtomicLong fallbacksSinceLastWarning = new AtomicLong();

	public TenantRateLimiter(TokenBuckets buckets, TenantDirectory directory, Map<String, String> routeGroups,
			RateLimitProperties properties, MeterRegistry meters, Clock clock, ConfigurationService configurationService) {
		super(Config.class, "tenant-rate-limiter", configurationService);
		this.buckets = buckets;
		this.directory = directory;
		this.routeGroups = Map.copyOf(routeGroups);
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String tenantId) {
		return directory.tenant(tenantId).flatMap(tenant -> {
			List<Budget> budgets = budgetsFor(routeId, tenant.orElse(null));
			return Flux.fromIterable(budgets)
				.concatMap(budget -> buckets.take(tenantId, budget))
				.takeUntil(state -> !state.allowed())
				.collectList()
				.timeout(properties.timeout())
				.map(this::response)
				.onErrorResume(failure -> Mono.just(fallback(budgets, failure)));
		});
	}

	List<Budget> budgetsFor(String routeId, Tenant tenant) {
		List<Budget> budgets = new ArrayList<>(2);
		String group = routeGroups.get(routeId);
		if (group != null) {
			Integer limit = tenant != null ? tenant.routeLimits().get(group) : null;
			budgets.add(new Budget(group, limit != null ? limit : RouteGroups.DEFAULT_LIMITS.get(group), RouteGroups.WINDOW));
		}
		int hourly = tenant != null ? tenant.effectiveHourlyLimit() : Plan.FREE.defaultHourlyLimit();
		budgets.add(new Budget("plan", hourly, HOUR));
		return budgets;
	}

	private Response response(List<BucketState> states) {
		BucketState reported = states.stream().filter(state -> !state.allowed()).findFirst()
			.orElseGet(() -> states.stream().min((a, b) -> Long.compare(a.remaining(), b.remaining())).orElseThrow());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(LIMIT_HEADER, String.valueOf(reported.budget().limit()));
		headers.put(REMAINING_HEADER, String.valueOf(reported.remaining()));
		headers.put(RESET_HEADER, String.valueOf(clock.instant().getEpochSecond() + reported.secondsUntilFull()));
		if (!reported.allowed()) {
			headers.put(HttpHeaders.RETRY_AFTER, String.valueOf(reported.budget().secondsPerToken()));
		}
		return new Response(reported.allowed(), headers);
	}

	private Response fallback(List<Budget> budgets, Throwable failure) {
		String reason = failure instanceof TimeoutException ? "timeout" : "error";
		boolean allow = properties.fallback() == RateLimitProperties.Fallback.ALLOW;
		meters.counter("parley.gateway.rate_limit.fallback", "reason", reason, "policy", properties.fallback().name().toLowerCase())
			.increment();
		long unreported = fallbacksSinceLastWarning.incrementAndGet();
		long now = clock.millis();
		long last = lastWarningAt.get();
		// One warning per interval, not one per request: a dead store under load would flood the log.
		if (now - last >= WARNING_INTERVAL_MILLIS && lastWarningAt.compareAndSet(last, now)) {
			fallbacksSinceLastWarning.addAndGet(-unreported);
			log.warn("Rate limit store unavailable ({}: {}); {} requests {} by the fallback policy since the last warning. "
					+ "Check Redis, or raise PARLEY_RATE_LIMIT_TIMEOUT if the gateway is CPU-bound.", reason,
					failure.getMessage(), unreported, allow ? "allowed" : "refused");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(LIMIT_HEADER, String.valueOf(budgets.get(0).limit()));
		if (!allow) {
			headers.put(HttpHeaders.RETRY_AFTER, "1");
		}
		return new Response(allow, headers);
	}

	/** Nothing to configure per route: budgets come from the tenant and the route's group. */
	public static class Config {
	}
}
