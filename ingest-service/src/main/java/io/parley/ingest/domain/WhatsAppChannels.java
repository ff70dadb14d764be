package io.parley.ingest.domain;

import java.time.Instant;
import java.util.Optional;

/** Where each tenant's WhatsApp Cloud API settings are kept. */
public interface WhatsAppChannels {

	Optional<WhatsAppChannel> find(String tenantId);

	/** Creates or replaces the tenant's settings. */
	void save(WhatsAppChannel channel, Instant now);
}
