package io.parley.ingest.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.platform.web.Caller;
import io.parley.platform.web.RequestIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Eneca bot's n8n webhook. Each {@code thread_id} (or {@code chat_id}) is one conversation with its memory;
 * without either, a thread id is generated and returned so the caller can continue it. The answer itself comes from
 * routing and is null until then.
 */
@RestController
class EnecaChatController {

	static final String CHANNEL = "n8n";
	private static final Logger log = LoggerFactory.getLogger(EnecaChatController.class);

	private final MessageIntake intakes;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	EnecaChatController(MessageIntake intakes, JsonMapper jsonMapper, Clock clock) {
		this.intakes = intakes;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@PostMapping("/api/chat")
	Mono<ChatAccepted> chat(Caller caller, @Valid @RequestBody ChatRequest request) {
		String threadId = request.threadId() != null ? request.threadId()
				: request.chatId() != null ? request.chatId() : UUID.randomUUID().toString();
		// Without a user id, the thread stands for its user: n8n flows often know only the chat.
		String userId = request.userId() != null ? request.userId()
				: request.chatId() != null ? request.chatId() : "thread-" + threadId.substring(0, Math.min(36, threadId.length()));
		Map<String, String> metadata = RequestMetadata.flatten(request.allMetadata(), jsonMapper);
		Instant now = clock.instant();
		Intake intake = new Intake(caller.tenantId(), userId, CHANNEL, ConversationRef.external("thread", threadId),
				metadata.getOrDefault("source", "n8n"), Intake.ConversationDetails.of(metadata),
				List.of(IncomingMessage.of(MessageRole.USER, request.message(), now, metadata)));
		return Mono.fromCallable(() -> intakes.record(intake))
			.subscribeOn(Schedulers.boundedElastic())
			.map(recorded -> new ChatAccepted(null, threadId, userId, request.chatId(), true,
					recorded.conversationId(), recorded.messages().get(0).messageId()));
	}

	/** Accepts any JSON and echoes it, for wiring up an n8n flow. Nothing is stored or published. */
	@PostMapping("/api/debug")
	Mono<Map<String, Object>> debug(@RequestBody(required = false) JsonNode body, ServerWebExchange exchange) {
		String requestId = RequestIds.of(exchange);
		log.info("[{}] /api/debug received {}", requestId, body);
		return Mono.just(Map.of("success", true, "received", body == null ? Map.of() : body, "request_id", requestId,
				"received_at", clock.instant().toString()));
	}

	record ChatRequest(
			@NotBlank(message = "is required and must not be blank")
			@Size(max = 10_000, message = "must be at most 10000 characters") String message,
			@Size(max = UserIds.MAX_LENGTH, message = "must be at most 50 characters")
			@Pattern(regexp = UserIds.PATTERN, message = UserIds.PATTERN_MESSAGE) String userId,
			@Size(max = UserIds.MAX_LENGTH, message = "must be at most 50 characters")
			@Pattern(regexp = UserIds.PATTERN, message = UserIds.PATTERN_MESSAGE) String chatId,
			@Size(max = 100, message = "must be at most 100 characters") String threadId,
			Map<String, Object> metadata,
			@JsonAnySetter Map<String, Object> unknownFields) {

		Map<String, Object> allMetadata() {
			return RequestMetadata.withUnknownFields(metadata, unknownFields);
		}
	}

	record ChatAccepted(String response, String threadId, String userId, String chatId, boolean success,
			String conversationId, String messageId) {
	}
}
