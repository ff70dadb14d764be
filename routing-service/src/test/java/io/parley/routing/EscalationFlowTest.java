package io.parley.routing;

import java.util.List;
import java.util.Map;

import io.parley.events.ConversationAssigned;
import io.parley.events.ConversationEscalated;
import io.parley.events.ConversationRouted;
import io.parley.events.MessageCategory;
import io.parley.events.MessageAnalyzed;
import io.parley.events.PlatformEvent;
import io.parley.events.SentimentLabel;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each escalation reason, end to end: a MessageAnalyzed on message.analyses in, the escalation events out. */
class EscalationFlowTest extends RoutingTest {

	@Test
	void aCalmConfidentTechnicalMessageIsRoutedToTheCodeAgentByTheDefaultRuleAndNotEscalated() {
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> a.setCategory(MessageCategory.TECHNICAL)));

		Map<String, Object> state = awaitDecision(conversation, message.getMessageId());

		assertThat(state.get("state")).isEqualTo("routed");
		@SuppressWarnings("unchecked")
		Map<String, Object> decision = ((List<Map<String, Object>>) state.get("decisions")).get(0);
		assertThat(decision.get("outcome")).isEqualTo("routed");
		assertThat((String) decision.get("rule_name")).contains("code/technical");
		assertThat((String) decision.get("explanation")).contains("category technical");
		ConversationRouted routed = (ConversationRouted) awaitRoutingEvents(conversation, 1).get(0);
		assertThat(routed.getAgentName()).isEqualTo("Code/Technical Agent");
		assertThat(routed.getMessageId()).isEqualTo(message.getMessageId());
		assertThat(awaitPartnerEvents(conversation, 1)).extracting(PlatformEvent::getType)
			.containsExactly("conversation.routed");
	}

	@Test
	void anAnalysisLessConfidentThanTheTenantsThresholdEscalatesAsLowConfidenceToAFreeHuman() {
		String agent = humanAgent("Ayşe", 3, List.of());
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> a.setConfidence(0.6)));

		List<SpecificRecord> events = awaitRoutingEvents(conversation, 2);

		assertThat(events.get(0)).isInstanceOfSatisfying(ConversationEscalated.class, escalated -> {
			assertThat(escalated.getReason()).isEqualTo("low_confidence");
			assertThat(escalated.getAssignedAgent()).isEqualTo(agent);
			assertThat(escalated.getMessageId()).isEqualTo(message.getMessageId());
		});
		assertThat(events.get(1)).isInstanceOfSatisfying(ConversationAssigned.class,
				assigned -> assertThat(assigned.getAgentId()).isEqualTo(agent));
		List<PlatformEvent> partner = awaitPartnerEvents(conversation, 2);
		assertThat(partner).extracting(PlatformEvent::getType)
			.containsExactly("conversation.escalated", "conversation.assigned");
		assertThat(data(partner.get(0))).containsEntry("conversation_id", conversation)
			.containsEntry("user_id", message.getUserId())
			.containsEntry("reason", "low_confidence")
			.containsEntry("assigned_agent", agent);
		assertThat(conversation(conversation).get("state")).isEqualTo("assigned");
	}

	@Test
	void theConfidenceThresholdIsTheTenantsOwn() {
		patch("/api/v1/routing/settings", Map.of("confidence_threshold", 0.5)).expectStatus().isOk();
		String conversation = newId();
		MessageAnalyzed message = publish(analysis(conversation, a -> a.setConfidence(0.6)));

		assertThat(awaitDecision(conversation, message.getMessageId()).get("state")).isEqualTo("routed");
	}

	@Test
	void aNegativeSentimentEscalatesAndWaitsWhenNoHumanIsOnline() {
		String conversation = newId();
		publish(analysis(conversation, a -> a.setSentiment(SentimentLabel.NEGATIVE).setSentimentScore(-0.8)));

		ConversationEscalated escalated = (ConversationEscalated) awaitRoutingEvents(conversation, 1).get(0);

		assertThat(escalated.getReason()).isEqualTo("negative_sentiment");
		assertThat(escalated.getAssignedAgent()).isNull();
		assertThat(data(awaitPartnerEvents(conversation, 1).get(0))).containsEntry("reason", "negative_sentiment")
			.containsEntry("assigned_agent", null);
		assertThat(conversation(conversation).get("state")).isEqualTo("escalated");
	}

	@Test
	void anUrgencyOfEightEscalatesAsHighUrgencyButSevenDoesNot() {
		String urgent = newId();
		String pressing = newId();
		publish(analysis(urgent, a -> a.setUrgencyScore(8)));
		MessageAnalyzed seven = publish(analysis(pressing, a -> a.setUrgencyScore(7)));

		assertThat(((ConversationEscalated) awaitRoutingEvents(urgent, 1).get(0)).getReason()).isEqualTo("high_urgency");
		assertThat(awaitDecision(pressing, seven.getMessageId()).get("state")).isEqualTo("routed");
	}

	@Test
	void aUserAskingForAPersonEscalatesAsHumanRequested() {
		String english = newId();
		String turkish = newId();
		// "Can I talk to a real person?" and "Bir insanla görüşmek istiyorum" as the analyser's keywords
		publish(analysis(english, a -> a.setKeywords(List.of("person", "talk", "real"))));
		publish(analysis(turkish, a -> a.setKeywords(List.of("görüşmek", "istiyorum", "insanla")).setLanguage("tr")));

		assertThat(((ConversationEscalated) awaitRoutingEvents(english, 1).get(0)).getReason())
			.isEqualTo("human_requested");
		assertThat(((ConversationEscalated) awaitRoutingEvents(turkish, 1).get(0)).getReason())
			.isEqualTo("human_requested");
	}

	@Test
	void theThirdUserTurnWithoutResolutionEscalatesAsUnresolvedTurns() {
		String conversation = newId();
		MessageAnalyzed first = publish(analysis(conversation, a -> {
		}));
		MessageAnalyzed second = publish(analysis(conversation, a -> {
		}));
		awaitDecision(conversation, second.getMessageId());
		MessageAnalyzed third = publish(analysis(conversation, a -> {
		}));

		List<SpecificRecord> events = awaitRoutingEvents(conversation, 3);

		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isInstanceOf(ConversationRouted.class);
		assertThat(events.get(1)).isInstanceOf(ConversationRouted.class);
		assertThat(events.get(2)).isInstanceOfSatisfying(ConversationEscalated.class, escalated -> {
			assertThat(escalated.getReason()).isEqualTo("unresolved_turns");
			assertThat(escalated.getMessageId()).isEqualTo(third.getMessageId());
		});
		assertThat(first.getMessageId()).isNotEqualTo(third.getMessageId());
	}

	@Test
	void aCriticalCustomerKnownByPhoneNumberWhoComplainsEscalatesAsVipComplaintAheadOfOthers() {
		created("/api/v1/routing/vip-customers",
				Map.of("name", "Kaya Bisiklet", "tier", "important_partner", "phone_number", "+90 555 123 45 67"));
		String conversation = newId();
		opened(conversation, "905551234567", Map.of("customer_phone", "905551234567", "customer_name", "Kaya"));
		MessageAnalyzed complaint = publish(analysis(conversation,
				a -> a.setUserId("905551234567").setCategory(MessageCategory.COMPLAINT).setSentimentScore(-0.2)));

		ConversationEscalated escalated = (ConversationEscalated) awaitRoutingEvents(conversation, 1).get(0);

		assertThat(escalated.getReason()).isEqualTo("vip_complaint");
		assertThat(escalated.getReasonDetail()).contains("Kaya Bisiklet");
		Map<String, Object> state = awaitDecision(conversation, complaint.getMessageId());
		// NORMAL (2) plus one VIP step of 2
		assertThat(state.get("priority")).isEqualTo(4);
	}

	@Test
	void theSameComplaintFromAnOrdinaryCustomerIsRoutedToTheBusinessWorkflowAgent() {
		String conversation = newId();
		MessageAnalyzed complaint = publish(analysis(conversation,
				a -> a.setCategory(MessageCategory.COMPLAINT).setSentimentScore(-0.2)));

		awaitDecision(conversation, complaint.getMessageId());

		assertThat(((ConversationRouted) awaitRoutingEvents(conversation, 1).get(0)).getAgentName())
			.isEqualTo("Business Workflow Agent");
	}
}
