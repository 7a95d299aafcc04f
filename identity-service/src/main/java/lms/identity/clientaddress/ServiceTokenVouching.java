package lms.identity.clientaddress;

import jakarta.servlet.http.HttpServletRequest;
import lms.kit.clientaddress.VouchedClientAddress;
import lms.kit.security.ServiceScopes;
import lms.kit.security.ServiceTokenVerifier;

/**
 * The gateway vouches with its own service token, in a header of its own, carrying the
 * scope that admits a client address. Another service's token, a user's token or none
 * vouches for nothing.
 */
class ServiceTokenVouching implements GatewayVouching {

	private final ServiceTokenVerifier verifier;

	ServiceTokenVouching(ServiceTokenVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public boolean vouches(HttpServletRequest request) {
		return this.verifier.verify(request.getHeader(VouchedClientAddress.TOKEN_HEADER), ServiceScopes.CLIENT_ADDRESS)
			.isPresent();
	}

}
