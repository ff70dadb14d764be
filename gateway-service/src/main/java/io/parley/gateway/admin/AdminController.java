package io.parley.gateway.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.parley.gateway.tenant.ApiKey;
import io.parley.gateway.tenant.Tenant;
import io.parley.gateway.tenant.TenantRequestException;
import io.parley.gateway.tenant.TenantService;
import io.parley.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Tenants, plans, limits and API keys, for the platform team. */
@RestController
@RequestMapping("/admin")
class AdminController {

	private final TenantService tenants;

	AdminController(TenantService tenants) {
		this.tenants = tenants;
	}

	@PostMapping("/tenants")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TenantView> create(@RequestBody NewTenant request) {
		return call(() -> TenantView.of(tenants.create(request.name(), request.plan())));
	}

	@GetMapping("/tenants")
	Mono<Map<String, List<TenantView>>> list() {
		return call(() -> Map.of("tenants", tenants.list().stream().map(TenantView::of).toList()));
	}

	@GetMapping("/tenants/{id}")
	Mono<TenantView> get(@PathVariable String id) {
		return call(() -> TenantView.of(tenants.get(id)));
	}

	@PatchMapping("/tenants/{id}")
	Mono<TenantView> update(@PathVariable String id, @RequestBody TenantPatch request) {
		Limits limits = request.limits() == null ? new Limits(null, null) : request.limits();
		return call(() -> TenantView.of(tenants.update(id, new TenantService.TenantChange(request.name(), request.plan(),
				limits.hourly(), limits.routes(), request.corsOrigins()))));
	}

	@PostMapping("/tenants/{id}/api-keys")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<IssuedKeyView> issueKey(@PathVariable String id, @RequestBody NewKey request) {
		return call(() -> {
			TenantService.IssuedKey issued = tenants.issueKey(id, request.name(), request.scopes(), request.expiresAt());
			return new IssuedKeyView(issued.key().id(), issued.rawKey(), issued.key().prefix(), issued.key().name(),
					issued.key().scopes(), issued.key().expiresAt(), issued.key().createdAt(),
					"Store this key now: it is shown only once");
		});
	}

	@GetMapping("/tenants/{id}/api-keys")
	Mono<Map<String, List<KeyView>>> keys(@PathVariable String id) {
		return call(() -> Map.of("api_keys", tenants.keys(id).stream().map(KeyView::of).toList()));
	}

	@DeleteMapping("/api-keys/{keyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(@PathVariable String keyId) {
		return call(() -> {
			tenants.revokeKey(keyId);
			return Boolean.TRUE;
		}).then();
	}

	private static <T> Mono<T> call(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(TenantRequestException.class, AdminController::refusal);
	}

	private static ApiException refusal(TenantRequestException ex) {
		if (ex.reason() == TenantRequestException.Reason.NOT_FOUND) {
			return ApiException.notFound(ex.getMessage());
		}
		return ApiException.badRequest("Invalid request: " + ex.field() + " " + ex.getMessage(),
				Map.of("fields", List.of(Map.of("field", ex.field(), "message", ex.getMessage()))));
	}

	record NewTenant(String name, String plan) {
	}

	record Limits(Integer hourly, Map<String, Integer> routes) {
	}

	record TenantPatch(String name, String plan, Limits limits, List<String> corsOrigins) {
	}

	record NewKey(String name, Set<String> scopes, Instant expiresAt) {
	}

	record TenantView(String id, String name, String plan, Limits limits, List<String> corsOrigins, Instant createdAt,
			Instant updatedAt) {

		static TenantView of(Tenant tenant) {
			return new TenantView(tenant.id(), tenant.name(), tenant.plan().id(),
					new Limits(tenant.effectiveHourlyLimit(), tenant.routeLimits()), tenant.corsOrigins(),
					tenant.createdAt(), tenant.updatedAt());
		}
	}

	record IssuedKeyView(String id, String key, String prefix, String name, Set<String> scopes, Instant expiresAt,
			Instant createdAt, String notice) {
	}

	record KeyView(String id, String prefix, String name, Set<String> scopes, Instant expiresAt, Instant revokedAt,
			Instant createdAt, String status) {

		static KeyView of(ApiKey key) {
			String status = key.revokedAt() != null ? "revoked"
					: key.expiresAt() != null && key.expiresAt().isBefore(Instant.now()) ? "expired" : "active";
			return new KeyView(key.id(), key.prefix(), key.name(), key.scopes(), key.expiresAt(), key.revokedAt(),
					key.createdAt(), status);
		}
	}
}
