package lms.identity.clientaddress;

import java.net.InetAddress;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import lms.kit.clientaddress.IpLiteral;
import lms.kit.clientaddress.VouchedClientAddress;

/**
 * Who the client of a request is: the address in the gateway's client-address header when
 * the gateway vouches for it, else the TCP peer. {@code X-Forwarded-For} is never read:
 * anyone on the network could write it. Also a bean, for what records where a client came
 * from (the session list).
 */
public class ClientAddresses {

	private static final InetAddress UNKNOWN = InetAddress.ofLiteral("0.0.0.0");

	private final GatewayVouching vouching;

	ClientAddresses(GatewayVouching vouching) {
		this.vouching = vouching;
	}

	public ClientAddress of(HttpServletRequest request) {
		String claimed = request.getHeader(VouchedClientAddress.HEADER);
		Optional<InetAddress> vouched = (claimed != null && this.vouching.vouches(request)) ? IpLiteral.parse(claimed)
				: Optional.empty();
		return new ClientAddress(vouched.or(() -> IpLiteral.parse(request.getRemoteAddr())).orElse(UNKNOWN));
	}

}
