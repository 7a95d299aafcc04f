package lms.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a service token outside the filter chain, e.g. a header by which the gateway
 * vouches for something: the caller if the token is a valid service token carrying the
 * scope, else nothing. A token verified once is remembered by its exact text (a few
 * callers present the same token on every request until it is renewed), at most until its
 * own {@code exp}, and its lifetime is checked again on every use.
 */
public class ServiceTokenVerifier {

	/** Service tokens in use at once: one per calling instance, two around a renewal. */
	private static final int MAX_REMEMBERED = 1_000;

	private final JwtDecoder decoder;

	private final Clock clock;

	private final Duration clockSkew;

	private final Cache<String, Jwt> verified;

	public ServiceTokenVerifier(JwtDecoder serviceTokenDecoder, Clock clock, Duration clockSkew) {
		this.decoder = serviceTokenDecoder;
		this.clock = clock;
		this.clockSkew = clockSkew;
		this.verified = Caffeine.newBuilder()
			.maximumSize(MAX_REMEMBERED)
			.expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt)))
			.build();
	}

	public Optional<ServiceCaller> verify(String token, String requiredScope) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Jwt jwt = this.verified.getIfPresent(token);
		if (jwt == null || lifeLeft(jwt).isNegative()) {
			try {
				jwt = this.decoder.decode(token);
			}
			catch (JwtException ex) {
				return Optional.empty();
			}
			if (jwt.getExpiresAt() != null) {
				this.verified.put(token, jwt);
			}
		}
		ServiceCaller caller = caller(jwt);
		return caller.may(requiredScope) ? Optional.of(caller) : Optional.empty();
	}

	/** How long the token is still accepted (the decoder's own tolerance included). */
	private Duration lifeLeft(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		return (expiresAt != null) ? Duration.between(this.clock.instant(), expiresAt.plus(this.clockSkew))
				: Duration.ofSeconds(-1);
	}

	static ServiceCaller caller(Jwt token) {
		String scope = token.getClaimAsString(TokenDecoders.SCOPE_CLAIM);
		Set<String> scopes = (scope != null)
				? Arrays.stream(scope.split(" ")).filter((s) -> !s.isBlank()).collect(Collectors.toSet()) : Set.of();
		return new ServiceCaller(token.getSubject(), scopes);
	}

}
