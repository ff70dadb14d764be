package io.parley.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.MessageReceived;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Requests as the gateway forwards them: with the tenant and principal it resolved. */
record IngestRequests(WebTestClient web, TestDatabase database) {

	WebTestClient.ResponseSpec post(String tenantId, String path, Object body, Map<String, String> headers) {
		WebTestClient.RequestBodySpec request = web.post().uri(path)
			.header(TrustedHeaders.TENANT_ID, tenantId)
			.header(TrustedHeaders.PRINCIPAL, "test-key")
			.contentType(MediaType.APPLICATION_JSON);
		headers.forEach(request::header);
		return request.bodyValue(body).exchange();
	}

	WebTestClient.ResponseSpec post(String tenantId, String path, Object body) {
		return post(tenantId, path, body, Map.of());
	}

	WebTestClient.ResponseSpec get(String tenantId, String path) {
		return web.get().uri(path).header(TrustedHeaders.TENANT_ID, tenantId).exchange();
	}

	long count(String table) {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** The MessageReceived events of a conversation, in topic order. */
	static List<MessageReceived> messageEvents(String conversationId) {
		return TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(), record -> conversationId.equals(record.key()))
			.stream().map(ConsumerRecord::value).map(MessageReceived.class::cast).toList();
	}

	/** Committed records on every topic ingest writes: unchanged means nothing was published. */
	static Map<String, Long> publishedRecordCounts() {
		Map<String, Long> offsets = new LinkedHashMap<>();
		for (Topic topic : List.of(Topic.CONVERSATION_MESSAGES, Topic.CONVERSATION_LIFECYCLE, Topic.PLATFORM_EVENTS)) {
			offsets.put(topic.topicName(), TopicProbe.committedRecordCount(topic.topicName()));
		}
		return offsets;
	}

	static String newUser() {
		return "user_" + UUID.randomUUID().toString().substring(0, 8);
	}
}
