package io.parley.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parley.events.ConversationOpened;
import io.parley.events.MessageRole;
import io.parley.events.PlatformEvent;
import io.parley.ingest.domain.ConversationRef;
import io.parley.ingest.domain.IncomingMessage;
import io.parley.ingest.domain.Intake;
import io.parley.ingest.domain.MessageIntake;
import io.parley.platform.web.TrustedHeaders;
import io.parley.schemas.Topic;
import io.parley.test.ParleyServiceTest;
import io.parley.test.TestDatabase;
import io.parley.test.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pulse chatbot's sessions API: {@code /api/chat/sessions}, each caller seeing only its own sessions. */
@ParleyServiceTest
class SessionsApiTest {

	static final String TENANT = "tenant-a";

	@Autowired
	WebTestClient web;

	@Autowired
	TestDatabase database;

	@Autowired
	MessageIntake intake;

	@Test
	void aCreatedSessionIsAnsweredWith201AndStoredAsAChatConversationOfThePrincipal() {
		String principal = newPrincipal();

		Map<String, Object> session = as(TENANT, principal).post().uri("/api/chat/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"title": "My Chat Session", "system_prompt": "You are a helpful assistant"}""")
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().valueMatches("Location", "/api/chat/sessions/[0-9a-f-]{36}")
			.expectBody(Map.class).returnResult().getResponseBody();

		assertThat(session).containsEntry("title", "My Chat Session")
			.containsEntry("system_prompt", "You are a helpful assistant")
			.containsEntry("is_active", true)
			.containsEntry("message_count", 0)
			.containsKeys("id", "created_at", "updated_at");
		assertThat(Instant.parse((String) session.get("created_at"))).isNotNull();
		String sessionId = (String) session.get("id");
		Map<String, Object> row = database.jdbcClient().sql("SELECT * FROM conversations WHERE id = ?")
			.param(sessionId).query().singleRow();
		assertThat(row).containsEntry("tenant_id", TENANT)
			.containsEntry("channel", "chat")
			.containsEntry("user_id", principal)
			.containsEntry("owner", principal)
			.containsEntry("external_ref", "session:" + sessionId)
			.containsEntry("title", "My Chat Session")
			.containsEntry("system_prompt", "You are a helpful assistant");
	}

	@Test
	void aNewSessionIsAnnouncedOnTheLifecycleTopicAndToPartnersKeyedByTheSessionId() {
		String principal = newPrincipal();

		String sessionId = create(principal, "Announced");

		List<ConsumerRecord<String, SpecificRecord>> lifecycle = TopicProbe.readAll(
				Topic.CONVERSATION_LIFECYCLE.topicName(), record -> sessionId.equals(record.key()));
		assertThat(lifecycle).singleElement().extracting(ConsumerRecord::value)
			.isInstanceOfSatisfying(ConversationOpened.class, opened -> {
				assertThat(opened.getConversationId()).isEqualTo(sessionId);
				assertThat(opened.getTenantId()).isEqualTo(TENANT);
				assertThat(opened.getUserId()).isEqualTo(principal);
				assertThat(opened.getChannel()).isEqualTo("chat");
				assertThat(opened.getExternalRef()).isEqualTo("session:" + sessionId);
				assertThat(opened.getTitle()).isEqualTo("Announced");
			});
		List<ConsumerRecord<String, SpecificRecord>> partnerEvents = TopicProbe.readAll(
				Topic.PLATFORM_EVENTS.topicName(), record -> sessionId.equals(record.key()));
		assertThat(partnerEvents).singleElement().extracting(ConsumerRecord::value)
			.isInstanceOfSatisfying(PlatformEvent.class, created -> {
				assertThat(created.getType()).isEqualTo("conversation.created");
				assertThat(created.getTenantId()).isEqualTo(TENANT);
				assertThat(created.getConversationId()).isEqualTo(sessionId);
				assertThat(created.getData()).contains("\"conversation_id\":\"" + sessionId + "\"");
			});
	}

	@Test
	void theListHoldsTheCallersActiveSessionsMostRecentlyUpdatedFirstUpToTheLimit() {
		String principal = newPrincipal();
		String first = create(principal, "first");
		String second = create(principal, "second");
		String third = create(principal, "third");
		String archived = create(principal, "archived");
		create(newPrincipal(), "somebody else's");
		as(TENANT, principal).delete().uri("/api/chat/sessions/{id}", archived).exchange().expectStatus().isNoContent();
		update(principal, first, """
				{"title": "first, renamed"}""").expectStatus().isOk();

		assertThat(listIds(principal, "")).containsExactly(first, third, second);
		assertThat(listIds(principal, "?limit=2")).containsExactly(first, third);
		as(TENANT, principal).get().uri("/api/chat/sessions?limit=1").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.sessions.length()").isEqualTo(1)
			.jsonPath("$.sessions[0].id").isEqualTo(first)
			.jsonPath("$.sessions[0].title").isEqualTo("first, renamed")
			.jsonPath("$.sessions[0].is_active").isEqualTo(true)
			.jsonPath("$.sessions[0].message_count").isEqualTo(0);
	}

	@Test
	void withoutALimitTheListHoldsThe20MostRecentSessions() {
		String principal = newPrincipal();
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			created.add(create(principal, "session " + i));
		}

		assertThat(listIds(principal, "")).hasSize(20).doesNotContain(created.get(0))
			.startsWith(created.get(20));
	}

	@Test
	void aSessionIsReadWithItsMessagesOldestFirst() {
		String principal = newPrincipal();
		String sessionId = create(principal, "with messages");
		addMessages(principal, sessionId, "Hello, how are you?", "I'm fine, thanks!");

		as(TENANT, principal).get().uri("/api/chat/sessions/{id}", sessionId).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(sessionId)
			.jsonPath("$.title").isEqualTo("with messages")
			.jsonPath("$.message_count").isEqualTo(2)
			.jsonPath("$.messages.length()").isEqualTo(2)
			.jsonPath("$.messages[0].role").isEqualTo("user")
			.jsonPath("$.messages[0].content").isEqualTo("Hello, how are you?")
			.jsonPath("$.messages[0].timestamp").isEqualTo("2025-01-01T12:00:00Z")
			.jsonPath("$.messages[0].id").value(id -> assertThat(messageIdsOf(sessionId)).startsWith((String) id))
			.jsonPath("$.messages[1].role").isEqualTo("assistant")
			.jsonPath("$.messages[1].content").isEqualTo("I'm fine, thanks!");
	}

	@Test
	void anUpdateChangesOnlyTheFieldsItGives() {
		String principal = newPrincipal();
		String sessionId = create(principal, "before");
		String createdUpdatedAt = (String) getSession(principal, sessionId).get("updated_at");

		update(principal, sessionId, """
				{"title": "Updated Title", "is_active": true}""")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(sessionId)
			.jsonPath("$.title").isEqualTo("Updated Title")
			.jsonPath("$.system_prompt").isEqualTo("You are a helpful assistant")
			.jsonPath("$.is_active").isEqualTo(true)
			.jsonPath("$.updated_at").value(updatedAt -> assertThat(Instant.parse((String) updatedAt))
				.isAfter(Instant.parse(createdUpdatedAt)));
		update(principal, sessionId, """
				{"system_prompt": "Answer in French"}""")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Updated Title")
			.jsonPath("$.system_prompt").isEqualTo("Answer in French");
	}

	@Test
	void clearingHidesTheMessagesButKeepsTheirRowsMarkedCleared() {
		String principal = newPrincipal();
		String sessionId = create(principal, "to clear");
		addMessages(principal, sessionId, "remember this", "noted");

		as(TENANT, principal).post().uri("/api/chat/sessions/{id}/clear", sessionId).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(sessionId)
			.jsonPath("$.message_count").isEqualTo(0)
			.jsonPath("$.is_active").isEqualTo(true);

		assertThat(getSession(principal, sessionId)).containsEntry("message_count", 0)
			.containsEntry("messages", List.of());
		List<Map<String, Object>> rows = database.jdbcClient()
			.sql("SELECT content, cleared_at FROM messages WHERE conversation_id = ? ORDER BY sequence_no")
			.param(sessionId).query().listOfRows();
		assertThat(rows).extracting(row -> row.get("content")).containsExactly("remember this", "noted");
		assertThat(rows).allSatisfy(row -> assertThat(row.get("cleared_at")).isNotNull());

		addMessages(principal, sessionId, "a fresh start", "indeed");
		assertThat(getSession(principal, sessionId)).containsEntry("message_count", 2);
	}

	@Test
	void deletingArchivesTheSession() {
		String principal = newPrincipal();
		String sessionId = create(principal, "to delete");
		addMessages(principal, sessionId, "hi", "hello");

		as(TENANT, principal).delete().uri("/api/chat/sessions/{id}", sessionId).exchange()
			.expectStatus().isNoContent()
			.expectBody().isEmpty();

		assertThat(getSession(principal, sessionId)).containsEntry("is_active", false)
			.containsEntry("message_count", 2);
		assertThat(listIds(principal, "")).doesNotContain(sessionId);
		assertThat(database.jdbcClient().sql("SELECT is_active FROM conversations WHERE id = ?")
			.param(sessionId).query(Boolean.class).single()).isFalse();
	}

	@Test
	void anotherPrincipalOfTheSameTenantGets404ForEverythingAndChangesNothing() {
		String owner = newPrincipal();
		String sessionId = create(owner, "private");
		addMessages(owner, sessionId, "secret", "safe with me");

		assertEveryOperationIsNotFound(TENANT, newPrincipal(), sessionId);

		assertThat(getSession(owner, sessionId)).containsEntry("title", "private")
			.containsEntry("is_active", true)
			.containsEntry("message_count", 2);
	}

	@Test
	void theSamePrincipalInAnotherTenantGets404ForEverythingAndChangesNothing() {
		String principal = newPrincipal();
		String sessionId = create(principal, "private");
		addMessages(principal, sessionId, "secret", "safe with me");

		assertEveryOperationIsNotFound("tenant-b", principal, sessionId);

		assertThat(getSession(principal, sessionId)).containsEntry("title", "private")
			.containsEntry("is_active", true)
			.containsEntry("message_count", 2);
	}

	@Test
	void anUnknownSessionIs404InTheErrorShape() {
		assertEveryOperationIsNotFound(TENANT, newPrincipal(), UUID.randomUUID().toString());
	}

	@Test
	void aTooLongTitleAndSystemPromptAreBothRefusedAndNothingIsCreated() {
		String principal = newPrincipal();
		long conversationsBefore = countConversations();
		String tooLong = """
				{"title": "%s", "system_prompt": "%s"}""".formatted("t".repeat(256), "p".repeat(10_001));

		assertRefused(as(TENANT, principal).post().uri("/api/chat/sessions").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(tooLong).exchange(), "system_prompt", "title");

		assertThat(countConversations()).isEqualTo(conversationsBefore);
	}

	@Test
	void aTooLongTitleOrSystemPromptIsRefusedOnUpdateAndChangesNothing() {
		String principal = newPrincipal();
		String sessionId = create(principal, "unchanged");

		assertRefused(update(principal, sessionId, """
				{"title": "%s", "system_prompt": "%s"}""".formatted("t".repeat(256), "p".repeat(10_001))),
				"system_prompt", "title");

		assertThat(getSession(principal, sessionId)).containsEntry("title", "unchanged");
	}

	@Test
	void aLimitThatIsNotAWholeNumberFrom1To100IsRefused() {
		String principal = newPrincipal();
		for (String limit : List.of("0", "101", "-1", "twenty", "2.5")) {
			assertRefused(as(TENANT, principal).get().uri("/api/chat/sessions?limit=" + limit).exchange(), "limit");
		}
		as(TENANT, principal).get().uri("/api/chat/sessions?limit=100").exchange().expectStatus().isOk();
		// An empty limit is no limit given: the default of 20.
		as(TENANT, principal).get().uri("/api/chat/sessions?limit=").exchange().expectStatus().isOk();
	}

	@Test
	void aPrincipalLongerThan50CharactersOwnsSessionsUnderItsLast50AsUserId() {
		String principal = "service-account-with-a-rather-long-name/" + newPrincipal() + "-" + UUID.randomUUID();
		String sessionId = create(principal, "long principal");

		Map<String, Object> row = database.jdbcClient().sql("SELECT user_id, owner FROM conversations WHERE id = ?")
			.param(sessionId).query().singleRow();
		assertThat(row).containsEntry("user_id", principal.substring(principal.length() - 50))
			.containsEntry("owner", principal);
		assertThat(listIds(principal, "")).containsExactly(sessionId);
		// Another principal with the same last 50 characters has the same user_id but does not own the session.
		String lookalike = "x" + principal.substring(1);
		assertEveryOperationIsNotFound(TENANT, lookalike, sessionId);
	}

	@Test
	void aPrincipalTooLongToBeStoredCannotOwnSessions() {
		as(TENANT, "p".repeat(201)).post().uri("/api/chat/sessions").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\": \"never stored\"}").exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.error.code").isEqualTo("forbidden");
	}

	private void assertEveryOperationIsNotFound(String tenant, String principal, String sessionId) {
		WebTestClient client = as(tenant, principal);
		List<WebTestClient.ResponseSpec> answers = List.of(
				client.get().uri("/api/chat/sessions/{id}", sessionId).exchange(),
				client.put().uri("/api/chat/sessions/{id}", sessionId).contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{\"title\": \"taken over\", \"is_active\": false}").exchange(),
				client.post().uri("/api/chat/sessions/{id}/clear", sessionId).exchange(),
				client.method(HttpMethod.DELETE).uri("/api/chat/sessions/{id}", sessionId).exchange());
		for (WebTestClient.ResponseSpec answer : answers) {
			answer.expectStatus().isNotFound()
				.expectHeader().exists("X-Request-Id")
				.expectBody()
				.jsonPath("$.error.code").isEqualTo("not_found")
				.jsonPath("$.error.message").isEqualTo("No such chat session for this caller")
				.jsonPath("$.error.request_id").isNotEmpty();
		}
		assertThat(listIds(tenant, principal, "")).doesNotContain(sessionId);
	}

	@SuppressWarnings("unchecked")
	private static void assertRefused(WebTestClient.ResponseSpec answer, String... failingFields) {
		answer.expectStatus().isBadRequest()
			.expectHeader().exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code").isEqualTo("invalid_request")
			.jsonPath("$.error.message").isNotEmpty()
			.jsonPath("$.error.details.fields[*].field").value(fields -> assertThat((List<Object>) fields)
				.containsExactlyInAnyOrder((Object[]) failingFields))
			.jsonPath("$.error.request_id").isNotEmpty();
	}

	private String create(String principal, String title) {
		return (String) as(TENANT, principal).post().uri("/api/chat/sessions").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", title, "system_prompt", "You are a helpful assistant"))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	private WebTestClient.ResponseSpec update(String principal, String sessionId, String body) {
		return as(TENANT, principal).put().uri("/api/chat/sessions/{id}", sessionId)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private Map<String, Object> getSession(String principal, String sessionId) {
		return as(TENANT, principal).get().uri("/api/chat/sessions/{id}", sessionId).exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
	}

	private List<String> listIds(String principal, String query) {
		return listIds(TENANT, principal, query);
	}

	@SuppressWarnings("unchecked")
	private List<String> listIds(String tenant, String principal, String query) {
		Map<String, Object> body = as(tenant, principal).get().uri("/api/chat/sessions" + query).exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((List<Map<String, Object>>) body.get("sessions")).stream().map(session -> (String) session.get("id"))
			.toList();
	}

	/** A user turn and the bot's answer, recorded into the session the way the chat endpoints will. */
	private void addMessages(String principal, String sessionId, String question, String answer) {
		Instant sentAt = Instant.parse("2025-01-01T12:00:00Z");
		String userId = principal.length() <= 50 ? principal : principal.substring(principal.length() - 50);
		intake.record(new Intake(TENANT, userId, "chat", new ConversationRef.Existing(sessionId), "pulse",
				Intake.ConversationDetails.of(Map.of()),
				List.of(IncomingMessage.of(MessageRole.USER, question, sentAt, Map.of()),
						IncomingMessage.of(MessageRole.ASSISTANT, answer, sentAt.plusSeconds(1), Map.of()))));
	}

	private List<String> messageIdsOf(String sessionId) {
		return database.jdbcClient().sql("SELECT message_id FROM messages WHERE conversation_id = ? ORDER BY sequence_no")
			.param(sessionId).query(String.class).list();
	}

	private long countConversations() {
		return database.jdbcClient().sql("SELECT COUNT(*) FROM conversations").query(Long.class).single();
	}

	private WebTestClient as(String tenant, String principal) {
		return web.mutate()
			.defaultHeader(TrustedHeaders.TENANT_ID, tenant)
			.defaultHeader(TrustedHeaders.PRINCIPAL, principal)
			.build();
	}

	private static String newPrincipal() {
		return "pulse-user-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
