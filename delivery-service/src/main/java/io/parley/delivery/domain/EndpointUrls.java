package io.parley.delivery.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/** Whether a URL may be saved as a partner endpoint: http(s), a host, and only addresses the policy allows. */
public final class EndpointUrls {

	/** Resolves a host name; the real one asks DNS. */
	public interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	private final AddressPolicy policy;
	private final HostResolver resolver;

	public EndpointUrls(AddressPolicy policy, HostResolver resolver) {
		this.policy = policy;
		this.resolver = resolver;
	}

	/** Why the URL may not be used, or empty when it may. */
	public Optional<String> refusal(String url, boolean httpsOnly) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("not a valid URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Optional.of("the URL must start with https:// or http://");
		}
		if (httpsOnly && !scheme.equals("https")) {
			return Optional.of("this tenant requires https endpoints");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("the URL has no host");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("credentials in the URL are not accepted");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("the URL may not have a fragment");
		}
		String host = hostOf(uri);
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("the host " + host + " does not resolve");
		}
		for (InetAddress address : addresses) {
			Optional<String> refused = policy.refusal(address);
			if (refused.isPresent()) {
				return Optional.of("the host " + host + " resolves to a refused address: " + refused.get());
			}
		}
		return Optional.empty();
	}

	/** The host without IPv6 brackets. */
	public static String hostOf(URI uri) {
		String host = uri.getHost();
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	/** True for a literal IPv4 or IPv6 address, which clients connect to without asking DNS. */
	public static boolean isAddressLiteral(String host) {
		return host.matches("[0-9.]+") || host.contains(":");
	}
}
