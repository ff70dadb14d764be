package io.parley.platform.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id that follows a request through the gateway, the services, their logs and their error bodies. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";
	/** Key of the request id in the exchange attributes, the Reactor context and the logging MDC. */
	public static final String KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

	private RequestIds() {
	}

	public static boolean isWellFormed(String candidate) {
		return candidate != null && WELL_FORMED.matcher(candidate).matches();
	}

	public static String generate() {
		byte[] random = new byte[12];
		ThreadLocalRandom.current().nextBytes(random);
		return "req_" + HexFormat.of().formatHex(random);
	}

	/** The exchange's request id; one is assigned if the request id filter has not run. */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(KEY);
		if (id == null) {
			id = generate();
			exchange.getAttributes().put(KEY, id);
		}
		return id;
	}
}
