package lms.kit.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The contract's answers to a request whose credentials do not do: status and message,
 * the same at the gateway and in every service.
 */
public enum Refusal {

	LOGIN_REQUIRED(401, "Please login to access this resource"),

	TOKEN_EXPIRED(401, "Access token expired"),

	/** identity's keys were never obtained: clients retry instead of logging out. */
	AUTHENTICATION_UNAVAILABLE(503, "Authentication is temporarily unavailable, try again shortly"),

	/** A store the check needs (identity's sessions) does not answer. */
	STORE_UNAVAILABLE(503, "Service temporarily unavailable, try again shortly"),

	SERVICE_CREDENTIALS_REQUIRED(401, "Valid service credentials are required");

	private final int status;

	private final String message;

	Refusal(int status, String message) {
		this.status = status;
		this.message = message;
	}

	public int status() {
		return this.status;
	}

	public String message() {
		return this.message;
	}

	/** The answer for a user whose authentication failed as Spring Security says. */
	public static Refusal of(AuthenticationException ex) {
		if (ex instanceof AuthenticationServiceException) {
			return unavailable(ex);
		}
		return isExpired(ex) ? TOKEN_EXPIRED : LOGIN_REQUIRED;
	}

	/** The answer for a token the decoder refused. */
	public static Refusal of(JwtException ex) {
		if (!(ex instanceof BadJwtException)) {
			return unavailable(ex);
		}
		return isExpired(ex) ? TOKEN_EXPIRED : LOGIN_REQUIRED;
	}

	private static Refusal unavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException) {
				return STORE_UNAVAILABLE;
			}
		}
		return AUTHENTICATION_UNAVAILABLE;
	}

	private static boolean isExpired(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JwtValidationException invalid) {
				return invalid.getErrors().stream().map(OAuth2Error::getErrorCode).anyMatch(TokenExpiry.ERROR::equals);
			}
		}
		return false;
	}

}
