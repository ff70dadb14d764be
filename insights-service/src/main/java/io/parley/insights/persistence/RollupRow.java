package io.parley.insights.persistence;

import java.time.Instant;

/** One rollup row as read: the bucket's start (UTC), the breakdown and its value, and the counters. */
public record RollupRow(String dim, String value, Instant bucket, long[] counters) {
}
