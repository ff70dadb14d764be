package io.parley.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The headers that let a partner prove a delivery came from Parley.
 * <ul>
 * <li>Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}, keyed with the base64-decoded secret), signed by the
 * official {@code com.standardwebhooks} library. During a rotation's grace period both the current and the previous
 * secret sign, space-separated.</li>
 * <li>The platform API seed's {@code X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the body>}, keyed with the secret
 * string's UTF-8 bytes exactly as the partner received it ({@code whsec_...}), which is what the seed's
 * {@code verify_webhook(payload, signature, secret)} computes. The header holds one signature only, so during a grace
 * period it is made with the previous secret: receivers written against the seed keep working until it ends.</li>
 * </ul>
 */
public final class Signatures {

	public static final String WEBHOOK_ID = "webhook-id";
	public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
	public static final String WEBHOOK_SIGNATURE = "webhook-signature";
	public static final String SEED_SIGNATURE = "X-Webhook-Signature";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Signatures() {
	}

	/** A new secret in the Standard Webhooks format: {@code whsec_} and the base64 of 32 random bytes. */
	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The signature headers of one attempt.
	 * @param previousSecret the rotated-out secret still in its grace period, or null
	 */
	public static Map<String, String> headers(String messageId, long timestampSeconds, String body, String secret,
			String previousSecret) {
		String signature = standardSignature(messageId, timestampSeconds, body, secret);
		if (previousSecret != null) {
			signature = signature + " " + standardSignature(messageId, timestampSeconds, body, previousSecret);
		}
		return Map.of(WEBHOOK_ID, messageId, WEBHOOK_TIMESTAMP, Long.toString(timestampSeconds), WEBHOOK_SIGNATURE,
				signature, SEED_SIGNATURE, seedSignature(body, previousSecret != null ? previousSecret : secret));
	}

	static String standardSignature(String messageId, long timestampSeconds, String body, String secret) {
		try {
			return new Webhook(secret).sign(messageId, timestampSeconds, body);
		}
		catch (WebhookSigningException ex) {
			throw new IllegalStateException("Could not sign message " + messageId, ex);
		}
	}

	/** {@code sha256=} and the hex HMAC-SHA256 of the body, keyed with the secret string as given to the partner. */
	public static String seedSignature(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
