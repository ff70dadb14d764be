package io.parley.analysis.domain;

import java.util.List;

/** Turns a message, in its context, into its analysis. */
public interface Analyzer {

	MessageAnalysis analyze(AnalysisRequest request);

	/**
	 * Analyses several independent messages (of different conversations), in the order given. Analyzers that can
	 * share work across messages (one batched embedding call, say) override this.
	 */
	default List<MessageAnalysis> analyzeAll(List<AnalysisRequest> requests) {
		return requests.stream().map(this::analyze).toList();
	}
}
