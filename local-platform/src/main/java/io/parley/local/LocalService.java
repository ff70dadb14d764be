package io.parley.local;

import java.util.List;

/** The platform's services as the local launcher runs them: name, port and own database. */
public enum LocalService {

	INGEST("ingest-service", 8081, "ingest"),
	ANALYSIS("analysis-service", 8082, "analysis"),
	LEARNING("learning-service", 8083, "learning"),
	ROUTING("routing-service", 8084, "routing"),
	INSIGHTS("insights-service", 8085, "insights"),
	DELIVERY("delivery-service", 8086, "delivery"),
	GATEWAY("gateway-service", 8080, "gateway");

	private final String serviceName;
	private final int defaultPort;
	private final String database;

	LocalService(String serviceName, int defaultPort, String database) {
		this.serviceName = serviceName;
		this.defaultPort = defaultPort;
		this.database = database;
	}

	public String serviceName() {
		return serviceName;
	}

	public int defaultPort() {
		return defaultPort;
	}

	public String database() {
		return database;
	}

	/** The environment variable the gateway reads this service's URL from, e.g. {@code INGEST_URL}. */
	public String urlVariable() {
		return name() + "_URL";
	}

	public static List<LocalService> backendServices() {
		return List.of(INGEST, ANALYSIS, LEARNING, ROUTING, INSIGHTS, DELIVERY);
	}
}
