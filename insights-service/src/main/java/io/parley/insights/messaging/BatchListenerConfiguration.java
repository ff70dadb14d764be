package io.parley.insights.messaging;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Batch consumption for the projections: catching up on a backlog is a few large transactions, not many small. */
@Configuration
class BatchListenerConfiguration {

	static final String FACTORY = "insightsBatchFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> insightsBatchFactory(KafkaProperties kafka,
			CommonErrorHandler errorHandler, @Value("${parley.insights.batch-size:5000}") int batchSize,
			@Value("${parley.insights.consumers:1}") int consumers) {
		Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
		config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
		factory.setBatchListener(true);
		factory.setConcurrency(consumers);
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}
}
