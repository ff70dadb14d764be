package io.parley.gateway.auth;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiKeys keys the gateway accepts from configuration; a blank key is ignored
 */
@ConfigurationProperties("parley.gateway")
public record GatewayProperties(List<ConfiguredKey> apiKeys) {

	public GatewayProperties {
		apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
	}

	public record ConfiguredKey(String key, String tenantId, String name, Set<String> scopes) {
	}
}
