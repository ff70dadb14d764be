package io.parley.learning.domain;

import java.util.Locale;
import java.util.Optional;

/** The seed's confidence levels, over the numeric confidence (0..1). */
public enum ConfidenceLevel {
	LOW, MEDIUM, HIGH;

	public static final double MEDIUM_FROM = 0.55;
	public static final double HIGH_FROM = 0.8;

	public static ConfidenceLevel of(double confidence) {
		return confidence >= HIGH_FROM ? HIGH : confidence >= MEDIUM_FROM ? MEDIUM : LOW;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ConfidenceLevel> parse(String value) {
		for (ConfidenceLevel level : values()) {
			if (level.wireName().equalsIgnoreCase(value.strip())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	public double minimum() {
		return switch (this) {
			case LOW -> 0;
			case MEDIUM -> MEDIUM_FROM;
			case HIGH -> HIGH_FROM;
		};
	}
}
