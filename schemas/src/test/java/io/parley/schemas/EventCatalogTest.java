package io.parley.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.parley.events.ConversationOpened;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.schemas.serde.AvroEventDeserializer;
import io.parley.schemas.serde.AvroEventSerializer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

	private final AvroEventSerializer serializer = new AvroEventSerializer();
	private final AvroEventDeserializer deserializer = new AvroEventDeserializer();

	@Test
	void eventsRoundTripThroughTheKafkaSerde() {
		MessageReceived sent = messageReceived();

		byte[] bytes = serializer.serialize(Topic.CONVERSATION_MESSAGES.topicName(), sent);

		assertThat(bytes[0]).isEqualTo((byte) 0xC3);
		assertThat(bytes[1]).isEqualTo((byte) 0x01);
		assertThat(deserializer.deserialize(Topic.CONVERSATION_MESSAGES.topicName(), bytes)).isEqualTo(sent);
	}

	@Test
	void aTopicWithSeveralEventTypesDecodesEachIntoItsOwnClass() {
		ConversationOpened opened = ConversationOpened.newBuilder()
			.setEventId("e-1").setTenantId("t-1").setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
			.setConversationId("c-1").setUserId("user123").setChannel("webhook")
			.build();

		Object decoded = deserializer.deserialize("conversation.lifecycle", serializer.serialize("conversation.lifecycle", opened));

		assertThat(decoded).isInstanceOf(ConversationOpened.class).isEqualTo(opened);
	}

	@Test
	void aRecordWrittenByAnotherProducerWithAReleasedSchemaDecodes() throws IOException {
		Schema released = EventCatalog.releasedVersions(MessageReceived.class).get(0);
		GenericRecord written = new GenericData.Record(released);
		MessageReceived expected = messageReceived();
		for (Schema.Field field : released.getFields()) {
			Object value = expected.get(field.name());
			written.put(field.name(), value instanceof Instant instant ? instant.toEpochMilli()
					: value instanceof MessageRole role ? new GenericData.EnumSymbol(field.schema(), role.name()) : value);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new BinaryMessageEncoder<GenericRecord>(GenericData.get(), released).encode(written, out);

		assertThat(EventCatalog.decode(out.toByteArray())).isEqualTo(expected);
	}

	@Test
	void bytesWithAnUnknownSchemaFingerprintAreRefusedWithAClearReason() {
		byte[] unknown = { (byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 0 };

		assertThatThrownBy(() -> EventCatalog.decode(unknown)).isInstanceOf(BadHeaderException.class)
			.hasMessageContaining("fingerprint");
	}

	@Test
	void bytesThatAreNotSingleObjectEncodedAreRefused() {
		assertThatThrownBy(() -> EventCatalog.decode("{\"json\":true}".getBytes()))
			.isInstanceOf(BadHeaderException.class);
	}

	@Test
	void everyCatalogueTopicNamesItsDeadLetterTopicAfterTheConsumerGroup() {
		assertThat(Topic.CONVERSATION_MESSAGES.deadLetterTopic("insights-service"))
			.isEqualTo("conversation.messages.insights-service.dlt");
		assertThat(Topic.named("user.facts")).isEqualTo(Topic.USER_FACTS);
	}

	static MessageReceived messageReceived() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return MessageReceived.newBuilder()
			.setEventId("0b9a7c1e-5d0a-4bb5-9d2f-7a4f1c0e9e11")
			.setTenantId("tenant-demo")
			.setOccurredAt(now)
			.setConversationId("c0ffee00-0000-4000-8000-000000000001")
			.setMessageId("m-1")
			.setUserId("user123")
			.setChannel("webhook")
			.setRole(MessageRole.USER)
			.setContent("I love playing guitar and jazz music")
			.setSequence(1)
			.setSentAt(now)
			.setSessionId("optional_session_id")
			.setSource("gradio")
			.setMetadata(Map.of("model", "gpt-3.5-turbo"))
			.build();
	}
}
