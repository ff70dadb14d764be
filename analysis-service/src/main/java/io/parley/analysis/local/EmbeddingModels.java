package io.parley.analysis.local;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.parley.llm.embedding.OnnxSentenceEmbeddingModel;

/** The sentence-embedding models the local analyzer can run in process, by the name an operator configures. */
public final class EmbeddingModels {

	public static final String FULL = "all-minilm-l6-v2";
	public static final String QUANTIZED = "all-minilm-l6-v2-q";
	/**
	 * The quantized model by default: 1.6 times the end-to-end throughput for about the same figures on every
	 * evaluation set (README).
	 */
	public static final String DEFAULT = QUANTIZED;

	private EmbeddingModels() {
	}

	public static EmbeddingModel named(String name) {
		return switch (name) {
			case FULL -> OnnxSentenceEmbeddingModel.load(AllMiniLmL6V2EmbeddingModel.class, name);
			case QUANTIZED -> OnnxSentenceEmbeddingModel.load(AllMiniLmL6V2QuantizedEmbeddingModel.class, name);
			default -> throw new IllegalStateException("PARLEY_ANALYSIS_EMBEDDING_MODEL must be " + FULL + " or "
					+ QUANTIZED + ", not '" + name + "'");
		};
	}
}
