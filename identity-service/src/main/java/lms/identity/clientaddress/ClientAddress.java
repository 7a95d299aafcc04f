package lms.identity.clientaddress;

import java.net.InetAddress;

import lms.kit.ratelimit.AddressKey;

/**
 * The client a request comes from: the address the gateway vouched for, else the socket
 * peer. Controllers that limit per client declare it as a parameter.
 *
 * @param address the client's address
 */
public record ClientAddress(InetAddress address) {

	/** What per-address limits count against (an IPv6 client by its /64). */
	public String limitKey() {
		return AddressKey.of(this.address);
	}

}
