package io.parley.learning.local;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.parley.learning.domain.TextEmbedder;
import io.parley.llm.embedding.OnnxSentenceEmbeddingModel;

/** The sentence-embedding model that runs in this process (all-MiniLM-L6-v2 on ONNX): no network. */
public final class LocalEmbeddings {

	private LocalEmbeddings() {
	}

	public static EmbeddingModel model() {
		return OnnxSentenceEmbeddingModel.load(AllMiniLmL6V2EmbeddingModel.class, "all-minilm-l6-v2");
	}

	public static TextEmbedder textEmbedder(EmbeddingModel model) {
		return text -> model.embed(TextSegment.from(text == null || text.isBlank() ? "-" : text)).content().vector();
	}
}
