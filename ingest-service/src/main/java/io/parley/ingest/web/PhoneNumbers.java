package io.parley.ingest.web;

import java.util.regex.Pattern;

/**
 * One spelling per phone number, so that a customer writing through İzer's bridge ({@code +90 555 123 45 67}) and
 * through Meta's Cloud API ({@code 905551234567}) is one end user with one conversation: {@code +} and the digits.
 */
final class PhoneNumbers {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,24}");

	private PhoneNumbers() {
	}

	/** The E.164-style form of a phone number; anything that is not one is returned as it is. */
	static String normalize(String value) {
		if (value == null || !PHONE.matcher(value.trim()).matches()) {
			return value;
		}
		return "+" + value.replaceAll("[^0-9]", "");
	}
}
