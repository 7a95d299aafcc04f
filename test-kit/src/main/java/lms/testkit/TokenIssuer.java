package lms.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs access tokens as identity-service does (ES256, {@code kid} header, {@code sub},
 * {@code sid}, {@code role}, {@code iss}, {@code aud}, {@code exp}, {@code iat},
 * {@code jti}) and publishes the public keys as a JWKS; keys rotate, and tokens can be
 * expired, forged or from another issuer, for the tests of those who verify them.
 */
public final class TokenIssuer {

	private final List<SigningKey> published = new CopyOnWriteArrayList<>();

	private volatile SigningKey current;

	public TokenIssuer() {
		this.current = SigningKey.es256();
		this.published.add(this.current);
	}

	/** A new key that signs from now on and is published beside the old one. */
	public void rotateTo(SigningKey key) {
		this.published.add(key);
		this.current = key;
	}

	public String jwks() {
		return new JWKSet(this.published.stream().map((key) -> (JWK) key.jwk().toPublicJWK()).toList()).toString();
	}

	/** A service token for {@code clientId} carrying {@code scopes}, valid 5 minutes. */
	public String serviceToken(String clientId, String... scopes) {
		return this.current.serviceToken(clientId, String.join(" ", scopes), Instant.now());
	}

	/** A user's token issued and expiring when the test says. */
	public String token(String userId, String sessionId, String role, Instant issued, Instant expires) {
		return sign(this.current.jwk(), claims(userId, sessionId, role, issued, expires));
	}

	public String token(String userId, String sessionId, String role, Duration lifetime) {
		return sign(this.current.jwk(), claims(userId, sessionId, role, Instant.now(), Instant.now().plus(lifetime)));
	}

	public String expiredToken(String userId, String sessionId) {
		Instant issued = Instant.now().minus(Duration.ofMinutes(20));
		return sign(this.current.jwk(), claims(userId, sessionId, "user", issued, issued.plus(Duration.ofMinutes(5))));
	}

	public String tokenExpiringAt(String userId, String sessionId, Instant expiresAt) {
		return sign(this.current.jwk(),
				claims(userId, sessionId, "user", expiresAt.minus(Duration.ofMinutes(5)), expiresAt));
	}

	public String tokenIssuedAt(String userId, String sessionId, Instant issuedAt) {
		return sign(this.current.jwk(),
				claims(userId, sessionId, "user", issuedAt, Instant.now().plus(Duration.ofMinutes(5))));
	}

	/**
	 * Signed by a key of the right kind under the current kid that identity never
	 * published.
	 */
	public String forgedToken(String userId, String sessionId) {
		ECKey other = new ECKey.Builder(SigningKey.es256().jwk()).keyID(this.current.kid()).build();
		return sign(other,
				claims(userId, sessionId, "admin", Instant.now(), Instant.now().plus(Duration.ofMinutes(5))));
	}

	public String tokenWithIssuer(String issuer) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder(
				claims("u1", "s1", "user", Instant.now(), Instant.now().plus(Duration.ofMinutes(5))))
			.issuer(issuer)
			.build();
		return sign(this.current.jwk(), claims);
	}

	private static JWTClaimsSet claims(String userId, String sessionId, String role, Instant issued, Instant expires) {
		return new JWTClaimsSet.Builder().subject(userId)
			.claim("sid", sessionId)
			.claim("role", role)
			.issuer("lms-identity")
			.audience("lms")
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.jwtID(UUID.randomUUID().toString())
			.build();
	}

	private static String sign(ECKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new ECDSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
