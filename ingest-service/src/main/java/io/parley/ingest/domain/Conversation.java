package io.parley.ingest.domain;

/** A conversation row, locked for the current transaction, with the number of messages it already holds. */
public record Conversation(String id, String userId, String channel, long messageCount, boolean created) {
}
