package io.parley.ingest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The İzer WhatsApp webhook's {@code POST /webhook} body: the current message and the chat history the bridge
 * replays with it. Fields the seed does not name are kept ({@code extra}) and travel in the message metadata.
 */
public record IzerWebhookRequest(
		@NotBlank(message = "is required") @Size(max = 191, message = "must be at most 191 characters")
		String messageId,
		@IsoInstant String chatTime,
		@Size(max = 200, message = "must be at most 200 characters") String chatName,
		@NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
		@Pattern(regexp = "[A-Za-z0-9_.@+-]*", message = "may contain only letters, digits and _-.@+")
		String phoneNumber,
		@NotBlank(message = "is required and must not be blank")
		@Size(max = 10_000, message = "must be at most 10000 characters") String currentMessage,
		List<@NotNull(message = "must be an object") @Valid HistoryItem> history,
		@JsonAnySetter Map<String, Object> extra) {

	public IzerWebhookRequest {
		history = history == null ? List.of() : history;
		extra = extra == null ? new LinkedHashMap<>() : extra;
	}

	/** A message of the chat before the current one, as the bridge saw it. */
	public record HistoryItem(
			@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
			String sender,
			@NotBlank(message = "is required and must not be blank")
			@Size(max = 10_000, message = "must be at most 10000 characters") String content,
			@NotBlank(message = "is required") @IsoInstant String timestamp,
			@Size(max = 50, message = "must be at most 50 characters") String type,
			@JsonAnySetter Map<String, Object> extra) {

		public HistoryItem {
			extra = extra == null ? new LinkedHashMap<>() : extra;
		}
	}
}
