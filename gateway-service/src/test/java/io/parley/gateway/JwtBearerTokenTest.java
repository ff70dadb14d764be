package io.parley.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.parley.test.ParleyServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.parley.gateway.GatewayRequestHandlingTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Bearer JWTs as the Pulse chatbot sends them: HS256 with a shared secret, or RS256 from an issuer's JWKS. */
@ParleyServiceTest
@TestPropertySource(properties = { "PARLEY_JWT_SECRET=" + JwtBearerTokenTest.SECRET,
		"PARLEY_RATE_LIMIT_STORE=in-memory" })
class JwtBearerTokenTest {

	static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";

	static final FakeService service = FakeService.start();
	static final RSAKey issuerKey = rsaKey("issuer-key-1");
	static final HttpServer jwks = serveJwks(issuerKey);

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("INGEST_URL", service::url);
		registry.add("PARLEY_JWT_JWKS_URL", () -> "http://localhost:" + jwks.getAddress().getPort() + "/jwks.json");
	}

	@AfterAll
	static void stop() {
		service.close();
		jwks.stop(0);
	}

	@Autowired
	WebTestClient web;

	@Test
	void anHs256TokenIsAcceptedAndItsClaimsBecomeTheForwardedTenantPrincipalAndScopes() {
		String token = hs256(SECRET, claims("tenant-jwt", "user-7", "ingest", Instant.now().plusSeconds(300)));

		postWith(token).expectStatus().isOk();

		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-jwt");
		assertThat(service.last().getFirst("X-Parley-Principal")).isEqualTo("user-7");
		assertThat(service.last().getFirst("X-Parley-Scopes")).isEqualTo("ingest");
	}

	@Test
	void anRs256TokenFromTheIssuersJwksIsAccepted() {
		postWith(rs256(issuerKey, claims("tenant-rsa", "user-9", "ingest", Instant.now().plusSeconds(300))))
			.expectStatus().isOk();

		assertThat(service.last().getFirst("X-Parley-Tenant-Id")).isEqualTo("tenant-rsa");
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = hs256(SECRET, claims("tenant-jwt", "user-7", "ingest", Instant.now().minusSeconds(600)));

		assertRefused(postWith(token), HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	@Test
	void aTokenSignedWithAnotherSecretOrKeyIsRefused() {
		assertRefused(postWith(hs256("another-secret-that-is-also-32-bytes-long!!",
				claims("tenant-jwt", "user-7", "ingest", Instant.now().plusSeconds(300)))), HttpStatus.UNAUTHORIZED,
				"unauthorized");
		assertRefused(postWith(rs256(rsaKey("issuer-key-1"),
				claims("tenant-rsa", "user-9", "ingest", Instant.now().plusSeconds(300)))), HttpStatus.UNAUTHORIZED,
				"unauthorized");
	}

	@Test
	void aTokenWithoutTheRoutesScopeIsRefusedWith403() {
		String token = hs256(SECRET, claims("tenant-jwt", "user-7", "insights:read", Instant.now().plusSeconds(300)));

		assertRefused(postWith(token), HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	void aTokenWithoutATenantClaimIsRefused() {
		String token = hs256(SECRET, new JWTClaimsSet.Builder().subject("user-7").claim("scope", "ingest")
			.expirationTime(Date.from(Instant.now().plusSeconds(300))).build());

		assertRefused(postWith(token), HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	private WebTestClient.ResponseSpec postWith(String token) {
		return web.post().uri("/webhook/chat/message").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user_id", "user123", "message", "hello"))
			.exchange();
	}

	private static JWTClaimsSet claims(String tenant, String subject, String scope, Instant expiresAt) {
		return new JWTClaimsSet.Builder().subject(subject).claim("tenant_id", tenant).claim("scope", scope)
			.issueTime(Date.from(Instant.now().minusSeconds(900))).expirationTime(Date.from(expiresAt)).build();
	}

	private static String hs256(String secret, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String rs256(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsaKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer serveJwks(RSAKey key) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks.json", exchange -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
