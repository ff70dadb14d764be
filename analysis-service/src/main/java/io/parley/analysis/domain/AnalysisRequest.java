package io.parley.analysis.domain;

import java.util.List;

/**
 * A message to analyse, read in its conversation's context.
 *
 * @param history the same customer's earlier messages in the conversation, oldest first, with their analyses
 */
public record AnalysisRequest(String tenantId, String text, List<EarlierMessage> history) {

	public record EarlierMessage(String text, MessageAnalysis analysis) {
	}
}
