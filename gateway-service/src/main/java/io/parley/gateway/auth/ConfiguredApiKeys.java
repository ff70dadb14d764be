package io.parley.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * API keys from configuration, held only as SHA-256 hashes. A presented key is hashed and looked up, so the raw
 * keys are not kept in memory after start.
 */
@Component
public class ConfiguredApiKeys {

	private static final Logger log = LoggerFactory.getLogger(ConfiguredApiKeys.class);

	private final Map<String, Principal> principalsByKeyHash = new HashMap<>();

	public ConfiguredApiKeys(GatewayProperties properties) {
		for (GatewayProperties.ConfiguredKey key : properties.apiKeys()) {
			if (key.key() == null || key.key().isBlank()) {
				continue;
			}
			principalsByKeyHash.put(sha256(key.key()),
					new Principal(key.tenantId(), key.name(), key.scopes() == null ? Set.of() : Set.copyOf(key.scopes())));
		}
		if (principalsByKeyHash.isEmpty()) {
			log.warn("No API key is configured: every request will be refused with 401. Set PARLEY_DEMO_API_KEY.");
		}
	}

	public Optional<Principal> resolve(String presentedKey) {
		return Optional.ofNullable(principalsByKeyHash.get(sha256(presentedKey)));
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
		}
	}
}
