package io.parley.schemas.serde;

import io.parley.schemas.EventCatalog;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer writing Parley events in Avro single-object encoding. */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

	@Override
	public byte[] serialize(String topic, SpecificRecord event) {
		return event == null ? null : EventCatalog.encode(event);
	}
}
