package io.parley.analysis.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import io.parley.analysis.domain.ExamplePhrase;
import io.parley.analysis.domain.ExamplePhraseStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcExamplePhraseStore implements ExamplePhraseStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcExamplePhraseStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<ExamplePhrase> of(String tenantId) {
		return jdbc.sql("SELECT kind, label, phrase FROM tenant_examples WHERE tenant_id = ? ORDER BY id")
			.param(tenantId)
			.query((row, index) -> new ExamplePhrase(ExamplePhrase.Kind.valueOf(row.getString("kind")),
					row.getString("label"), row.getString("phrase")))
			.list();
	}

	@Override
	public int add(String tenantId, List<ExamplePhrase> phrases) {
		Timestamp now = Timestamp.from(clock.instant());
		int added = 0;
		for (ExamplePhrase phrase : phrases) {
			added += jdbc.sql("""
					INSERT IGNORE INTO tenant_examples (tenant_id, kind, label, phrase, created_at)
					VALUES (?, ?, ?, ?, ?)""")
				.params(tenantId, phrase.kind().name(), phrase.label(), phrase.phrase(), now).update();
		}
		return added;
	}

	@Override
	public int count(String tenantId) {
		return jdbc.sql("SELECT COUNT(*) FROM tenant_examples WHERE tenant_id = ?").param(tenantId)
			.query(Integer.class).single();
	}

	@Override
	public int remove(String tenantId, ExamplePhrase.Kind kind, String label, List<String> phrases) {
		if (phrases.isEmpty()) {
			return jdbc.sql("DELETE FROM tenant_examples WHERE tenant_id = ? AND kind = ? AND label = ?")
				.params(tenantId, kind.name(), label).update();
		}
		int removed = 0;
		for (String phrase : phrases) {
			removed += jdbc.sql("DELETE FROM tenant_examples WHERE tenant_id = ? AND kind = ? AND label = ? AND phrase = ?")
				.params(tenantId, kind.name(), label, phrase).update();
		}
		return removed;
	}
}
