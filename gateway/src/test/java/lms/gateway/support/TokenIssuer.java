package lms.gateway.support;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs access tokens as identity-service does (ES256 or EdDSA, {@code kid} header,
 * {@code sub}, {@code sid}, {@code role}, {@code iss}, {@code aud}, {@code exp},
 * {@code iat}, {@code jti}) and publishes the public keys as a JWKS.
 */
public final class TokenIssuer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		List<Map<String, Object>> keys = this.published.stream()
			.map((key) -> (Map<String, Object>) new LinkedHashMap<String, Object>(key.publicJwk()))
			.toList();
		return JSON.writeValueAsString(Map.of("keys", keys));
	}

	public String token(String userId, String sessionId, String role, Duration lifetime) {
		return builder(userId, sessionId, role, Instant.now(), Instant.now().plus(lifetime))
			.signWith(this.current.keys().getPrivate())
			.compact();
	}

	public String expiredToken(String userId, String sessionId) {
		Instant issued = Instant.now().minus(Duration.ofMinutes(20));
		return builder(userId, sessionId, "user", issued, issued.plus(Duration.ofMinutes(5)))
			.signWith(this.current.keys().getPrivate())
			.compact();
	}

	public String tokenExpiringAt(String userId, String sessionId, Instant expiresAt) {
		return builder(userId, sessionId, "user", expiresAt.minus(Duration.ofMinutes(5)), expiresAt)
			.signWith(this.current.keys().getPrivate())
			.compact();
	}

	public String tokenIssuedAt(String userId, String sessionId, Instant issuedAt) {
		return builder(userId, sessionId, "user", issuedAt, Instant.now().plus(Duration.ofMinutes(5)))
			.signWith(this.current.keys().getPrivate())
			.compact();
	}

	/** Signed by a key of the right kind and kid that identity never published. */
	public String forgedToken(String userId, String sessionId) {
		KeyPair other = SigningKey.es256().keys();
		return builder(userId, sessionId, "admin", Instant.now(), Instant.now().plus(Duration.ofMinutes(5)))
			.signWith(other.getPrivate())
			.compact();
	}

	public String tokenWithIssuer(String issuer) {
		return builder("u1", "s1", "user", Instant.now(), Instant.now().plus(Duration.ofMinutes(5))).issuer(issuer)
			.signWith(this.current.keys().getPrivate())
			.compact();
	}

	private io.jsonwebtoken.JwtBuilder builder(String userId, String sessionId, String role, Instant issued,
			Instant expires) {
		return Jwts.builder()
			.header()
			.keyId(this.current.kid())
			.and()
			.subject(userId)
			.claim("sid", sessionId)
			.claim("role", role)
			.issuer("lms-identity")
			.audience()
			.add("lms")
			.and()
			.issuedAt(Date.from(issued))
			.expiration(Date.from(expires))
			.id(UUID.randomUUID().toString());
	}

	/** A key pair with its {@code kid}. */
	public record SigningKey(String kid, KeyPair keys) {

		public static SigningKey es256() {
			return new SigningKey("es-" + UUID.randomUUID(), Jwts.SIG.ES256.keyPair().build());
		}

		io.jsonwebtoken.security.PublicJwk<?> publicJwk() {
			return Jwks.builder().key(this.keys.getPublic()).id(this.kid).build();
		}

	}

}
