package io.parley.platform.tests;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.AgentKind;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationResolved;
import io.parley.events.ConversationRouted;
import io.parley.events.MessageAnalyzed;
import io.parley.events.MessageCategory;
import io.parley.events.MessageReceived;
import io.parley.events.MessageRole;
import io.parley.events.PriorityLevel;
import io.parley.events.ResponseTime;
import io.parley.events.SentimentLabel;
import io.parley.schemas.Topic;
import io.parley.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static io.parley.platform.tests.PackagedPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analysts' dashboard through the packaged gateway, in Debian's headless Chromium: chat turns go in at the
 * gateway, analysis and routing events come from Kafka as those services publish them, and the page, signed in with
 * the tenant's key, shows the same numbers as the analytics API, draws its charts with Chart.js and follows the live
 * feed. The screenshot is kept in {@code platform-tests/target/dashboard-e2e.png}.
 */
class DashboardEndToEndIT {

	final PackagedPlatform platform = PackagedPlatform.get();

	@Test
	void theDashboardShowsTheTenantsNumbersChartsAndLiveFeed() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String topic = "dash-" + run;
		List<String> conversations = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> accepted = platform.send("POST", "/webhook/chat/message", """
					{"user_id": "dash_%s_%d", "message": "My order %d has not arrived (%s)", "response": "Let me check"}"""
				.formatted(run, i, i, run));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
			conversations.add((String) json(accepted.body()).get("conversation_id"));
		}
		for (int i = 0; i < conversations.size(); i++) {
			String conversation = conversations.get(i);
			MessageReceived turn = (MessageReceived) TopicProbe.readAll(Topic.CONVERSATION_MESSAGES.topicName(),
					r -> conversation.equals(r.key()) && ((MessageReceived) r.value()).getRole() == MessageRole.USER)
				.get(0).value();
			publishAsAnalysisAndRouting(turn, topic, i);
		}

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String range = "start_date=" + today.minusDays(29) + "&end_date=" + today + "&timezone=UTC";
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String analytics = platform.send("GET", "/api/v1/analytics?" + range, null).body();
			assertThat(analytics).contains("\"topic\":\"" + topic + "\",\"messages\":4", "\"agent_id\":\"agent-" + run + "\"");
		});
		Map<String, Object> metrics = metrics(platform.send("GET", "/api/v1/analytics?" + range, null).body());

		try (HeadlessChromium chromium = HeadlessChromium.start(1400, 1900)) {
			// Without a key the page asks for one; a wrong key is refused and the page says so.
			chromium.navigate(platform.gatewayUrl() + "/dashboard/");
			awaitValue(chromium, "document.body.dataset.state", "signed-out");
			assertThat(chromium.evaluate("getComputedStyle(document.getElementById('dashboard')).display")).isEqualTo("none");
			chromium.navigate("about:blank");
			chromium.navigate(platform.gatewayUrl() + "/dashboard/#key=prl_wrong_key");
			awaitValue(chromium, "document.getElementById('sign-in-error').textContent.length > 0", "true");

			chromium.navigate("about:blank");
			chromium.navigate(platform.gatewayUrl() + "/dashboard/#key=" + PackagedPlatform.API_KEY + "&timezone=UTC&start="
					+ today.minusDays(29) + "&end=" + today);
			awaitValue(chromium, "document.body.dataset.state", "ready");
			assertThat(chromium.evaluate("location.hash")).as("the key does not stay in the address").isEmpty();
			assertThat(chromium.evaluate("getComputedStyle(document.getElementById('sign-in')).display")).isEqualTo("none");
			assertThat(chromium.evaluate("getComputedStyle(document.getElementById('dashboard')).display")).isEqualTo("block");
			assertThat(chromium.evaluate("document.getElementById('kpi-conversations').textContent"))
				.isEqualTo(String.valueOf(metrics.get("total_conversations")));
			assertThat(chromium.evaluate("document.getElementById('kpi-escalated').textContent"))
				.isEqualTo(String.valueOf(metrics.get("escalated")));
			assertThat(chromium.evaluate("document.getElementById('kpi-messages').textContent"))
				.isEqualTo(String.valueOf(metrics.get("total_messages")));
			assertThat(chromium.evaluate("Object.keys(Chart.instances).length")).isEqualTo("8");
			assertThat(chromium.evaluate("document.getElementById('table-conversations').rows.length"))
				.isEqualTo("31");
			assertThat(chromium.evaluate("document.getElementById('table-escalations').textContent"))
				.contains("negative_sentiment");
			assertThat(chromium.evaluate("document.getElementById('table-topics').textContent")).contains(topic + "4");
			assertThat(chromium.evaluate("document.getElementById('table-agents').textContent")).contains("agent-" + run);
			assertThat(chromium.evaluate("document.getElementById('table-categories').textContent")).contains("complaint");
			assertThat(chromium.evaluate("document.getElementById('table-sentiment').textContent")).contains(today.toString());

			// Grouping by month: one row per month in the range.
			chromium.evaluate("document.getElementById('group').value = 'month'; "
					+ "document.getElementById('controls').requestSubmit(); true");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(chromium.evaluate(
					"document.getElementById('table-conversations').rows.length")).isIn("2", "3"));

			// The live feed: recent turns at once, and a new one as it happens.
			awaitContains(chromium, "document.getElementById('live-feed').textContent", "(" + run + ")");
			String live = "Live check " + UUID.randomUUID();
			platform.send("POST", "/webhook/chat/message", """
					{"user_id": "dash_%s_live", "message": "%s", "response": "ok"}""".formatted(run, live));
			awaitContains(chromium, "document.getElementById('live-feed').textContent", live);
			assertThat(chromium.evaluate("document.getElementById('live-state').textContent")).isEqualTo("live");

			chromium.evaluate("document.getElementById('group').value = 'day'; "
					+ "document.getElementById('controls').requestSubmit(); true");
			awaitValue(chromium, "document.getElementById('table-conversations').rows.length", "31");
			Path screenshot = Path.of(System.getProperty("parley.project.root", ".."), "platform-tests", "target",
					"dashboard-e2e.png");
			chromium.screenshot(screenshot);
			assertThat(screenshot).isNotEmptyFile();
		}
	}

	private static void publishAsAnalysisAndRouting(MessageReceived turn, String topic, int i) {
		Instant at = turn.getSentAt().plusMillis(500).truncatedTo(ChronoUnit.MILLIS);
		boolean angry = i == 0;
		String agent = "agent-" + turn.getContent().replaceAll(".*\\((.*)\\)", "$1");
		TopicProbe.publish(Topic.MESSAGE_ANALYSES.topicName(), turn.getConversationId(), MessageAnalyzed.newBuilder()
			.setEventId(UUID.randomUUID().toString()).setTenantId(turn.getTenantId()).setOccurredAt(at)
			.setConversationId(turn.getConversationId()).setMessageId(turn.getMessageId()).setUserId(turn.getUserId())
			.setChannel(turn.getChannel()).setUrgencyScore(angry ? 9 : 3 + i)
			.setCategory(angry ? MessageCategory.COMPLAINT : MessageCategory.SUPPORT)
			.setSentiment(angry ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL).setSentimentScore(angry ? -0.8 : 0.1)
			.setKeywords(List.of(topic)).setTopics(List.of(topic))
			.setPriorityLevel(angry ? PriorityLevel.CRITICAL : PriorityLevel.NORMAL).setActionRequired(angry)
			.setRecommendedResponseTime(ResponseTime.WITHIN_1_HOUR).setConfidence(0.9).setAnalyzer("e2e")
			.setAnalyzerVersion("1").setMessageSentAt(turn.getSentAt()).build());
		TopicProbe.publish(Topic.CONVERSATION_ROUTING.topicName(), turn.getConversationId(), ConversationRouted.newBuilder()
			.setEventId(UUID.randomUUID().toString()).setTenantId(turn.getTenantId()).setOccurredAt(at.plusMillis(1))
			.setConversationId(turn.getConversationId()).setUserId(turn.getUserId()).setAgentId("bot-e2e")
			.setAgentName("Bot").setAgentKind(AgentKind.AI).setReason("default").build());
		if (angry) {
			TopicProbe.publish(Topic.CONVERSATION_ROUTING.topicName(), turn.getConversationId(),
					ConversationEscalated.newBuilder().setEventId(UUID.randomUUID().toString())
						.setTenantId(turn.getTenantId()).setOccurredAt(at.plusMillis(2))
						.setConversationId(turn.getConversationId()).setUserId(turn.getUserId())
						.setReason("negative_sentiment").setAssignedAgent(agent).build());
		}
		else if (i < 3) {
			TopicProbe.publish(Topic.CONVERSATION_ROUTING.topicName(), turn.getConversationId(),
					ConversationResolved.newBuilder().setEventId(UUID.randomUUID().toString())
						.setTenantId(turn.getTenantId()).setOccurredAt(at.plusMillis(3))
						.setConversationId(turn.getConversationId()).setUserId(turn.getUserId()).setResolvedBy("bot-e2e")
						.setResolution("bot").build());
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> metrics(String analytics) {
		return (Map<String, Object>) json(analytics).get("metrics");
	}

	private static void awaitValue(HeadlessChromium chromium, String expression, String expected) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(chromium.evaluate(expression)).isEqualTo(expected));
	}

	private static void awaitContains(HeadlessChromium chromium, String expression, String expected) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(chromium.evaluate(expression)).contains(expected));
	}
}
