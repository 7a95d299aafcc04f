package lms.gateway.auth;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
 * verified before runs on the calling event loop, any other on a worker thread. Both
 * memories are Caffeine caches bounded in size (metrics {@code cache.*} tagged
 * {@code cache=gateway.verified-tokens}).
 */
class TokenChecks {

	private static final int MAX_TRUSTED_HEADERS = 64;

	private static final int MAX_VERIFIED_TOKENS = 10_000;

	private final JwtDecoder decoder;

	private final TokenExpiry expiry;

	private final RevokedSessions revoked;

	private final Cache<String, Boolean> trustedHeaders = Caffeine.newBuilder()
		.maximumSize(MAX_TRUSTED_HEADERS)
		.build();

	/**
	 * Tokens whose signature was verified, by their exact text: a signature check costs
	 * far more than the rest of a request. Expiry and revocation are still checked on
	 * every request.
	 */
	private final Cache<String, VerifiedToken> verified = Caffeine.newBuilder()
		.maximumSize(MAX_VERIFIED_TOKENS)
		.recordStats()
		.build();

	TokenChecks(TokenDecoders decoders, RevokedSessions revoked, MeterRegistry meters) {
		this.decoder = decoders.accessTokensOfAnyAge();
		this.expiry = decoders.expiry();
		this.revoked = revoked;
		CaffeineCacheMetrics.monitor(meters, this.verified, "gateway.verified-tokens");
	}

	Mono<TokenState> check(String token) {
		VerifiedToken known = this.verified.getIfPresent(token);
		if (known != null) {
			return Mono.just(state(known));
		}
		String header = jwsHeader(token);
		Mono<TokenState> state = Mono.fromCallable(() -> state(token, header));
		return (this.trustedHeaders.getIfPresent(header) != null) ? state
				: state.subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * The user id of a token verified before (not checked again here), without counting
	 * as a use of the memory.
	 */
	Optional<String> knownUserId(String token) {
		return Optional.ofNullable(this.verified.asMap().get(token)).map(VerifiedToken::userId);
	}

	private TokenState state(String token, String header) {
		VerifiedToken verified;
		try {
			verified = VerifiedToken.of(this.decoder.decode(token));
		}
		catch (JwtException ex) {
			return new TokenState.Invalid(Refusal.of(ex));
		}
		this.trustedHeaders.put(header, Boolean.TRUE);
		this.verified.put(token, verified);
		return state(verified);
	}

	private TokenState state(VerifiedToken verified) {
		if (this.revoked.isRevoked(verified)) {
			return new TokenState.Revoked(verified);
		}
		return this.expiry.isExpired(verified.expiresAt()) ? new TokenState.Expired(verified)
				: new TokenState.Valid(verified);
	}

	private static String jwsHeader(String token) {
		int dot = token.indexOf('.');
		return (dot > 0) ? token.substring(0, dot) : "";
	}

}
