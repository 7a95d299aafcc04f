package lms.gateway.clientaddress;

import java.net.InetAddress;

import lms.kit.ratelimit.AddressKey;

import org.springframework.web.server.ServerWebExchange;

/**
 * The client of a request as the gateway resolved it once: its address and whether it
 * reached the first trusted hop (or the gateway) over TLS.
 *
 * @param address the client's address
 * @param secure whether the client's connection was https
 */
public record ClientAddress(InetAddress address, boolean secure) {

	static final String ATTRIBUTE = ClientAddress.class.getName();

	/** The client of this exchange ({@link ClientAddressFilter} resolved it first). */
	public static ClientAddress of(ServerWebExchange exchange) {
		ClientAddress client = exchange.getAttribute(ATTRIBUTE);
		if (client == null) {
			throw new IllegalStateException("The client address is resolved before any other filter asks for it");
		}
		return client;
	}

	/** What per-address limits count against (an IPv6 client by its /64). */
	public String limitKey() {
		return AddressKey.of(this.address);
	}

	/** The address as text, without any host name lookup. */
	public String text() {
		return this.address.getHostAddress();
	}

}
