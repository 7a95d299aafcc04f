package lms.kit.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * The part of a client address that limits count against: an IPv4 address as it is, an
 * IPv6 address by its /64 network, since one subscriber usually holds a whole /64 and
 * could otherwise take a fresh budget from each of its 2^64 addresses.
 */
public final class AddressKey {

	private static final int IPV6_NETWORK_BYTES = 8;

	private AddressKey() {
	}

	public static String of(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(address.getAddress(), 16);
			Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
			try {
				return InetAddress.getByAddress(network).getHostAddress() + "/64";
			}
			catch (java.net.UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return address.getHostAddress();
	}

}
