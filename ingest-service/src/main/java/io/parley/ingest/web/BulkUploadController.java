package io.parley.ingest.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.ingest.domain.RecordedIntake;
import io.parley.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk upload of a user's past interactions, each with its own time and metadata. All or nothing: one bad
 * interaction refuses the whole batch, naming the index and field of each error.
 */
@RestController
class BulkUploadController {

	private final MessageIntake intakes;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	BulkUploadController(MessageIntake intakes, JsonMapper jsonMapper, Clock clock) {
		this.intakes = intakes;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@PostMapping("/webhook/chat/bulk")
	Mono<BulkUploadResponse> upload(Caller caller, @Valid @RequestBody BulkUploadRequest request) {
		long started = System.nanoTime();
		List<Intake> intakesBySession = intakesBySession(caller.tenantId(), request);
		return Mono.fromCallable(() -> intakes.recordAll(intakesBySession))
			.subscribeOn(Schedulers.boundedElastic())
			.map(recorded -> new BulkUploadResponse(true, request.userId(), request.interactions().size(),
					recorded.stream().mapToLong(RecordedIntake::storedCount).sum(),
					recorded.stream().map(RecordedIntake::conversationId).distinct().toList(),
					(System.nanoTime() - started) / 1_000_000));
	}

	/** Interactions that name a session ({@code metadata.session}) go to that session's conversation, in order. */
	private List<Intake> intakesBySession(String tenantId, BulkUploadRequest request) {
		Instant now = clock.instant();
		Map<String, List<IncomingMessage>> bySession = new LinkedHashMap<>();
		for (BulkUploadRequest.Interaction interaction : request.interactions()) {
			Map<String, String> metadata = RequestMetadata.flatten(interaction.allMetadata(), jsonMapper);
			Instant sentAt = interaction.timestamp() == null || interaction.timestamp().isBlank() ? now
					: RequestMetadata.instantOrNull(interaction.timestamp());
			List<IncomingMessage> messages = bySession.computeIfAbsent(metadata.getOrDefault("session", ""),
					session -> new ArrayList<>());
			messages.add(IncomingMessage.of(MessageRole.USER, interaction.message(), sentAt, metadata));
			if (interaction.response() != null && !interaction.response().isBlank()) {
				messages.add(IncomingMessage.of(MessageRole.ASSISTANT, interaction.response(), sentAt, metadata));
			}
		}
		List<Intake> result = new ArrayList<>();
		bySession.forEach((session, messages) -> result.add(new Intake(tenantId, request.userId(),
				ChatWebhookController.CHANNEL, ConversationRef.external("session", session), "bulk",
				Intake.ConversationDetails.of(Map.of()), messages)));
		return result;
	}

	record BulkUploadResponse(boolean success, String userId, int interactionsCreated, long messagesStored,
			List<String> conversationIds, long processingTimeMs) {
	}
}
