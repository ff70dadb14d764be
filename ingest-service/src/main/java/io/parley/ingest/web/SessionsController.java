package io.parley.ingest.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.parley.ingest.domain.ChatSession;
import io.parley.ingest.domain.ConversationNotFoundException;
import io.parley.ingest.domain.SessionOwner;
import io.parley.ingest.domain.SessionService;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Pulse chatbot's sessions: each caller (principal of a tenant) sees and changes only its own. Anybody else's
 * session answers 404 like an unknown one, so its existence is not revealed.
 */
@RestController
@RequestMapping("/api/chat/sessions")
class SessionsController {

	static final int MAX_LIMIT = 100;

	private final SessionService sessions;

	SessionsController(SessionService sessions) {
		this.sessions = sessions;
	}

	@PostMapping
	Mono<ResponseEntity<SessionResponse>> create(Caller caller, @Valid @RequestBody CreateSessionRequest request) {
		SessionOwner owner = ownerOf(caller);
		return blocking(() -> sessions.create(owner, request.title(), request.systemPrompt()))
			.map(session -> ResponseEntity.created(URI.create("/api/chat/sessions/" + session.id()))
				.body(SessionResponse.of(session)));
	}

	@GetMapping
	Mono<SessionResponse.Sessions> list(Caller caller, @RequestParam(defaultValue = "20") String limit) {
		SessionOwner owner = ownerOf(caller);
		int max = parseLimit(limit);
		return blocking(() -> SessionResponse.Sessions.of(sessions.list(owner, max)));
	}

	@GetMapping("/{sessionId}")
	Mono<SessionResponse.WithMessages> get(Caller caller, @PathVariable String sessionId) {
		SessionOwner owner = ownerOf(caller);
		return blocking(() -> SessionResponse.WithMessages.of(sessions.get(owner, sessionId)));
	}

	@PutMapping("/{sessionId}")
	Mono<SessionResponse> update(Caller caller, @PathVariable String sessionId,
			@Valid @RequestBody UpdateSessionRequest request) {
		SessionOwner owner = ownerOf(caller);
		var changes = new ChatSession.Changes(request.title(), request.systemPrompt(), request.isActive());
		return blocking(() -> SessionResponse.of(sessions.update(owner, sessionId, changes)));
	}

	@DeleteMapping("/{sessionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(Caller caller, @PathVariable String sessionId) {
		SessionOwner owner = ownerOf(caller);
		return blocking(() -> {
			sessions.delete(owner, sessionId);
			return sessionId;
		}).then();
	}

	@PostMapping("/{sessionId}/clear")
	Mono<SessionResponse> clear(Caller caller, @PathVariable String sessionId) {
		SessionOwner owner = ownerOf(caller);
		return blocking(() -> SessionResponse.of(sessions.clear(owner, sessionId)));
	}

	private static <T> Mono<T> blocking(Callable<T> call) {
		return Mono.fromCallable(call)
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ConversationNotFoundException.class,
					notFound -> ApiException.notFound("No such chat session for this caller"));
	}

	/**
	 * The caller's principal owns its sessions. One longer than the owner column can hold is refused rather than cut,
	 * since a cut one could match another principal's sessions.
	 */
	private static SessionOwner ownerOf(Caller caller) {
		if (caller.principal().length() > SessionOwner.MAX_PRINCIPAL_LENGTH) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "This credential's principal is longer than "
					+ SessionOwner.MAX_PRINCIPAL_LENGTH + " characters and cannot own chat sessions", Map.of());
		}
		return new SessionOwner(caller.tenantId(), caller.principal());
	}

	private static int parseLimit(String limit) {
		try {
			int value = Integer.parseInt(limit.trim());
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below like any other bad limit
		}
		String message = "must be a whole number from 1 to " + MAX_LIMIT;
		throw ApiException.badRequest("Invalid request: limit " + message,
				Map.of("fields", List.of(Map.of("field", "limit", "message", message))));
	}
}
