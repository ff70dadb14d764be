package io.parley.delivery.http;

import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptErrorTest {

	@Test
	void aSlowPartnerReadsTimedOutWhicheverClockRanOutFirst() {
		// given the request's own timeout, and Reactor Netty's response timeout wrapped by WebClient
		Throwable requestTimeout = new TimeoutException("Did not observe any item or terminal signal within 2000ms");
		Throwable responseTimeout = wrapped(ReadTimeoutException.INSTANCE);

		// when they are described for the attempt, then both say the attempt timed out
		assertThat(WebClientWebhookSender.describe(requestTimeout)).isEqualTo("timed out");
		assertThat(WebClientWebhookSender.describe(responseTimeout)).isEqualTo("timed out");
	}

	@Test
	void aPartnerThatNeverAcceptsTheConnectionReadsTimedOutConnecting() {
		// given a connect timeout wrapped by WebClient, when described, then it says so
		assertThat(WebClientWebhookSender.describe(wrapped(new ConnectTimeoutException("connection timed out: 10.0.0.1"))))
			.isEqualTo("timed out connecting");
	}

	@Test
	void otherFailuresKeepTheirRootCause() {
		// given an unknown host wrapped by WebClient, when described, then the partner sees the host problem
		assertThat(WebClientWebhookSender.describe(wrapped(new UnknownHostException("hooks.example.invalid"))))
			.isEqualTo("UnknownHostException: hooks.example.invalid");
	}

	private static WebClientRequestException wrapped(Throwable cause) {
		return new WebClientRequestException(cause, HttpMethod.POST, java.net.URI.create("https://hooks.example"),
				new HttpHeaders());
	}
}
