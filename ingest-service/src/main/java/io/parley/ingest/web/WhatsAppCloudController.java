package io.parley.ingest.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.ingest.domain.RecordedIntake;
import io.parley.ingest.domain.WhatsAppChannel;
import io.parley.ingest.domain.WhatsAppChannels;
import io.parley.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Cloud API (Meta) webhook of one tenant. Meta calls it without Parley credentials, so the gateway
 * route is public, the tenant comes from the path, and a delivery is trusted only once its signature verifies with
 * the tenant's app secret. An unconfigured tenant is answered like a wrong token or signature, so the endpoint
 * does not reveal which tenants exist.
 */
@RestController
class WhatsAppCloudController {

	static final String PATH = "/webhook/whatsapp/{tenant_id}";

	private final WhatsAppChannels channels;
	private final MessageIntake intakes;
	private final JsonMapper jsonMapper;
	private final Clock clock;

	WhatsAppCloudController(WhatsAppChannels channels, MessageIntake intakes, JsonMapper jsonMapper, Clock clock) {
		this.channels = channels;
		this.intakes = intakes;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/** Meta's subscription check: echo the challenge when the verify token is the tenant's. */
	@GetMapping(PATH)
	Mono<ResponseEntity<String>> verify(@PathVariable("tenant_id") String tenantId,
			@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		return channelOf(tenantId).map(channel -> {
			if (!"subscribe".equals(mode) || challenge == null || channel.isEmpty()
					|| !constantTimeEquals(token, channel.get().verifyToken())) {
				throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
						"The verify token does not match this channel's", Map.of());
			}
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
		});
	}

	@PostMapping(PATH)
	Mono<WhatsAppCloudResponse> receive(@PathVariable("tenant_id") String tenantId,
			@RequestHeader(name = WhatsAppSignature.HEADER, required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		byte[] raw = body == null ? new byte[0] : body;
		return Mono.fromCallable(() -> {
			Optional<WhatsAppChannel> channel = channels.find(tenantId);
			if (channel.isEmpty() || !WhatsAppSignature.verifies(signature, raw, channel.get().appSecret())) {
				throw ApiException.unauthorized("Missing or invalid " + WhatsAppSignature.HEADER
						+ " signature: sign the raw body with HMAC-SHA256 and the channel's app secret");
			}
			long stored = record(WhatsAppCloudPayload.intakes(tenantId, parse(raw), clock.instant()));
			return new WhatsAppCloudResponse(true, stored);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private long record(List<Intake> received) {
		if (received.isEmpty()) {
			return 0;
		}
		return intakes.recordAll(received).stream().mapToLong(RecordedIntake::storedCount).sum();
	}

	private Mono<Optional<WhatsAppChannel>> channelOf(String tenantId) {
		return Mono.fromCallable(() -> channels.find(tenantId)).subscribeOn(Schedulers.boundedElastic());
	}

	private JsonNode parse(byte[] raw) {
		try {
			JsonNode root = jsonMapper.readTree(raw);
			return root == null ? jsonMapper.createObjectNode() : root;
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("The request body is not valid JSON", Map.of());
		}
	}

	private static boolean constantTimeEquals(String presented, String expected) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}
}
