package io.parley.delivery.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeFilterTest {

	@Test
	void wildcardsMatchEveryTypeUnderTheirPrefixAndExactNamesOnlyThemselves() {
		EventTypeFilter filter = new EventTypeFilter(List.of("conversation.*", "feedback.submitted"));

		assertThat(filter.matches("conversation.created")).isTrue();
		assertThat(filter.matches("conversation.escalated")).isTrue();
		assertThat(filter.matches("feedback.submitted")).isTrue();
		assertThat(filter.matches("message.received")).isFalse();
		assertThat(filter.matches("conversationx.created")).isFalse();
		assertThat(new EventTypeFilter(List.of("*")).receivesAll()).isTrue();
		assertThat(EventTypeFilter.ALL.matches("anything.at_all")).isTrue();
	}

	@Test
	void onlyDottedLowercaseNamesAndTrailingWildcardsAreValid() {
		assertThat(EventTypeFilter.isValidPattern("message.*")).isTrue();
		assertThat(EventTypeFilter.isValidPattern("user.fact_learned")).isTrue();
		assertThat(EventTypeFilter.isValidPattern("*")).isTrue();
		assertThat(EventTypeFilter.isValidPattern("*.created")).isFalse();
		assertThat(EventTypeFilter.isValidPattern("Message Received")).isFalse();
		assertThat(EventTypeFilter.isValidPattern("")).isFalse();
	}
}
