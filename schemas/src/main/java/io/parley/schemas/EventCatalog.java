package io.parley.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Every event type Parley publishes, with the released versions of its schema, and the codec that turns events
 * into Avro single-object encoded bytes and back.
 *
 * <p>Single-object encoding puts the writer schema's 64-bit fingerprint after a two-byte marker. Decoding looks that
 * fingerprint up among every released version of every event, so records written by older producers still read.
 */
public final class EventCatalog {

	private static final String EVENTS_PACKAGE = "io.parley.events";
	private static final String HISTORY_ROOT = "schema-history/";
	private static final int HEADER_LENGTH = 10;

	private static final Map<Class<? extends SpecificRecord>, EventType<?>> BY_CLASS = new LinkedHashMap<>();
	private static final Map<Long, EventType<?>> BY_FINGERPRINT = new HashMap<>();

	static {
		// Avro 1.12 refuses to instantiate classes outside its trusted list (SERIALIZABLE_PACKAGES); ours are safe.
		ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
				type -> EVENTS_PACKAGE.equals(type.getPackageName())));
		for (Topic topic : Topic.values()) {
			for (Class<? extends SpecificRecord> type : topic.valueTypes()) {
				register(type);
			}
		}
	}

	private EventCatalog() {
	}

	public static List<Class<? extends SpecificRecord>> eventTypes() {
		return List.copyOf(BY_CLASS.keySet());
	}

	/** The released versions of an event's schema, oldest first; the last one is the current schema. */
	public static List<Schema> releasedVersions(Class<? extends SpecificRecord> type) {
		return eventType(type).releasedVersions;
	}

	public static Schema currentSchema(Class<? extends SpecificRecord> type) {
		return SpecificData.get().getSchema(type);
	}

	public static byte[] encode(SpecificRecord event) {
		try {
			ByteBuffer buffer = eventType(event.getClass()).encode(event);
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode " + event.getClass().getSimpleName(), ex);
		}
	}

	public static SpecificRecord decode(byte[] bytes) {
		if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
			throw new BadHeaderException("Not an Avro single-object encoded event (missing C3 01 marker)");
		}
		long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
		EventType<?> type = BY_FINGERPRINT.get(fingerprint);
		if (type == null) {
			throw new BadHeaderException("No released event schema has fingerprint " + Long.toHexString(fingerprint)
					+ "; is the producer newer than this service's schemas module?");
		}
		try {
			return type.decoder.decode(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not decode " + type.type.getSimpleName(), ex);
		}
	}

	static long fingerprint(Schema schema) {
		return SchemaNormalization.parsingFingerprint64(schema);
	}

	static Schema readReleasedVersion(Class<? extends SpecificRecord> type, int version) {
		String resource = HISTORY_ROOT + type.getSimpleName() + "/v" + version + ".avsc";
		try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(resource)) {
			return in == null ? null : new Schema.Parser().parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

	private static <T extends SpecificRecord> void register(Class<T> type) {
		EventType<T> eventType = new EventType<>(type);
		BY_CLASS.put(type, eventType);
		for (Schema version : eventType.releasedVersions) {
			BY_FINGERPRINT.put(fingerprint(version), eventType);
		}
		BY_FINGERPRINT.put(fingerprint(currentSchema(type)), eventType);
	}

	private static EventType<?> eventType(Class<?> type) {
		EventType<?> eventType = BY_CLASS.get(type);
		if (eventType == null) {
			throw new IllegalArgumentException(type.getName() + " is not a Parley event; add it to the Topic catalogue");
		}
		return eventType;
	}

	private static final class EventType<T extends SpecificRecord> {

		private final Class<T> type;
		private final List<Schema> releasedVersions;
		private final BinaryMessageEncoder<T> encoder;
		private final BinaryMessageDecoder<T> decoder;

		EventType(Class<T> type) {
			this.type = type;
			SpecificData model = SpecificData.getForClass(type);
			Schema current = model.getSchema(type);
			this.encoder = new BinaryMessageEncoder<>(model, current);
			this.decoder = new BinaryMessageDecoder<>(model, current);
			List<Schema> versions = new ArrayList<>();
			for (int version = 1;; version++) {
				Schema released = readReleasedVersion(type, version);
				if (released == null) {
					break;
				}
				versions.add(released);
				decoder.addSchema(released);
			}
			this.releasedVersions = List.copyOf(versions);
		}

		@SuppressWarnings("unchecked")
		ByteBuffer encode(SpecificRecord event) throws IOException {
			return encoder.encode((T) event);
		}
	}
}
