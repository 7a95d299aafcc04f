package lms.kit.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.SecurityException;

import lms.kit.security.InvalidTokenException.Reason;

/**
 * Verifies identity's access tokens: an ES256 or EdDSA signature by a key from the JWKS,
 * {@code iss}, {@code aud} and {@code exp} (with clock skew).
 */
public class AccessTokenVerifier {

	private final JwtParser parser;

	private final String issuer;

	private final String audience;

	public AccessTokenVerifier(JwksKeySource keys, SecurityProperties properties) {
		this(keys, properties, Clock.systemUTC());
	}

	public AccessTokenVerifier(JwksKeySource keys, SecurityProperties properties, Clock clock) {
		this.issuer = properties.issuer();
		this.audience = properties.audience();
		this.parser = Jwts.parser()
			.keyLocator(new JwksKeyLocator(keys))
			.clock(() -> Date.from(clock.instant()))
			.clockSkewSeconds(properties.clockSkew().toSeconds())
			.build();
	}

	/**
	 * The token's claims, or {@link InvalidTokenException} for any reason not to trust
	 * it.
	 */
	public VerifiedToken verify(String token) {
		return toVerified(claims(token));
	}

	/**
	 * Like {@link #verify} but accepts an expired token (silent refresh needs to know
	 * whose it is); signature, issuer and audience are still required.
	 */
	public VerifiedToken verifyAllowingExpired(String token) {
		try {
			return verify(token);
		}
		catch (InvalidTokenException ex) {
			if (ex.isExpired() && ex.getCause() instanceof ExpiredJwtException expired) {
				return toVerified(checked(expired.getClaims()));
			}
			throw ex;
		}
	}

	private Claims claims(String token) {
		if (token == null || token.isBlank()) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
		try {
			return checked(this.parser.parseSignedClaims(token).getPayload());
		}
		catch (ExpiredJwtException ex) {
			// jjwt checked the signature before expiry, but not issuer and audience.
			checked(ex.getClaims());
			throw new InvalidTokenException(Reason.EXPIRED, ex);
		}
		catch (InvalidTokenException ex) {
			throw ex;
		}
		catch (PrematureJwtException ex) {
			throw new InvalidTokenException(Reason.NOT_YET_VALID, ex);
		}
		catch (UnsupportedJwtException | SecurityException ex) {
			throw new InvalidTokenException(Reason.BAD_SIGNATURE, ex);
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw new InvalidTokenException(Reason.MALFORMED, ex);
		}
	}

	private Claims checked(Claims claims) {
		Set<String> audiences = claims.getAudience();
		if (!this.issuer.equals(claims.getIssuer()) || audiences == null || !audiences.contains(this.audience)) {
			throw new InvalidTokenException(Reason.WRONG_ISSUER_OR_AUDIENCE);
		}
		if (claims.getExpiration() == null || isBlank(claims.getSubject())) {
			throw new InvalidTokenException(Reason.MALFORMED);
		}
		return claims;
	}

	private static VerifiedToken toVerified(Claims claims) {
		try {
			return new VerifiedToken(claims.getSubject(), claims.get("sid", String.class),
					claims.get("role", String.class), claims.getExpiration().toInstant(), instant(claims.getIssuedAt()),
					claims.getId());
		}
		catch (JwtException ex) {
			throw new InvalidTokenException(Reason.MALFORMED, ex);
		}
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
