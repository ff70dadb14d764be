package io.parley.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the event contracts: every schema change must be recorded as a new released version, and every released
 * version must stay readable by the current schema (backward) and able to read the current schema (forward).
 */
class SchemaCompatibilityTest {

	static List<Class<? extends SpecificRecord>> eventTypes() {
		return EventCatalog.eventTypes();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void currentSchemaIsRecordedAsTheLatestReleasedVersion(Class<? extends SpecificRecord> type) {
		List<Schema> released = EventCatalog.releasedVersions(type);

		assertThat(released).as("released versions of %s under schema-history/%s/", type.getSimpleName(),
				type.getSimpleName()).isNotEmpty();
		Schema latest = released.get(released.size() - 1);
		assertThat(EventCatalog.fingerprint(EventCatalog.currentSchema(type)))
			.as("%s.avsc changed: copy it to schema-history/%s/v%d.avsc once it passes the compatibility checks",
					type.getSimpleName(), type.getSimpleName(), released.size() + 1)
			.isEqualTo(EventCatalog.fingerprint(latest));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void everyReleasedVersionIsBackwardAndForwardCompatibleWithTheCurrentSchema(Class<? extends SpecificRecord> type) {
		Schema current = EventCatalog.currentSchema(type);
		for (Schema released : EventCatalog.releasedVersions(type)) {
			assertThat(compatibility(current, released)).as("current %s reads data written with %s (backward)",
					type.getSimpleName(), released).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
			assertThat(compatibility(released, current)).as("released %s reads data written with the current schema (forward)",
					type.getSimpleName()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
		}
	}

	@Test
	void aRequiredFieldWithoutDefaultIsCaughtAsBackwardIncompatible() {
		Schema released = EventCatalog.currentSchema(io.parley.events.ConversationClosed.class);
		Schema changed = withFields(released, fields -> fields.add(new Schema.Field("closedBy", Schema.create(Schema.Type.STRING))));

		assertThat(compatibility(changed, released)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
	}

	@Test
	void removingAFieldWithoutDefaultIsCaughtAsForwardIncompatible() {
		Schema released = EventCatalog.currentSchema(io.parley.events.ConversationClosed.class);
		Schema changed = withFields(released, fields -> fields.removeIf(field -> field.name().equals("userId")));

		assertThat(compatibility(released, changed)).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
	}

	private static Schema withFields(Schema schema, Consumer<List<Schema.Field>> change) {
		List<Schema.Field> fields = new ArrayList<>();
		for (Schema.Field field : schema.getFields()) {
			fields.add(new Schema.Field(field, field.schema()));
		}
		change.accept(fields);
		return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
	}

	private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
		return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
	}
}
