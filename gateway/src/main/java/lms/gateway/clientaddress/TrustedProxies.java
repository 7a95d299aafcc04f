package lms.gateway.clientaddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import lms.kit.clientaddress.IpLiteral;

/** The networks whose forwarding headers are believed. */
final class TrustedProxies {

	private final List<IpSubnetFilterRule> networks;

	TrustedProxies(List<String> cidrs) {
		this.networks = cidrs.stream()
			.map(String::trim)
			.filter((cidr) -> !cidr.isEmpty())
			.map(TrustedProxies::network)
			.toList();
	}

	boolean isEmpty() {
		return this.networks.isEmpty();
	}

	boolean contains(InetAddress address) {
		InetSocketAddress socket = new InetSocketAddress(address, 0);
		for (IpSubnetFilterRule network : this.networks) {
			if (network.matches(socket)) {
				return true;
			}
		}
		return false;
	}

	private static IpSubnetFilterRule network(String cidr) {
		int slash = cidr.indexOf('/');
		InetAddress address = IpLiteral.parse((slash < 0) ? cidr : cidr.substring(0, slash))
			.orElseThrow(() -> invalid(cidr));
		int fullLength = address.getAddress().length * 8;
		int prefix;
		try {
			prefix = (slash < 0) ? fullLength : Integer.parseInt(cidr.substring(slash + 1));
		}
		catch (NumberFormatException ex) {
			throw invalid(cidr);
		}
		if (prefix < 0 || prefix > fullLength) {
			throw invalid(cidr);
		}
		return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
	}

	private static IllegalArgumentException invalid(String cidr) {
		return new IllegalArgumentException(
				"lms.gateway.client-address.trusted-proxies: '" + cidr + "' is not an address or CIDR");
	}

}
