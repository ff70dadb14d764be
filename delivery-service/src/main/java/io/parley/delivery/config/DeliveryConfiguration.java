package io.parley.delivery.config;

import java.net.InetAddress;

import io.parley.delivery.domain.AddressPolicy;
import io.parley.delivery.domain.EndpointUrls;
import io.parley.delivery.domain.Payloads;
import io.parley.delivery.domain.RetryPolicy;
import io.parley.delivery.http.WebClientWebhookSender;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

	@Bean
	AddressPolicy addressPolicy(DeliveryProperties properties) {
		return new AddressPolicy(properties.allowedCidrs());
	}

	@Bean
	EndpointUrls endpointUrls(AddressPolicy policy) {
		return new EndpointUrls(policy, InetAddress::getAllByName);
	}

	@Bean
	Payloads payloads(JsonMapper json) {
		return new Payloads(json);
	}

	@Bean
	RetryPolicy retryPolicy(DeliveryProperties properties) {
		return new RetryPolicy(properties.retrySchedule(), properties.jitter(), properties.maxRetryAfter());
	}

	@Bean(destroyMethod = "close")
	WebClientWebhookSender webhookSender(AddressPolicy policy, DeliveryProperties properties) {
		return new WebClientWebhookSender(policy, properties.requestTimeout(), 1000);
	}
}
