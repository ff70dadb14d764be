package io.parley.delivery.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import io.parley.delivery.domain.AddressPolicy;
import io.parley.delivery.domain.UnsafeAddressException;

/**
 * The HTTP client's name resolution, checked against the {@link AddressPolicy} each time a connection is made: a
 * host that resolved to a public address when the endpoint was saved and now resolves to an internal one (DNS
 * rebinding, a changed record) is refused before any byte is sent. Any refused address fails the whole lookup.
 */
public final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

	private final AddressPolicy policy;

	public GuardedAddressResolverGroup(AddressPolicy policy) {
		this.policy = policy;
	}

	@Override
	protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
		return new GuardedNameResolver(executor, policy).asAddressResolver();
	}

	static final class GuardedNameResolver extends InetNameResolver {

		private final AddressPolicy policy;

		GuardedNameResolver(EventExecutor executor, AddressPolicy policy) {
			super(executor);
			this.policy = policy;
		}

		@Override
		protected void doResolve(String host, Promise<InetAddress> promise) {
			try {
				promise.setSuccess(checked(host).get(0));
			}
			catch (Exception ex) {
				promise.setFailure(ex);
			}
		}

		@Override
		protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
			try {
				promise.setSuccess(checked(host));
			}
			catch (Exception ex) {
				promise.setFailure(ex);
			}
		}

		private List<InetAddress> checked(String host) throws Exception {
			List<InetAddress> addresses = List.of(InetAddress.getAllByName(host));
			for (InetAddress address : addresses) {
				Optional<String> refusal = policy.refusal(address);
				if (refusal.isPresent()) {
					throw new UnsafeAddressException("refused " + host + ": " + refusal.get());
				}
			}
			return addresses;
		}
	}
}
