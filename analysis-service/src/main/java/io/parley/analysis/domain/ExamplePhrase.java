package io.parley.analysis.domain;

/**
 * A labelled phrase the local analyzer learns a category or a topic from: the shipped ones, and those a tenant adds
 * for its own vocabulary ("my derailleur is bent" is technical for a bike shop).
 */
public record ExamplePhrase(Kind kind, String label, String phrase) {

	public enum Kind {
		CATEGORY, TOPIC
	}
}
