package io.parley.ingest.web;

import java.time.Clock;

import io.parley.ingest.domain.WhatsAppChannel;
import io.parley.ingest.domain.WhatsAppChannels;
import io.parley.platform.web.Caller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The caller's tenant's WhatsApp Cloud API settings: set with PUT, shown with GET, the secret never shown. */
@RestController
@RequestMapping("/api/v1/channels/whatsapp")
class WhatsAppChannelController {

	private final WhatsAppChannels channels;
	private final Clock clock;

	WhatsAppChannelController(WhatsAppChannels channels, Clock clock) {
		this.channels = channels;
		this.clock = clock;
	}

	@PutMapping
	Mono<WhatsAppChannelResponse> configure(Caller caller, @Valid @RequestBody WhatsAppChannelRequest request) {
		WhatsAppChannel channel = new WhatsAppChannel(caller.tenantId(), request.verifyToken(), request.appSecret());
		return Mono.fromCallable(() -> {
			channels.save(channel, clock.instant());
			return new WhatsAppChannelResponse(true, channel.verifyToken(), callbackPath(caller));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping
	Mono<WhatsAppChannelResponse> show(Caller caller) {
		return Mono.fromCallable(() -> channels.find(caller.tenantId())
			.map(channel -> new WhatsAppChannelResponse(true, channel.verifyToken(), callbackPath(caller)))
			.orElseGet(() -> new WhatsAppChannelResponse(false, null, callbackPath(caller))))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private static String callbackPath(Caller caller) {
		return WhatsAppCloudController.PATH.replace("{tenant_id}", caller.tenantId());
	}
}
