package lms.kit.clientaddress;

/**
 * How the gateway tells a service who the client is: the address it resolved, in a header
 * a service believes only together with the gateway's own service credential.
 */
public final class VouchedClientAddress {

	/** The client's address as the gateway resolved it. */
	public static final String HEADER = "X-LMS-Client-Address";

	/**
	 * The gateway's service token, vouching for {@link #HEADER} with the scope
	 * {@code ServiceScopes.CLIENT_ADDRESS}; never the user's {@code Authorization}.
	 */
	public static final String TOKEN_HEADER = "X-LMS-Service-Token";

	private VouchedClientAddress() {
	}

}
