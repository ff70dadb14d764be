package io.parley.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fact as kept: valid while {@code invalidFrom} is null; a contradicted fact keeps its row with
 * {@code invalidFrom} set and {@code replacedBy} naming the fact that replaced it.
 */
public record StoredFact(String factId, String tenantId, String userId, String category, String type, String key,
		String value, String subject, Map<String, Object> structuredValue, int stance, boolean exclusive,
		double confidence, int evidenceCount, List<String> evidenceMessageIds, String extractor, float[] embedding,
		Instant firstSeen, Instant lastUpdated, Instant validFrom, Instant invalidFrom, String replacedBy) {

	public StoredFact {
		structuredValue = structuredValue == null ? Map.of() : Map.copyOf(structuredValue);
		evidenceMessageIds = evidenceMessageIds == null ? List.of() : List.copyOf(evidenceMessageIds);
	}

	public boolean valid() {
		return invalidFrom == null;
	}

	public ConfidenceLevel level() {
		return ConfidenceLevel.of(confidence);
	}

	StoredFact reinforced(double newConfidence, String messageId, Instant now) {
		List<String> evidence = new java.util.ArrayList<>(evidenceMessageIds);
		evidence.add(messageId);
		return new StoredFact(factId, tenantId, userId, category, type, key, value, subject, structuredValue, stance,
				exclusive, newConfidence, evidenceCount + 1, evidence, extractor, embedding, firstSeen, now, validFrom,
				invalidFrom, replacedBy);
	}

	StoredFact invalidated(Instant from, String replacement, Instant now) {
		return new StoredFact(factId, tenantId, userId, category, type, key, value, subject, structuredValue, stance,
				exclusive, confidence, evidenceCount, evidenceMessageIds, extractor, embedding, firstSeen, now,
				validFrom, from, replacement);
	}

	StoredFact restated(String newValue, Map<String, Object> newStructured, double newConfidence, int newEvidenceCount,
			List<String> newEvidence, Instant now) {
		return new StoredFact(factId, tenantId, userId, category, type, key, newValue, subject, newStructured, stance,
				exclusive, newConfidence, newEvidenceCount, newEvidence, extractor, embedding, firstSeen, now,
				validFrom, invalidFrom, replacedBy);
	}
}
