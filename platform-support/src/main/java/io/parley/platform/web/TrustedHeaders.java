package io.parley.platform.web;

import java.util.List;

/**
 * Headers only the gateway may set: it resolves the caller from the credential, strips any copies that arrive from
 * outside, and passes these on. Services trust them and nothing else.
 */
public final class TrustedHeaders {

	public static final String TENANT_ID = "X-Parley-Tenant-Id";
	public static final String PRINCIPAL = "X-Parley-Principal";
	public static final String SCOPES = "X-Parley-Scopes";

	public static final List<String> ALL = List.of(TENANT_ID, PRINCIPAL, SCOPES);

	private TrustedHeaders() {
	}
}
