package io.parley.ingest.domain;

/**
 * A tenant's WhatsApp Cloud API channel settings.
 *
 * @param verifyToken what Meta must present when it checks the webhook subscription
 * @param appSecret the Meta app secret that signs every webhook delivery; never shown back to anyone
 */
public record WhatsAppChannel(String tenantId, String verifyToken, String appSecret) {

	@Override
	public String toString() {
		return "WhatsAppChannel[tenantId=" + tenantId + ", verifyToken=" + verifyToken + ", appSecret=***]";
	}
}
