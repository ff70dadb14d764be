package io.parley.llm.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A sentence-embedding model run in this process, with the same tokenizer, model and mean pooling as langchain4j's
 * bundled models (so the same vectors), but scheduled for a service that embeds all the time.
 * <p>
 * langchain4j's bundled models open their ONNX session with the runtime's defaults: every call spreads over all
 * cores, with spinning worker threads, while {@code embedAll} already runs several calls at once. On a small machine
 * the threads then mostly wait for each other: measured here, that doubles the CPU time per sentence. Here each call
 * runs on one thread, and at most one call per core runs at a time, however many callers there are.
 */
public final class OnnxSentenceEmbeddingModel extends AbstractInProcessEmbeddingModel {

	private static final int DIMENSION = 384;

	private final String name;
	private final OnnxBertBiEncoder encoder;

	private OnnxSentenceEmbeddingModel(String name, OnnxBertBiEncoder encoder, ExecutorService executor) {
		super(executor);
		this.name = name;
		this.encoder = encoder;
	}

	/**
	 * Loads a 384-dimension sentence-transformers model whose ONNX file and tokenizer are resources next to
	 * {@code anchor} (as in langchain4j's model jars: {@code /<name>.onnx}, {@code /<name>-tokenizer.json}).
	 */
	public static OnnxSentenceEmbeddingModel load(Class<?> anchor, String name) {
		int cores = Runtime.getRuntime().availableProcessors();
		try (InputStream model = resource(anchor, "/" + name + ".onnx");
				InputStream tokenizer = resource(anchor, "/" + name + "-tokenizer.json");
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			return new OnnxSentenceEmbeddingModel(name,
					new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN), workers(name, cores));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedding model " + name, ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Cannot load the embedding model " + name, ex);
		}
	}

	@Override
	public String modelName() {
		return name;
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	@Override
	protected Integer knownDimension() {
		return DIMENSION;
	}

	private static InputStream resource(Class<?> anchor, String path) {
		InputStream stream = anchor.getResourceAsStream(path);
		if (stream == null) {
			throw new IllegalStateException("The embedding model resource " + path + " is not on the class path");
		}
		return stream;
	}

	private static ExecutorService workers(String name, int count) {
		AtomicInteger number = new AtomicInteger();
		return Executors.newFixedThreadPool(count, task -> {
			Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}
}
