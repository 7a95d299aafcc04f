package lms.media.upload;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host for the connection itself and refuses it when any of its addresses is
 * private, so the address checked is the address connected to: a DNS answer that changes
 * between a check and the connection (rebinding) has no second lookup to hide in.
 */
final class PublicHostsOnly implements DnsResolver {

	private final DnsResolver dns;

	PublicHostsOnly(DnsResolver dns) {
		this.dns = dns;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = this.dns.resolve(host);
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new PrivateHost(host);
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return this.dns.resolveCanonicalHostname(host);
	}

	static boolean isPrivate(InetAddress address) {
		byte[] raw = address.getAddress();
		boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;
		boolean carrierNat = raw.length == 4 && (raw[0] & 0xFF) == 100 && (raw[1] & 0xC0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
	}

	/**
	 * A host that resolved to a private address; an {@link UnknownHostException} so the
	 * client passes it up.
	 */
	static final class PrivateHost extends UnknownHostException {

		PrivateHost(String host) {
			super(host + " resolves to a private address");
		}

	}

}
