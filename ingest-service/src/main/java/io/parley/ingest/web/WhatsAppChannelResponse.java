package io.parley.ingest.web;

/**
 * A tenant's WhatsApp channel as shown back: never the app secret.
 *
 * @param callbackPath the path (behind the gateway's public address) to enter as Meta's callback URL
 */
public record WhatsAppChannelResponse(boolean configured, String verifyToken, String callbackPath) {
}
