package io.parley.insights.persistence;

/** The rollups' bucket sizes: 15 minutes fits every real timezone offset (+5:45 included); days are UTC. */
final class Buckets {

	static final long QUARTER_MILLIS = 15 * 60 * 1000L;

	private Buckets() {
	}
}
