package io.parley.ingest.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The AI User Learning guide's webhook: chat clients log each interaction here. */
@RestController
class ChatWebhookController {

	static final String CHANNEL = "webhook";

	private final MessageIntake intakes;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	ChatWebhookController(MessageIntake intakes, JsonMapper jsonMapper, Clock clock) {
		this.intakes = intakes;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@PostMapping("/webhook/chat/message")
	Mono<ChatMessageResponse> logMessage(Caller caller, @Valid @RequestBody ChatMessageRequest request) {
		Map<String, String> metadata = RequestMetadata.flatten(request.allMetadata(), jsonMapper);
		Instant sentAt = RequestMetadata.sentAt(metadata, clock.instant());
		List<IncomingMessage> messages = new ArrayList<>();
		messages.add(IncomingMessage.of(MessageRole.USER, request.message(), sentAt, metadata));
		if (request.response() != null && !request.response().isBlank()) {
			messages.add(IncomingMessage.of(MessageRole.ASSISTANT, request.response(), sentAt, metadata));
		}
		Intake intake = new Intake(caller.tenantId(), request.userId(), CHANNEL,
				ConversationRef.external("session", request.sessionId()), metadata.get("source"),
				Intake.ConversationDetails.of(metadata), messages);
		return Mono.fromCallable(() -> intakes.record(intake))
			.subscribeOn(Schedulers.boundedElastic())
			.map(recorded -> new ChatMessageResponse(true, request.userId(), recorded.messages().get(0).id(),
					recorded.conversationId(), "Interaction logged; analysis and learning follow"));
	}
}
