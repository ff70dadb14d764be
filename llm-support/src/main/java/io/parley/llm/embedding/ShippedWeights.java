package io.parley.llm.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

/** Reads a trained classifier that a service ships as a JSON resource, written by the script that trains it. */
public final class ShippedWeights {

	private ShippedWeights() {
	}

	/**
	 * @param resource the class-path resource, e.g. {@code analysis/sentiment-classifier.json}
	 * @param trainingScript the command that writes it, named in the error when it is missing
	 */
	public static <T> T read(Class<T> type, String resource, String trainingScript) {
		String path = resource.startsWith("/") ? resource.substring(1) : resource;
		try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the classpath: run " + trainingScript
						+ " to write it");
			}
			return JsonMapper.builder().build().readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
