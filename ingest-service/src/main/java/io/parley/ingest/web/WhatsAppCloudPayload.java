package io.parley.ingest.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.parley.events.MessageRole;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads a WhatsApp Cloud API webhook delivery ({@code entry[].changes[].value.messages[]}) into one intake per
 * sender, in the order Meta listed the messages. Status updates and other changes without messages add nothing.
 * <p>
 * A message without a sender or id cannot be attributed or deduplicated; it is skipped and logged rather than
 * refused, because refusing would make Meta redeliver the whole batch for ever.
 */
final class WhatsAppCloudPayload {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppCloudPayload.class);

	static final String CHANNEL = "whatsapp";
	static final String SOURCE = "whatsapp-cloud";
	private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@+-]{1,50}");
	private static final int MAX_CONTENT = 10_000;

	private WhatsAppCloudPayload() {
	}

	static List<Intake> intakes(String tenantId, JsonNode root, Instant now) {
		Map<String, List<IncomingMessage>> bySender = new LinkedHashMap<>();
		Map<String, Map<String, String>> customers = new HashMap<>();
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				Map<String, String> names = contactNames(value.path("contacts"));
				for (JsonNode message : value.path("messages")) {
					String from = PhoneNumbers.normalize(text(message.path("from")));
					String id = text(message.path("id"));
					if (from == null || !USER_ID.matcher(from).matches() || id == null || id.isBlank()) {
						log.warn("Skipped a WhatsApp message for tenant {} without a usable sender or id", tenantId);
						continue;
					}
					Map<String, String> customer = new LinkedHashMap<>();
					String name = names.containsKey(from) ? names.get(from)
							: names.size() == 1 ? names.values().iterator().next() : null;
					if (name != null) {
						customer.put("customer_name", name);
					}
					customer.put("customer_phone", from);
					customers.putIfAbsent(from, customer);
					bySender.computeIfAbsent(from, sender -> new ArrayList<>())
						.add(incoming(message, id, customer, value.path("metadata"), now));
				}
			}
		}
		List<Intake> intakes = new ArrayList<>();
		bySender.forEach((from, messages) -> intakes.add(new Intake(tenantId, from, CHANNEL,
				ConversationRef.external("chat", from), SOURCE, Intake.ConversationDetails.of(customers.get(from)),
				messages)));
		return intakes;
	}

	private static IncomingMessage incoming(JsonNode message, String id, Map<String, String> customer,
			JsonNode business, Instant now) {
		String type = text(message.path("type"));
		if (type == null || type.isBlank()) {
			type = "unknown";
		}
		Map<String, String> metadata = new LinkedHashMap<>(customer);
		metadata.put("message_type", type);
		putText(metadata, "whatsapp_phone_number_id", business.path("phone_number_id"));
		putText(metadata, "whatsapp_display_phone_number", business.path("display_phone_number"));
		String content = null;
		if ("text".equals(type)) {
			content = text(message.path("text").path("body"));
		}
		else if (message.path(type).isObject()) {
			// Media id, caption, location, ...: kept so that a later step can fetch or show it.
			metadata.put(type, message.path(type).toString());
		}
		if (message.path("context").isObject()) {
			metadata.put("context", message.path("context").toString());
		}
		if (content == null || content.isBlank()) {
			content = "[" + type + "]";
		}
		if (content.length() > MAX_CONTENT) {
			content = content.substring(0, MAX_CONTENT);
		}
		return new IncomingMessage(MessageRole.USER, content, sentAt(message.path("timestamp"), now), id, false,
				metadata);
	}

	/** Contact names by WhatsApp id ({@code contacts[].wa_id} to {@code contacts[].profile.name}). */
	private static Map<String, String> contactNames(JsonNode contacts) {
		Map<String, String> names = new LinkedHashMap<>();
		for (JsonNode contact : contacts) {
			String waId = PhoneNumbers.normalize(text(contact.path("wa_id")));
			String name = text(contact.path("profile").path("name"));
			if (waId != null && name != null && !name.isBlank()) {
				names.put(waId, name);
			}
		}
		return names;
	}

	/** Meta's timestamps are epoch seconds, sent as text; a missing or odd one means "now". */
	private static Instant sentAt(JsonNode timestamp, Instant now) {
		String seconds = text(timestamp);
		if (seconds != null) {
			try {
				return Instant.ofEpochSecond(Long.parseLong(seconds.trim()));
			}
			catch (NumberFormatException | java.time.DateTimeException ex) {
				return now;
			}
		}
		return now;
	}

	private static void putText(Map<String, String> metadata, String key, JsonNode node) {
		String value = text(node);
		if (value != null) {
			metadata.put(key, value);
		}
	}

	private static String text(JsonNode node) {
		if (node.isString()) {
			return node.stringValue();
		}
		return node.isNumber() ? node.asString() : null;
	}
}
