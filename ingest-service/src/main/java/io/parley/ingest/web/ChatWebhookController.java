package io.parley.ingest.web;

import java.time.Clock;
import java.util.Map;

import io.parley.ingest.domain.ChatTurn;
import io.parley.ingest.domain.ChatTurnRecorder;
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

	private final ChatTurnRecorder recorder;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	ChatWebhookController(ChatTurnRecorder recorder, JsonMapper jsonMapper, Clock clock) {
		this.recorder = recorder;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@PostMapping("/webhook/chat/message")
	Mono<ChatMessageResponse> logMessage(Caller caller, @Valid @RequestBody ChatMessageRequest request) {
		Map<String, String> metadata = RequestMetadata.flatten(request.metadata(), jsonMapper);
		ChatTurn turn = new ChatTurn(caller.tenantId(), request.userId(), CHANNEL, request.sessionId(),
				request.message(), request.response(), RequestMetadata.sentAt(metadata, clock.instant()),
				metadata.get("source"), metadata);
		return Mono.fromCallable(() -> recorder.record(turn))
			.subscribeOn(Schedulers.boundedElastic())
			.map(recorded -> new ChatMessageResponse(true, request.userId(), recorded.interactionId(),
					recorded.conversationId(), "Interaction logged; analysis and learning follow"));
	}
}
