package lms.gateway.refresh;

/** Identity refused the refresh token (expired, revoked or unknown). */
public class RefreshRejectedException extends RuntimeException {

	RefreshRejectedException() {
		super("refresh token rejected", null, false, false);
	}

}
