package io.parley.platform.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consumes catalogue topics this service consumes; each gets a dead-letter topic for the service's group
 * @param publishTimeout how long a publisher waits for the event log's acknowledgement
 * @param retries how often a failing record is retried before it goes to the dead-letter topic
 * @param retryBackoff the first pause between retries; it doubles each time
 * @param replicationFactor replicas of each topic the service declares (1 for a local single broker)
 */
@ConfigurationProperties("parley.messaging")
public record MessagingProperties(List<String> consumes, Duration publishTimeout, int retries, Duration retryBackoff,
		short replicationFactor) {

	public MessagingProperties {
		consumes = consumes == null ? List.of() : List.copyOf(consumes);
		publishTimeout = publishTimeout == null ? Duration.ofSeconds(10) : publishTimeout;
		retries = retries <= 0 ? 3 : retries;
		retryBackoff = retryBackoff == null ? Duration.ofMillis(200) : retryBackoff;
		replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
	}
}
