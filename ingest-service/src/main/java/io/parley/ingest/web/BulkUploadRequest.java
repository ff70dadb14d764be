package io.parley.ingest.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The AI User Learning guide's {@code POST /webhook/chat/bulk} body: up to 1,000 interactions of one user. */
record BulkUploadRequest(
		@NotBlank(message = "is required") @Size(max = UserIds.MAX_LENGTH, message = "must be at most 50 characters")
		@Pattern(regexp = UserIds.PATTERN, message = UserIds.PATTERN_MESSAGE) String userId,
		@NotEmpty(message = "must hold at least one interaction")
		@Size(max = 1000, message = "must hold at most 1000 interactions; split larger uploads") List<@Valid Interaction> interactions) {

	record Interaction(
			@NotBlank(message = "is required and must not be blank")
			@Size(max = 10_000, message = "must be at most 10000 characters") String message,
			@Size(max = 10_000, message = "must be at most 10000 characters") String response,
			@IsoInstant String timestamp,
			Map<String, Object> metadata,
			@JsonAnySetter Map<String, Object> unknownFields) {

		Map<String, Object> allMetadata() {
			return RequestMetadata.withUnknownFields(metadata, unknownFields);
		}
	}
}
