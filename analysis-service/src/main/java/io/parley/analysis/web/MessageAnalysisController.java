package io.parley.analysis.web;

import java.util.Map;

import io.parley.analysis.domain.AnalysisService;
import io.parley.platform.web.ApiException;
import io.parley.platform.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The stored analysis of one message, for its own tenant only. */
@RestController
class MessageAnalysisController {

	private final AnalysisService analysis;

	MessageAnalysisController(AnalysisService analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/api/v1/messages/{messageId}/analysis")
	Mono<Map<String, Object>> analysisOf(Caller caller, @PathVariable String messageId) {
		return Mono.fromCallable(() -> analysis.find(caller.tenantId(), messageId)
			.map(AnalysisService::partnerView)
			.orElseThrow(() -> ApiException.notFound("No analysis of message " + messageId
					+ " for this tenant: it is unknown, not a user message, or not analysed yet")))
			.subscribeOn(Schedulers.boundedElastic());
	}
}
