package io.parley.analysis;

import java.util.List;
import java.util.UUID;

import io.parley.platform.persistence.ProcessedEvents;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The idempotent-consumer record, a batch at a time, against the service's real database. */
@ParleyServiceTest
class ProcessedEventsBatchTest {

	@Autowired
	ProcessedEvents processedEvents;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestDatabase database;

	@Test
	void givenOneEventAppliedBefore_whenABatchNamesItAndANewOneTwice_thenOnlyTheNewOneIsReturnedAndRecordedOnce() {
		String old = UUID.randomUUID().toString();
		String fresh = UUID.randomUUID().toString();
		processedEvents.markProcessed("batch-test", old);

		var applicable = transaction.execute(status -> processedEvents.markAllProcessed("batch-test",
				List.of(old, fresh, fresh)));

		assertThat(applicable).containsExactly(fresh);
		assertThat(database.jdbcClient()
			.sql("SELECT COUNT(*) FROM processed_events WHERE consumer = 'batch-test' AND event_id IN (?, ?)")
			.params(old, fresh).query(Long.class).single()).isEqualTo(2);
		assertThat(processedEvents.markAllProcessed("batch-test", List.of(old, fresh))).isEmpty();
	}

	@Test
	void givenAnotherConsumer_whenItMarksTheSameEvents_thenTheyAreNewForIt() {
		String event = UUID.randomUUID().toString();
		processedEvents.markAllProcessed("batch-test-a", List.of(event));

		assertThat(processedEvents.markAllProcessed("batch-test-b", List.of(event))).containsExactly(event);
	}
}
