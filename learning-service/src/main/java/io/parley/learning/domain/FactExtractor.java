package io.parley.learning.domain;

import java.util.List;

/** Reads the facts a user states about themselves in one message. */
public interface FactExtractor {

	List<ExtractedFact> extract(ExtractionRequest request);

	/** Named in stored facts: {@code local} or {@code llm:<provider>:<model>}. */
	String name();
}
