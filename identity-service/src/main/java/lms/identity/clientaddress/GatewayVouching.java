package lms.identity.clientaddress;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the gateway itself, with its own service credential, vouches for what a request
 * says about its client. Anything else that writes the client-address header is ignored.
 */
public interface GatewayVouching {

	boolean vouches(HttpServletRequest request);

}
