package io.parley.routing.domain;

import java.util.List;

import io.parley.events.AgentKind;

/**
 * An AI agent, an external agent reached by webhook, or a human agent with skills (categories or teams), languages,
 * a capacity of open conversations at once and an online status.
 */
public record Agent(String id, String tenantId, String name, AgentKind kind, String description, List<String> skills,
		List<String> languages, int capacity, boolean online, String endpoint, String systemKey) {

	public Agent {
		skills = skills == null ? List.of() : List.copyOf(skills);
		languages = languages == null ? List.of() : List.copyOf(languages);
	}

	public boolean human() {
		return kind == AgentKind.HUMAN;
	}

	/** A human agent can take a conversation needing {@code skill} in {@code language} (null: anything). */
	public boolean canHandle(String skill, String language) {
		boolean skillMatches = skill == null || skills.isEmpty() || skills.contains(skill) || skills.contains("general");
		boolean languageMatches = language == null || languages.isEmpty() || languages.contains(language);
		return skillMatches && languageMatches;
	}
}
