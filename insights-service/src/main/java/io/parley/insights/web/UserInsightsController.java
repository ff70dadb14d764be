package io.parley.insights.web;

import java.time.Instant;

import io.parley.insights.domain.UserActivity;
import io.parley.insights.domain.UserActivityProjection;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The AI User Learning guide's insights endpoint; for now the interaction analytics of a user. */
@RestController
class UserInsightsController {

	private final UserActivityProjection userActivity;

	UserInsightsController(UserActivityProjection userActivity) {
		this.userActivity = userActivity;
	}

	@GetMapping("/webhook/chat/insights/{userId}")
	Mono<UserInsights> insights(Caller caller, @PathVariable String userId) {
		return Mono.fromCallable(() -> userActivity.activityOf(caller.tenantId(), userId))
			.subscribeOn(Schedulers.boundedElastic())
			.map(activity -> UserInsights.of(activity.orElseThrow(() -> ApiException.notFound("User " + userId
					+ " not found: users appear after their first interaction is logged"))));
	}

	record UserInsights(String userId, Analytics analytics) {

		static UserInsights of(UserActivity activity) {
			return new UserInsights(activity.userId(), new Analytics(activity.totalInteractions(),
					activity.firstSeenAt(), activity.lastSeenAt()));
		}
	}

	record Analytics(long totalInteractions, Instant firstInteractionAt, Instant lastInteractionAt) {
	}
}
