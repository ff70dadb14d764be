package io.parley.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Parley API keys: {@code prl_} and 32 random bytes, base64url. The prefix makes a leaked key recognisable to
 * secret scanners; only the SHA-256 of a key is stored (keys are random, so no salt is needed).
 */
public final class ApiKeys {

	public static final String PREFIX = "prl_";
	private static final int DISPLAY_LENGTH = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	public static String generate() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	public static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
		}
	}

	/** The part of a key shown in lists so that its owner can tell keys apart. */
	public static String displayPrefix(String key) {
		return key.substring(0, Math.min(DISPLAY_LENGTH, key.length()));
	}
}
