package io.parley.analysis.domain;

import java.util.List;

/** The example phrases a tenant added to the shipped ones. */
public interface TenantExamples {

	TenantExamples NONE = tenantId -> List.of();

	/** The tenant's phrases in a stable order, so that an unchanged set compares equal. */
	List<ExamplePhrase> of(String tenantId);
}
