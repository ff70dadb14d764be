package io.parley.ingest.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationNotFoundException;
import io.parley.ingest.domain.ConversationReader;
import io.parley.ingest.domain.ConversationReader.MessageEntry;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.FeedbackService;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The platform API reference's conversations: start one or add to it, read its history, rate it. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationsController {

	static final int MAX_PAGE = 200;

	private final MessageIntake intakes;
	private final ConversationReader reader;
	private final FeedbackService feedback;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	ConversationsController(MessageIntake intakes, ConversationReader reader, FeedbackService feedback,
			JsonMapper jsonMapper, Clock clock) {
		this.intakes = intakes;
		this.reader = reader;
		this.feedback = feedback;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * A message without {@code conversation_id} starts a new conversation; with one, it is added to it. The answer
	 * itself ({@code response}, {@code confidence}, {@code sources}) comes from routing and is null until then.
	 */
	@PostMapping
	Mono<ConversationMessageAccepted> send(Caller caller, @Valid @RequestBody NewMessage request) {
		Map<String, String> metadata = RequestMetadata.flatten(request.allMetadata(), jsonMapper);
		Instant now = clock.instant();
		ConversationRef ref = request.conversationId() != null
				? new ConversationRef.Existing(request.conversationId())
				: ConversationRef.external("api", UUID.randomUUID().toString());
		Intake intake = new Intake(caller.tenantId(), request.userId(), request.channelOrDefault(), ref,
				metadata.get("source"), Intake.ConversationDetails.of(metadata),
				List.of(IncomingMessage.of(MessageRole.USER, request.message(), now, metadata)));
		return Mono.fromCallable(() -> intakes.record(intake))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ConversationNotFoundException.class, ex -> ApiException.notFound(ex.getMessage()))
			.map(recorded -> new ConversationMessageAccepted(recorded.conversationId(),
					recorded.messages().get(0).messageId(), null, null, List.of(), false, now));
	}

	/** The history in order; long conversations come in pages: pass {@code next_cursor} as {@code cursor}. */
	@GetMapping("/{conversationId}")
	Mono<ConversationHistory> history(Caller caller, @PathVariable String conversationId,
			@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") long cursor) {
		if (limit < 1 || limit > MAX_PAGE || cursor < 0) {
			return Mono.error(ApiException.badRequest("Invalid request: limit must be 1 to " + MAX_PAGE
					+ " and cursor a next_cursor from an earlier page", Map.of("fields", List.of(
							Map.of("field", "limit", "message", "must be 1 to " + MAX_PAGE)))));
		}
		return Mono.fromCallable(() -> {
			var conversation = reader.find(caller.tenantId(), conversationId)
				.orElseThrow(() -> ApiException.notFound("No conversation " + conversationId + " for this tenant"));
			List<MessageEntry> page = reader.messages(caller.tenantId(), conversationId, cursor, limit + 1);
			boolean more = page.size() > limit;
			List<MessageEntry> shown = more ? page.subList(0, limit) : page;
			return new ConversationHistory(conversation.id(), conversation.userId(), conversation.channel(),
					shown.stream().map(HistoryMessage::of).toList(), conversation.status(), conversation.createdAt(),
					more ? shown.get(shown.size() - 1).sequence() : null);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@PostMapping("/{conversationId}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<FeedbackAccepted> rate(Caller caller, @PathVariable String conversationId,
			@Valid @RequestBody FeedbackRequest request) {
		return Mono.fromCallable(() -> feedback.submit(caller.tenantId(), conversationId, request.rating(),
				request.comment(), request.messageId()))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorMap(ConversationNotFoundException.class, ex -> ApiException.notFound(ex.getMessage()))
			.map(saved -> new FeedbackAccepted(saved.id(), saved.conversationId(), saved.rating(), saved.comment(),
					saved.messageId(), saved.createdAt()));
	}

	record NewMessage(
			@NotBlank(message = "is required and must not be blank")
			@Size(max = 10_000, message = "must be at most 10000 characters") String message,
			@NotBlank(message = "is required") @Size(max = UserIds.MAX_LENGTH, message = "must be at most 50 characters")
			@Pattern(regexp = UserIds.PATTERN, message = UserIds.PATTERN_MESSAGE) String userId,
			@Pattern(regexp = "[a-z0-9_-]{1,32}", message = "must be 1 to 32 of a-z, 0-9, _ and -") String channel,
			@Size(max = 64, message = "must be a conversation id") String conversationId,
			Map<String, Object> metadata,
			/** Fields the API does not know are kept with the message, not refused. */
			@JsonAnySetter Map<String, Object> unknownFields) {

		String channelOrDefault() {
			return channel == null ? "api" : channel;
		}

		Map<String, Object> allMetadata() {
			return RequestMetadata.withUnknownFields(metadata, unknownFields);
		}
	}

	record FeedbackRequest(
			@NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer rating,
			@Size(max = 2_000, message = "must be at most 2000 characters") String comment,
			@Size(max = 64, message = "must be a message id") String messageId) {
	}

	record ConversationMessageAccepted(String conversationId, String messageId, String response, Double confidence,
			List<String> sources, boolean escalated, Instant timestamp) {
	}

	record ConversationHistory(String conversationId, String userId, String channel, List<HistoryMessage> messages,
			String status, Instant createdAt, Long nextCursor) {
	}

	record HistoryMessage(String id, String sender, String content, Instant timestamp) {

		static HistoryMessage of(MessageEntry message) {
			String sender = message.role() == MessageRole.ASSISTANT ? "ai" : message.role().name().toLowerCase(Locale.ROOT);
			return new HistoryMessage(message.messageId(), sender, message.content(), message.sentAt());
		}
	}

	record FeedbackAccepted(String feedbackId, String conversationId, int rating, String comment, String messageId,
			Instant createdAt) {
	}
}
