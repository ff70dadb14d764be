package io.parley.ingest.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tenant's WhatsApp Cloud API settings, as entered in Meta's app dashboard. */
public record WhatsAppChannelRequest(
		@NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters")
		String verifyToken,
		@NotBlank(message = "is required") @Size(max = 255, message = "must be at most 255 characters")
		String appSecret) {

	@Override
	public String toString() {
		return "WhatsAppChannelRequest[verifyToken=" + verifyToken + ", appSecret=***]";
	}
}
