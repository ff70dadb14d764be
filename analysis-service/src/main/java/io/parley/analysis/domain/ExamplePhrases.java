package io.parley.analysis.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's own example phrases: they teach the local analyzer the tenant's vocabulary (its products, jargon and
 * topics) on top of the shipped examples, and apply to messages analysed from the next refresh of the analyzer on.
 */
@Service
public class ExamplePhrases {

	public static final int MAX_PER_TENANT = 2000;

	private final ExamplePhraseStore store;

	public ExamplePhrases(ExamplePhraseStore store) {
		this.store = store;
	}

	/** @return how many phrases were new */
	@Transactional
	public int add(String tenantId, List<ExamplePhrase> phrases) {
		int count = store.count(tenantId);
		if (count + phrases.size() > MAX_PER_TENANT) {
			throw new TooManyExamplesException(count, phrases.size(), MAX_PER_TENANT);
		}
		return store.add(tenantId, phrases);
	}

	@Transactional
	public int remove(String tenantId, ExamplePhrase.Kind kind, String label) {
		return store.remove(tenantId, kind, label, List.of());
	}

	/** The tenant's phrases by kind, then label (sorted), then in the order they were added. */
	@Transactional(readOnly = true)
	public Map<ExamplePhrase.Kind, Map<String, List<String>>> of(String tenantId) {
		Map<ExamplePhrase.Kind, Map<String, List<String>>> grouped = new LinkedHashMap<>();
		for (ExamplePhrase.Kind kind : ExamplePhrase.Kind.values()) {
			grouped.put(kind, new TreeMap<>());
		}
		for (ExamplePhrase phrase : store.of(tenantId)) {
			grouped.get(phrase.kind()).computeIfAbsent(phrase.label(), label -> new ArrayList<>())
				.add(phrase.phrase());
		}
		return grouped;
	}

	public static class TooManyExamplesException extends RuntimeException {

		public TooManyExamplesException(int count, int adding, int limit) {
			super("A tenant keeps at most " + limit + " example phrases: " + count + " are stored and " + adding
					+ " more would exceed that. Remove a label's phrases first (DELETE /api/v1/analysis/examples/{kind}/{label}).");
		}
	}
}
