package io.parley.learning.domain;

/** What happened to a fact, as {@code UserFactChanged.change} names it. */
public enum FactChangeKind {
	ADDED, REINFORCED, UPDATED, INVALIDATED
}
