package io.parley.analysis.domain;

import java.util.List;

import io.parley.events.MessageCategory;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;

/**
 * What the analysis of one message holds (the İzer seed's fields, plus topics, language and confidence).
 *
 * @param urgencyScore 1 to 10
 * @param sentimentScore -1 to 1
 * @param confidence 0 to 1: how sure the analyzer is of the whole
 */
public record MessageAnalysis(int urgencyScore, MessageCategory category, SentimentLabel sentiment,
		double sentimentScore, List<String> keywords, List<String> topics, PriorityLevel priorityLevel,
		boolean actionRequired, ResponseTime recommendedResponseTime, String language, double confidence,
		String analyzer, String analyzerVersion) {
}
