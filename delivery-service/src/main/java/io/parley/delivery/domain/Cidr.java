package io.parley.delivery.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range such as {@code 127.0.0.0/8} or {@code fc00::/7}. */
public record Cidr(byte[] network, int prefix) {

	public static Cidr parse(String text) {
		String[] parts = text.trim().split("/", 2);
		try {
			if (!parts[0].matches("[0-9a-fA-F:.]+")) {
				throw new IllegalArgumentException("Not an address range: " + text);
			}
			byte[] address = InetAddress.getByName(parts[0]).getAddress();
			int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
			if (prefix < 0 || prefix > address.length * 8) {
				throw new IllegalArgumentException("Bad prefix length in " + text);
			}
			return new Cidr(address, prefix);
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not an address range: " + text, ex);
		}
	}

	public boolean contains(InetAddress address) {
		byte[] candidate = address.getAddress();
		if (candidate.length != network.length) {
			return false;
		}
		int fullBytes = prefix / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (candidate[i] != network[i]) {
				return false;
			}
		}
		int remainingBits = prefix % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
	}
}
