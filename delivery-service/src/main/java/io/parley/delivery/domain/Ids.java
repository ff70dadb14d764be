package io.parley.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

final class Ids {

	private Ids() {
	}

	static String endpointId() {
		return "ep_" + UUID.randomUUID().toString().replace("-", "");
	}

	/** The same event to the same endpoint always gets the same message id, so redelivery records nothing twice. */
	static String messageId(String endpointId, String eventId) {
		return "msg_" + UUID.nameUUIDFromBytes((endpointId + "|" + eventId).getBytes(StandardCharsets.UTF_8))
			.toString().replace("-", "");
	}
}
