package io.parley.ingest.web;

import jakarta.validation.constraints.Size;

/** The Pulse chatbot's {@code PUT /api/chat/sessions/{session_id}} body: a field left out stays as it is. */
record UpdateSessionRequest(
		@Size(max = 255, message = "must be at most 255 characters") String title,
		@Size(max = 10_000, message = "must be at most 10000 characters") String systemPrompt,
		Boolean isActive) {
}
