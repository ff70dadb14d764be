package io.parley.llm.embedding;

import java.util.List;
import java.util.stream.IntStream;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OnnxSentenceEmbeddingModelTest {

	private static final List<String> SENTENCES = List.of("hi",
			"I was charged twice for the same subscription, please refund one of them",
			"The app crashes every time I open the settings page", "Bisikletimin freni çalışmıyor, bugün bakabilir misiniz?",
			"Thanks a lot, the new saddle is perfect! 🚲", "Where is my order? It was supposed to arrive yesterday.");

	@ParameterizedTest
	@ValueSource(strings = { "all-minilm-l6-v2", "all-minilm-l6-v2-q" })
	void givenTheSameModel_whenSentencesAreEmbeddedInABatch_thenTheVectorsAreLangchain4jsOwnInTheSameOrder(String name) {
		EmbeddingModel bundled = name.endsWith("-q") ? new AllMiniLmL6V2QuantizedEmbeddingModel()
				: new AllMiniLmL6V2EmbeddingModel();
		EmbeddingModel lean = OnnxSentenceEmbeddingModel.load(bundled.getClass(), name);

		List<Embedding> embedded = lean.embedAll(SENTENCES.stream().map(TextSegment::from).toList()).content();

		assertThat(embedded).hasSize(SENTENCES.size());
		IntStream.range(0, SENTENCES.size()).forEach(i -> {
			float[] expected = bundled.embed(SENTENCES.get(i)).content().vector();
			assertThat(cosine(embedded.get(i).vector(), expected)).as(SENTENCES.get(i)).isCloseTo(1.0, within(1e-5));
		});
		assertThat(lean.dimension()).isEqualTo(384);
		assertThat(lean.modelName()).isEqualTo(name);
	}

	@Test
	void givenAModelNameThatIsNotOnTheClassPath_whenLoaded_thenTheErrorNamesTheMissingResource() {
		assertThatThrownBy(() -> OnnxSentenceEmbeddingModel.load(AllMiniLmL6V2EmbeddingModel.class, "no-such-model"))
			.hasMessageContaining("/no-such-model.onnx");
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0, normA = 0, normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / Math.sqrt(normA * normB);
	}
}
