package io.parley.analysis.local;

import java.util.List;

/**
 * The labelled message sets in {@code analysis/labelled-messages/} that the category and sentiment classifiers learn
 * from: our dev and hold-out sets and seventeen outside writers' sets. Never the evaluation set or the blind sets in
 * {@code analysis-service/evaluation}, so the figures read on those are of text the analyzer never saw.
 */
public final class LabelledMessages {

	public static final String FOLDER = "analysis/labelled-messages/";

	public static final List<String> SETS = List.of("analysis-dev2", "analysis-holdout", "analysis-blind",
			"analysis-dev3", "analysis-blind2", "analysis-blind3", "analysis-blind4", "analysis-blind5",
			"analysis-blind6", "analysis-blind7", "analysis-blind8", "analysis-blind9", "analysis-blind10",
			"analysis-blind11", "analysis-blind12", "analysis-blind17", "analysis-blind18", "analysis-blind19",
			"analysis-blind20");

	private LabelledMessages() {
	}
}
