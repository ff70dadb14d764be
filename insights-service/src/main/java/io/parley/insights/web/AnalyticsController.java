package io.parley.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.parley.insights.query.AnalyticsService;
import io.parley.insights.query.StatsService;
import io.parley.platform.web.Caller;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Analytics for analysts (platform API reference), its CSV exports, and İzer's 24-hour statistics. */
@RestController
class AnalyticsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final AnalyticsService analytics;
	private final StatsService stats;

	AnalyticsController(AnalyticsService analytics, StatsService stats) {
		this.analytics = analytics;
		this.stats = stats;
	}

	@GetMapping("/api/v1/analytics")
	Mono<Map<String, Object>> analytics(Caller caller, @RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String metrics, @RequestParam(name = "group_by", required = false) String groupBy,
			@RequestParam(required = false) String timezone) {
		AnalyticsService.Query query = AnalyticsService.parse(caller.tenantId(), start, end, metrics, groupBy, timezone);
		return Mono.fromCallable(() -> analytics.analytics(query)).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/api/v1/analytics/breakdown.csv")
	Mono<ResponseEntity<String>> breakdownCsv(Caller caller,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(name = "group_by", required = false) String groupBy,
			@RequestParam(required = false) String timezone) {
		AnalyticsService.Query query = AnalyticsService.parse(caller.tenantId(), start, end, null, groupBy, timezone);
		return Mono.fromCallable(() -> ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("analytics", query))
			.body(analytics.breakdownCsv(query))).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/api/v1/analytics/conversations.csv")
	ResponseEntity<Flux<DataBuffer>> conversationsCsv(Caller caller,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String timezone) {
		AnalyticsService.Query query = AnalyticsService.parse(caller.tenantId(), start, end, null, null, timezone);
		Flux<DataBuffer> body = Flux.<String>create(sink -> {
			try {
				analytics.conversationsCsv(query, sink::next);
				sink.complete();
			}
			catch (RuntimeException ex) {
				sink.error(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic())
			.buffer(500)
			.map(lines -> DefaultDataBufferFactory.sharedInstance.wrap(String.join("", lines).getBytes(StandardCharsets.UTF_8)));
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("conversations", query))
			.body(body);
	}

	@GetMapping("/stats")
	Mono<Map<String, Object>> stats(Caller caller) {
		return Mono.fromCallable(() -> stats.last24Hours(caller.tenantId())).subscribeOn(Schedulers.boundedElastic());
	}

	private static String attachment(String name, AnalyticsService.Query query) {
		return "attachment; filename=\"" + name + "-" + query.start() + "-" + query.end() + ".csv\"";
	}
}
