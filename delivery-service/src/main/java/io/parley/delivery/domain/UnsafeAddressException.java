package io.parley.delivery.domain;

import java.net.UnknownHostException;

/** A connection refused by the {@link AddressPolicy}; an {@link UnknownHostException} so HTTP clients treat it as a failed resolution. */
public class UnsafeAddressException extends UnknownHostException {

	public UnsafeAddressException(String message) {
		super(message);
	}
}
