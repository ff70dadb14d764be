package io.parley.ingest.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * The İzer WhatsApp bridge's webhook: each call carries one new message and the chat history before it.
 * <p>
 * The history is context, not new traffic: its items are stored once each, in the order sent and before the
 * current message, marked historical. Each gets an external id derived from its sender, time and text, so a later
 * call whose history overlaps adds only the items not yet stored. The current message's external id is the
 * bridge's {@code message_id}: sending it again stores and publishes nothing and answers with the same
 * {@code database_id}.
 * <p>
 * Role of a history item: {@code user} when its sender is the chat's customer ({@code chat_name}, or the
 * {@code phone_number} when the bridge shows an unsaved contact by number), otherwise {@code agent} — in a business
 * WhatsApp chat the other party is the business's staff.
 */
@RestController
class IzerWebhookController {

	static final String CHANNEL = "whatsapp";
	static final String SOURCE = "izer";
	static final String HISTORY_ID_PREFIX = "hist:";

	private final MessageIntake intakes;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	IzerWebhookController(MessageIntake intakes, JsonMapper jsonMapper, Clock clock) {
		this.intakes = intakes;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@PostMapping("/webhook")
	Mono<IzerWebhookResponse> receive(Caller caller, @Valid @RequestBody IzerWebhookRequest request) {
		Intake intake = intakeOf(caller.tenantId(), request, clock.instant());
		return Mono.fromCallable(() -> intakes.record(intake))
			.subscribeOn(Schedulers.boundedElastic())
			.map(recorded -> response(request, recorded));
	}

	private Intake intakeOf(String tenantId, IzerWebhookRequest request, Instant now) {
		Map<String, String> customer = new LinkedHashMap<>();
		if (request.chatName() != null && !request.chatName().isBlank()) {
			customer.put("customer_name", request.chatName());
		}
		customer.put("customer_phone", PhoneNumbers.normalize(request.phoneNumber()));

		List<IncomingMessage> messages = new ArrayList<>();
		for (IzerWebhookRequest.HistoryItem item : request.history()) {
			Instant sentAt = RequestMetadata.instantOrNull(item.timestamp());
			Map<String, String> metadata = RequestMetadata.flatten(item.extra(), jsonMapper);
			metadata.putAll(customer);
			metadata.put("sender", item.sender());
			if (item.type() != null) {
				metadata.put("message_type", item.type());
			}
			messages.add(new IncomingMessage(roleOf(item, request), item.content(), sentAt,
					historyId(item.sender(), sentAt, item.content()), true, metadata));
		}
		Map<String, String> metadata = RequestMetadata.flatten(request.extra(), jsonMapper);
		metadata.putAll(customer);
		Instant sentAt = request.chatTime() == null ? now : RequestMetadata.instantOrNull(request.chatTime());
		messages.add(new IncomingMessage(MessageRole.USER, request.currentMessage(), sentAt, request.messageId(), false,
				metadata));

		String phone = PhoneNumbers.normalize(request.phoneNumber());
		return new Intake(tenantId, phone, CHANNEL, ConversationRef.external("chat", phone),
				SOURCE, Intake.ConversationDetails.of(customer), messages);
	}

	private IzerWebhookResponse response(IzerWebhookRequest request, RecordedIntake recorded) {
		RecordedIntake.RecordedMessage current = recorded.messages().get(recorded.messages().size() - 1);
		return new IzerWebhookResponse(true, request.messageId(), current.id(), recorded.conversationId(),
				clock.instant().toString());
	}

	static MessageRole roleOf(IzerWebhookRequest.HistoryItem item, IzerWebhookRequest request) {
		String sender = item.sender().strip();
		boolean customer = (request.chatName() != null && sender.equals(request.chatName().strip()))
				|| sender.equals(request.phoneNumber());
		return customer ? MessageRole.USER : MessageRole.AGENT;
	}

	/**
	 * A history item's id: the same message replayed in a later call gets the same id whatever else changed. The
	 * time is the parsed instant, so {@code 11:59:00Z} and {@code 11:59:00.000Z} are one message.
	 */
	static String historyId(String sender, Instant sentAt, String content) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256.digest((sender + "|" + sentAt + "|" + content).getBytes(StandardCharsets.UTF_8));
			return HISTORY_ID_PREFIX + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
