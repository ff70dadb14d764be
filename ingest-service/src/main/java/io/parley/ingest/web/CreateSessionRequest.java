package io.parley.ingest.web;

import jakarta.validation.constraints.Size;

/** The Pulse chatbot's {@code POST /api/chat/sessions} body; both fields may be left out. */
record CreateSessionRequest(
		@Size(max = 255, message = "must be at most 255 characters") String title,
		@Size(max = 10_000, message = "must be at most 10000 characters") String systemPrompt) {
}
