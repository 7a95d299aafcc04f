package lms.gateway.clientaddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import lms.gateway.clientaddress.ClientAddressProperties.ForwardedHeader;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The socket peer is the client, unless it is a trusted proxy: then the right-most hop of
 * the forwarding header that is not a trusted proxy is (every hop to its right was
 * appended by a proxy we trust; anything to its left may be the client's invention). A
 * hop that is not an address stops the walk at the last trusted one.
 */
final class ClientAddressResolver {

	private static final InetAddress UNKNOWN = InetAddress.ofLiteral("0.0.0.0");

	private final TrustedProxies trusted;

	private final ForwardedHeader header;

	ClientAddressResolver(ClientAddressProperties properties) {
		this.trusted = new TrustedProxies(properties.trustedProxies());
		this.header = properties.forwardedHeader();
	}

	ClientAddress resolve(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress peer = (remote != null && remote.getAddress() != null) ? remote.getAddress() : UNKNOWN;
		boolean tls = request.getSslInfo() != null;
		if (this.trusted.isEmpty() || !this.trusted.contains(peer)) {
			return new ClientAddress(peer, tls);
		}
		List<Hop> hops = (this.header == ForwardedHeader.FORWARDED) ? ForwardedHops.forwarded(request.getHeaders())
				: ForwardedHops.xForwardedFor(request.getHeaders());
		ClientAddress client = new ClientAddress(peer, tls);
		for (Hop hop : hops.reversed()) {
			if (hop.address() == null) {
				return client;
			}
			client = new ClientAddress(hop.address(), "https".equals(hop.proto()));
			if (!this.trusted.contains(hop.address())) {
				return client;
			}
		}
		return client;
	}

}
