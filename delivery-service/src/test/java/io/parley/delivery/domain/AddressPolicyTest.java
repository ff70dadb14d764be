package io.parley.delivery.domain;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPolicyTest {

	private final AddressPolicy strict = new AddressPolicy(List.of());

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.1.2.3", "172.31.255.255",
			"192.168.0.1", "169.254.169.254", "fe80::1", "fc00::1", "fd00:ec2::254", "100.100.100.200", "224.0.0.1",
			"::ffff:127.0.0.1", "::ffff:169.254.169.254", "255.255.255.255", "64:ff9b::a00:1" })
	void internalAddressesAreRefused(String address) throws Exception {
		assertThat(strict.refusal(InetAddress.getByName(address))).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.216.34", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "100.128.0.1" })
	void publicAddressesAreAllowed(String address) throws Exception {
		assertThat(strict.refusal(InetAddress.getByName(address))).isEmpty();
	}

	@Test
	void anAllowListedRangeIsOpenedAndNothingElse() throws Exception {
		AddressPolicy local = new AddressPolicy(List.of("127.0.0.0/8", " 10.20.0.0/16"));

		assertThat(local.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
		assertThat(local.refusal(InetAddress.getByName("10.20.3.4"))).isEmpty();
		assertThat(local.refusal(InetAddress.getByName("10.21.3.4"))).isPresent();
		assertThat(local.refusal(InetAddress.getByName("169.254.169.254"))).isPresent();
	}
}
