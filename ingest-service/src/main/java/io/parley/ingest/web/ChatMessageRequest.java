package io.parley.ingest.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The AI User Learning guide's {@code POST /webhook/chat/message} body. */
public record ChatMessageRequest(
		@NotBlank(message = "is required") @Size(max = UserIds.MAX_LENGTH, message = "must be at most 50 characters")
		@Pattern(regexp = UserIds.PATTERN, message = UserIds.PATTERN_MESSAGE) String userId,
		@NotBlank(message = "is required and must not be blank")
		@Size(max = 10_000, message = "must be at most 10000 characters") String message,
		@Size(max = 10_000, message = "must be at most 10000 characters") String response,
		@Size(max = 100, message = "must be at most 100 characters") String sessionId,
		Map<String, Object> metadata,
		/** Fields the guide does not name: kept with the message, not refused. */
		@JsonAnySetter Map<String, Object> unknownFields) {

	Map<String, Object> allMetadata() {
		return RequestMetadata.withUnknownFields(metadata, unknownFields);
	}
}
