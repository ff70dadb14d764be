package io.parley.analysis.domain;

/** Turns a message, in its context, into its analysis. */
public interface Analyzer {

	MessageAnalysis analyze(AnalysisRequest request);
}
