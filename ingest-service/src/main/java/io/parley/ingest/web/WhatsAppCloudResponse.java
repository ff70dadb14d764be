package io.parley.ingest.web;

/** What a WhatsApp Cloud API delivery stored: messages already held (a redelivery) are not counted. */
public record WhatsAppCloudResponse(boolean success, long messagesStored) {
}
