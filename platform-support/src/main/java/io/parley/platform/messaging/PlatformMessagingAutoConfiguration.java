package io.parley.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.schemas.Topic;
import io.parley.schemas.serde.AvroEventSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka as every Parley service uses it: the catalogue's topics declared, an event publisher, and a listener error
 * handler that retries a failing record a bounded number of times and then parks it in
 * {@code <topic>.<group>.dlt}, so nothing is lost in a log line.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(name = { "org.springframework.kafka.core.KafkaTemplate",
		"org.springframework.boot.kafka.autoconfigure.KafkaProperties" })
@EnableConfigurationProperties(MessagingProperties.class)
public class PlatformMessagingAutoConfiguration {

	@Bean
	KafkaAdmin.NewTopics parleyTopics(MessagingProperties properties,
			@Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
		List<NewTopic> topics = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			topics.add(TopicBuilder.name(topic.topicName()).partitions(topic.partitions())
				.replicas(properties.replicationFactor()).build());
		}
		for (String consumed : properties.consumes()) {
			Topic topic = Topic.named(consumed);
			topics.add(TopicBuilder.name(topic.deadLetterTopic(consumerGroup)).partitions(topic.partitions())
				.replicas(properties.replicationFactor()).build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, SpecificRecord> kafkaTemplate, MessagingProperties properties) {
		return new KafkaEventPublisher(kafkaTemplate, properties.publishTimeout());
	}

	@Bean
	CommonErrorHandler deadLetteringErrorHandler(KafkaProperties kafkaProperties, MessagingProperties properties,
			@Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
		Map<String, Object> producer = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
		producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
		// Records that could not be deserialized arrive as their original bytes; the rest as decoded events.
		byType.put(byte[].class, new ByteArraySerializer());
		byType.put(SpecificRecord.class, new AvroEventSerializer());
		KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer,
				new DelegatingByTypeSerializer(Map.of(String.class, new StringSerializer())),
				new DelegatingByTypeSerializer(byType, true)));
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
				(record, failure) -> new TopicPartition(Topic.deadLetterTopic(record.topic(), consumerGroup),
						record.partition()));
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
		backOff.setMaxAttempts(properties.retries());
		return new DefaultErrorHandler(recoverer, backOff);
	}
}
