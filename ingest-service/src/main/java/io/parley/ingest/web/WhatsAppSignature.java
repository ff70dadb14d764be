package io.parley.ingest.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app
 * secret>}. Compared in constant time, over the exact bytes received.
 */
final class WhatsAppSignature {

	static final String HEADER = "X-Hub-Signature-256";
	private static final String PREFIX = "sha256=";
	private static final String ALGORITHM = "HmacSHA256";

	private WhatsAppSignature() {
	}

	static boolean verifies(String header, byte[] body, String appSecret) {
		if (header == null || appSecret == null || appSecret.isEmpty()
				|| !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		byte[] presented;
		try {
			presented = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(body, appSecret), presented);
	}

	private static byte[] hmac(byte[] body, String appSecret) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}
}
