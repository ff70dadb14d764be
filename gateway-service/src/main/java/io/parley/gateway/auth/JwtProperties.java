package io.parley.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer JWTs the gateway accepts besides API keys: HS256 signed with a shared secret, or RS256 verified against a
 * JWKS URL; either or both. Neither set: JWTs are not accepted.
 *
 * @param hs256Secret the shared secret (at least 32 bytes)
 * @param jwksUrl where the issuer publishes its RS256 public keys
 * @param tenantClaim the claim naming the tenant
 */
@ConfigurationProperties("parley.gateway.jwt")
public record JwtProperties(String hs256Secret, String jwksUrl, String tenantClaim) {

	public JwtProperties {
		tenantClaim = tenantClaim == null || tenantClaim.isBlank() ? "tenant_id" : tenantClaim;
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
