package lms.gateway.auth;

import lms.kit.security.Refusal;
import lms.kit.security.VerifiedToken;

/** What the gateway concluded about a presented access token. */
sealed interface TokenState {

	/** Correctly signed, unexpired, session not revoked. */
	record Valid(VerifiedToken token) implements TokenState {
	}

	/** Correctly signed and not revoked, but expired: a refresh token may renew it. */
	record Expired(VerifiedToken token) implements TokenState {
	}

	/** Correctly signed, but its session (or its user's tokens) was revoked. */
	record Revoked(VerifiedToken token) implements TokenState {
	}

	/** Not to be trusted at all; the refusal says how to answer. */
	record Invalid(Refusal refusal) implements TokenState {
	}

}
