package io.parley.routing.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parley.routing.domain.RoutingException;

/** Input checks: each failure names the field and the problem (rendered as 400 invalid_request). */
final class Check {

	private Check() {
	}

	static String text(String field, String value, int max, boolean required) {
		if (value == null) {
			if (required) {
				throw RoutingException.invalid(field, "is required");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			throw RoutingException.invalid(field, "must not be blank");
		}
		if (stripped.length() > max) {
			throw RoutingException.invalid(field, "must be at most " + max + " characters");
		}
		return stripped;
	}

	static int range(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw RoutingException.invalid(field, "must be between " + min + " and " + max);
		}
		return value;
	}

	static double range(String field, double value, double min, double max) {
		if (Double.isNaN(value) || value < min || value > max) {
			throw RoutingException.invalid(field, "must be between " + min + " and " + max);
		}
		return value;
	}

	static List<String> words(String field, List<String> values, Set<String> allowed) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > 50) {
			throw RoutingException.invalid(field, "may hold at most 50 values");
		}
		for (String value : values) {
			if (value == null || value.isBlank() || value.length() > 100) {
				throw RoutingException.invalid(field, "values must be non-blank and at most 100 characters");
			}
			if (allowed != null && !allowed.contains(value.strip().toLowerCase(Locale.ROOT))) {
				throw RoutingException.invalid(field, "values must be among " + allowed.stream().sorted().toList());
			}
		}
		return values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).distinct().toList();
	}

	static String url(String field, String value) {
		String url = text(field, value, 2000, false);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw RoutingException.invalid(field, "must be an http or https URL");
			}
			return url;
		}
		catch (java.net.URISyntaxException ex) {
			throw RoutingException.invalid(field, "must be an http or https URL");
		}
	}
}
