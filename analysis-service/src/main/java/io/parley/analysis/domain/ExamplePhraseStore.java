package io.parley.analysis.domain;

import java.util.List;

public interface ExamplePhraseStore extends TenantExamples {

	/** @return how many of the phrases were new (a phrase already there is not added twice) */
	int add(String tenantId, List<ExamplePhrase> phrases);

	int count(String tenantId);

	/** @return how many phrases were removed */
	int remove(String tenantId, ExamplePhrase.Kind kind, String label, List<String> phrases);
}
