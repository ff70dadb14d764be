package io.parley.analysis.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.parley.analysis.local.CategoryClassifier;
import io.parley.analysis.local.EmbeddingModels;
import io.parley.analysis.local.SentimentClassifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the local analyzer's two classifiers and writes the weights the service ships:
 * {@code ./train-analysis-classifiers.sh}. The category classifier first, on the example phrases and the labelled
 * messages; then the sentiment classifier, which reads the category the new one gives.
 */
public final class ClassifierTraining {

	private static final String RESOURCES = "analysis-service/src/main/resources/";

	private ClassifierTraining() {
	}

	public static void main(String[] args) throws IOException {
		System.out.println("Loading the embedding model " + EmbeddingModels.DEFAULT + " ...");
		EmbeddingModel model = EmbeddingModels.named(EmbeddingModels.DEFAULT);
		System.out.println("Training the category classifier on the example phrases and labelled messages ...");
		CategoryClassifier categories = CategoryClassifier.trainOnShippedExamples(model);
		write(categories, CategoryClassifier.RESOURCE);
		System.out.println("Training the sentiment classifier ...");
		write(SentimentClassifierTraining.train(Path.of(RESOURCES + "analysis/labelled-messages"), model, categories,
				System.out), SentimentClassifier.RESOURCE);
	}

	private static void write(Object classifier, String resource) throws IOException {
		Path out = Path.of(RESOURCES + resource);
		Files.writeString(out, JsonMapper.builder().build().writeValueAsString(classifier));
		System.out.println("wrote " + out);
	}
}
