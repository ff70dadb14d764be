package io.parley.delivery.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses partner deliveries may connect to: public unicast only. Loopback, private, link-local (with the
 * cloud metadata address 169.254.169.254), carrier-grade NAT, unique-local IPv6 (with fd00:ec2::254), multicast and
 * reserved ranges are refused unless an allow-listed range ({@code PARLEY_DELIVERY_ALLOWED_CIDRS}) contains them.
 */
public final class AddressPolicy {

	private static final List<Cidr> REFUSED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
			"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
			"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "64:ff9b::/96",
			"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32")
		.stream().map(Cidr::parse).toList();

	private final List<Cidr> allowed;

	public AddressPolicy(List<String> allowedCidrs) {
		this.allowed = allowedCidrs.stream().map(Cidr::parse).toList();
	}

	/** Why the address may not be connected to, or empty when it may. */
	public Optional<String> refusal(InetAddress address) {
		if (allowed.stream().anyMatch(range -> range.contains(address))) {
			return Optional.empty();
		}
		InetAddress effective = embeddedIpv4(address);
		if (effective.isAnyLocalAddress() || effective.isLoopbackAddress()) {
			return Optional.of(address.getHostAddress() + " is a loopback or unspecified address");
		}
		if (effective.isLinkLocalAddress()) {
			return Optional.of(address.getHostAddress() + " is a link-local or cloud metadata address");
		}
		if (effective.isSiteLocalAddress() || effective.isMulticastAddress()
				|| REFUSED.stream().anyMatch(range -> range.contains(effective))) {
			return Optional.of(address.getHostAddress() + " is a private, internal or reserved address");
		}
		return Optional.empty();
	}

	/** IPv4-compatible and IPv4-mapped IPv6 addresses are judged by the IPv4 address they carry. */
	private static InetAddress embeddedIpv4(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			boolean zeroPrefix = true;
			for (int i = 0; i < 10; i++) {
				zeroPrefix &= bytes[i] == 0;
			}
			boolean mapped = (bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF)
					|| (bytes[10] == 0 && bytes[11] == 0 && (bytes[12] != 0 || bytes[13] != 0));
			if (zeroPrefix && mapped) {
				try {
					return InetAddress.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] });
				}
				catch (java.net.UnknownHostException impossible) {
					return address;
				}
			}
		}
		return address;
	}
}
