package io.parley.insights.web;

import java.util.Map;

import io.parley.insights.query.UserInsightsService;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The AI User Learning guide's insights endpoint. */
@RestController
class UserInsightsController {

	private final UserInsightsService insights;

	UserInsightsController(UserInsightsService insights) {
		this.insights = insights;
	}

	@GetMapping("/webhook/chat/insights/{userId}")
	Mono<Map<String, Object>> insights(Caller caller, @PathVariable String userId,
			@RequestParam(required = false) String categories, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String confidence, @RequestParam(required = false) String timezone) {
		UserInsightsService.Question question = UserInsightsService.parse(caller.tenantId(), userId, categories, limit,
				confidence, timezone);
		return Mono.fromCallable(() -> insights.insights(question).orElseThrow(() -> ApiException.notFound("User "
				+ userId + " not found: users appear after their first interaction is logged")))
			.subscribeOn(Schedulers.boundedElastic());
	}
}
