package io.parley.delivery.domain;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Posts one signed delivery without blocking the caller. The future never fails: problems are in the result. */
public interface WebhookSender {

	CompletableFuture<SendResult> send(String url, String body, Map<String, String> headers);
}
