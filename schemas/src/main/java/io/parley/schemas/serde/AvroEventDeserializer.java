package io.parley.schemas.serde;

import io.parley.schemas.EventCatalog;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for Parley events in Avro single-object encoding. It reads records written with any released
 * version of an event's schema into the current generated class.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

	@Override
	public SpecificRecord deserialize(String topic, byte[] data) {
		return data == null ? null : EventCatalog.decode(data);
	}
}
