package io.parley.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jwt.JWTParser;
import io.parley.gateway.tenant.Scopes;
import io.parley.platform.web.ApiException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Accepts a bearer JWT: signature (HS256 or RS256 from a JWKS URL) and expiry are checked; the tenant comes from
 * the tenant claim, the principal from {@code sub}, the scopes from {@code scope} (space separated) or
 * {@code scopes} (a list).
 */
@Component
class JwtAuthenticator {

	private final JwtProperties properties;
	private final ReactiveJwtDecoder hs256;
	private final ReactiveJwtDecoder rs256;

	JwtAuthenticator(JwtProperties properties) {
		this.properties = properties;
		this.hs256 = hs256(properties);
		this.rs256 = JwtProperties.hasText(properties.jwksUrl())
				? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUrl()).build() : null;
	}

	/** A compact JWS has three dot-separated parts; API keys have none. */
	static boolean looksLikeJwt(String credential) {
		return credential.chars().filter(c -> c == '.').count() == 2;
	}

	Mono<Principal> authenticate(String token) {
		ReactiveJwtDecoder decoder = decoderFor(token);
		if (decoder == null) {
			return Mono.error(ApiException.unauthorized(
					"This token's signing algorithm is not accepted here; use an API key or an HS256/RS256 token"));
		}
		return decoder.decode(token)
			.onErrorMap(JwtException.class, JwtAuthenticator::refusal)
			.flatMap(this::principal);
	}

	private Mono<Principal> principal(Jwt jwt) {
		String tenantId = jwt.getClaimAsString(properties.tenantClaim());
		if (tenantId == null || tenantId.isBlank()) {
			return Mono.error(ApiException.unauthorized("The token has no '" + properties.tenantClaim() + "' claim"));
		}
		Set<String> scopes = new LinkedHashSet<>(Scopes.parse(jwt.getClaimAsString("scope")));
		Object listed = jwt.getClaims().get("scopes");
		if (listed instanceof Collection<?> values) {
			values.forEach(value -> scopes.add(String.valueOf(value)));
		}
		String subject = jwt.getSubject() == null ? "jwt" : jwt.getSubject();
		return Mono.just(new Principal(tenantId, subject, scopes));
	}

	private static ApiException refusal(JwtException failure) {
		String reason = failure instanceof JwtValidationException invalid && invalid.getErrors().stream()
			.anyMatch(error -> String.valueOf(error.getDescription()).toLowerCase().contains("expired"))
				? "The token has expired; get a new one" : failure instanceof BadJwtException
						? "The token is malformed or its signature does not verify" : "The token could not be verified";
		return ApiException.unauthorized(reason);
	}

	/** The token's own header names its algorithm; each accepted algorithm has its decoder. */
	private ReactiveJwtDecoder decoderFor(String token) {
		try {
			String algorithm = JWTParser.parse(token).getHeader().getAlgorithm().getName();
			return switch (algorithm) {
				case "HS256" -> hs256;
				case "RS256" -> rs256;
				default -> null;
			};
		}
		catch (ParseException ex) {
			return null;
		}
	}

	private static ReactiveJwtDecoder hs256(JwtProperties properties) {
		if (JwtProperties.hasText(properties.hs256Secret())) {
			byte[] secret = properties.hs256Secret().getBytes(StandardCharsets.UTF_8);
			if (secret.length < 32) {
				throw new IllegalStateException("parley.gateway.jwt.hs256-secret (PARLEY_JWT_SECRET) must be at least 32 bytes");
			}
			return NimbusReactiveJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
				.macAlgorithm(MacAlgorithm.HS256).build();
		}
		return null;
	}
}
