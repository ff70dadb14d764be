package io.parley.routing.domain;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests for a person as the analyser's keywords carry them (stop words such as "please", "to", "a" removed). */
class HumanRequestTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"talk,person", // I want to talk to a person
			"agent", // agent please
			"human", // human!
			"speak,human,real", // can I speak with a real human
			"representative,connect", // connect me to a representative
			"insanla,görüşmek,istiyorum", // bir insanla görüşmek istiyorum
			"müşteri,temsilcisine,bağlar,mısınız", // müşteri temsilcisine bağlar mısınız
			"quiero,hablar,agente", // quiero hablar con un agente
			"möchte,mitarbeiter,sprechen", // ich möchte mit einem Mitarbeiter sprechen
			"parler,conseiller", // je veux parler à un conseiller
			"human agent" // an LLM analyser's phrase keyword
	})
	void aRequestForAPersonIsRecognised(String keywords) {
		assertThat(HumanRequest.in(List.of(keywords.split(",")))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"agent,software,crashed", // the agent software crashed
			"order,late,refund", // my order is late, I want a refund
			"talk,price", // let's talk price
			"personal,data,delete" // delete my personal data
	})
	void otherMessagesAreNot(String keywords) {
		assertThat(HumanRequest.in(List.of(keywords.split(",")))).isFalse();
	}
}
