package io.parley.delivery.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.netty.util.concurrent.ImmediateEventExecutor;
import io.parley.delivery.domain.AddressPolicy;
import io.parley.delivery.domain.SendResult;
import io.parley.delivery.support.Receiver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP client refuses internal addresses when it connects, whatever the URL looked like when it was saved. */
class ConnectTimeGuardTest {

	@Test
	void aHostNameThatResolvesToAnInternalAddressIsRefusedWhenConnectingAndTheReceiverGetsNothing() throws Exception {
		try (Receiver receiver = Receiver.accepting()) {
			WebClientWebhookSender strict = new WebClientWebhookSender(new AddressPolicy(List.of()), Duration.ofSeconds(2), 10);
			String byName = receiver.url().replace("127.0.0.1", "localhost");

			SendResult result = strict.send(byName, "{}", Map.of()).get();

			assertThat(result.statusCode()).isNull();
			assertThat(result.error()).contains("refused");
			assertThat(receiver.requestCount()).isZero();
			strict.close();
		}
	}

	@Test
	void theSameHostIsReachedWhenItsRangeIsAllowListed() throws Exception {
		try (Receiver receiver = Receiver.accepting()) {
			WebClientWebhookSender local = new WebClientWebhookSender(
					new AddressPolicy(List.of("127.0.0.0/8", "::1/128")), Duration.ofSeconds(2), 10);

			SendResult result = local.send(receiver.url().replace("127.0.0.1", "localhost"), "{}", Map.of()).get();

			assertThat(result.statusCode()).isEqualTo(200);
			assertThat(receiver.requestCount()).isEqualTo(1);
			local.close();
		}
	}

	@Test
	void theResolverFailsTheLookupOfAnyNameWithARefusedAddress() {
		GuardedAddressResolverGroup group = new GuardedAddressResolverGroup(new AddressPolicy(List.of()));

		var future = group.getResolver(ImmediateEventExecutor.INSTANCE)
			.resolve(InetSocketAddress.createUnresolved("localhost", 80)).awaitUninterruptibly();

		assertThat(future.isSuccess()).isFalse();
		assertThat(future.cause()).hasMessageContaining("loopback");
	}

	@Test
	void retryAfterIsReadAsSecondsOrAnHttpDate() {
		assertThat(WebClientWebhookSender.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
		assertThat(WebClientWebhookSender.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(WebClientWebhookSender.retryAfter("soon")).isNull();
	}
}
