package lms.gateway.auth;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import lms.gateway.revocation.RevokedSessions;
import lms.kit.security.Refusal;
import lms.kit.security.TokenDecoders;
import lms.kit.security.TokenExpiry;
import lms.kit.security.VerifiedToken;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies an access token with the kit's Nimbus decoder (signature by {@code kid},
 * {@code iss}, {@code aud}, {@code sub}, {@code sid}, {@code role}), checks its age with
 * the same clock skew as the services, and looks up its session among the revoked ones.
 * Verification may fetch identity's JWKS, a blocking call; a token whose JWS header was
 * verified before runs on the calling event loop, any other on a worker thread.
 */
class TokenChecks {

	private static final int MAX_TRUSTED_HEADERS = 64;

	private static final int MAX_VERIFIED_TOKENS = 10_000;

	private final JwtDecoder decoder;

	private final TokenExpiry expiry;

	private final RevokedSessions revoked;

	private final Set<String> trustedHeaders = ConcurrentHashMap.newKeySet();

	/**
	 * Tokens whose signature was verified, by their exact text: a signature check costs
	 * far more than the rest of a request. Expiry and revocation are still checked on
	 * every request.
	 */
	private final Map<String, VerifiedToken> verified = new ConcurrentHashMap<>();

	TokenChecks(TokenDecoders decoders, RevokedSessions revoked) {
		this.decoder = decoders.accessTokensOfAnyAge();
		this.expiry = decoders.expiry();
		this.revoked = revoked;
	}

	Mono<TokenState> check(String token) {
		VerifiedToken known = this.verified.get(token);
		if (known != null) {
			return Mono.just(state(known));
		}
		String header = jwsHeader(token);
		Mono<TokenState> state = Mono.fromCallable(() -> state(token, header));
		return this.trustedHeaders.contains(header) ? state : state.subscribeOn(Schedulers.boundedElastic());
	}

	private TokenState state(String token, String header) {
		VerifiedToken verified;
		try {
			verified = VerifiedToken.of(this.decoder.decode(token));
		}
		catch (JwtException ex) {
			return new TokenState.Invalid(Refusal.of(ex));
		}
		trust(header);
		remember(token, verified);
		return state(verified);
	}

	private TokenState state(VerifiedToken verified) {
		if (this.revoked.isRevoked(verified)) {
			return new TokenState.Revoked(verified);
		}
		return this.expiry.isExpired(verified.expiresAt()) ? new TokenState.Expired(verified)
				: new TokenState.Valid(verified);
	}

	private void remember(String token, VerifiedToken verifiedToken) {
		if (this.verified.size() >= MAX_VERIFIED_TOKENS) {
			this.verified.clear();
		}
		this.verified.put(token, verifiedToken);
	}

	private void trust(String header) {
		if (this.trustedHeaders.size() >= MAX_TRUSTED_HEADERS) {
			this.trustedHeaders.clear();
		}
		this.trustedHeaders.add(header);
	}

	private static String jwsHeader(String token) {
		int dot = token.indexOf('.');
		return (dot > 0) ? token.substring(0, dot) : "";
	}

}
