package io.parley.analysis.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** Reads the analyzer's resource files: tab-separated phrases and labelled messages, one JSON object a line. */
final class Resources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Resources() {
	}

	static List<String[]> tsv(String resource, int columns) {
		List<String[]> rows = new ArrayList<>();
		for (String line : lines(resource)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] row = line.split("\t");
			if (row.length < columns) {
				throw new IllegalStateException(resource + ": expected " + columns + " tab-separated columns in: " + line);
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<String> lines(String resource) {
		try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing analyzer resource " + resource);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

	/** The category and text of each labelled message (one JSON object a line, as the evaluation sets). */
	static List<String[]> categoryLabelled(String resource) {
		return lines(resource).stream()
			.filter(line -> !line.isBlank())
			.map(JSON::readTree)
			.map(message -> new String[] { message.path("category").asString(), message.path("text").asString() })
			.toList();
	}
}
