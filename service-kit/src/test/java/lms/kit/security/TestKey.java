package lms.kit.security;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;

/**
 * A signing key pair with its {@code kid}, able to mint tokens the way identity does.
 */
public record TestKey(String kid, KeyPair pair) {

	public static TestKey ec(String kid) {
		return new TestKey(kid, Jwts.SIG.ES256.keyPair().build());
	}

	public static TestKey ed25519(String kid) {
		return new TestKey(kid, Jwks.CRV.Ed25519.keyPair().build());
	}

	public PublicJwk<?> jwk() {
		return Jwks.builder().key(this.pair.getPublic()).id(this.kid).build();
	}

	/**
	 * A token for {@code userId} valid from {@code now} for 5 minutes, as identity would
	 * issue it.
	 */
	public String token(String userId, String role, Instant now) {
		return claims(userId, role, now).compact();
	}

	public JwtBuilder claims(String userId, String role, Instant now) {
		return Jwts.builder()
			.header()
			.keyId(this.kid)
			.and()
			.issuer("lms-identity")
			.audience()
			.add("lms")
			.and()
			.subject(userId)
			.claim("sid", "session-" + userId)
			.claim("role", role)
			.id("jti-" + userId)
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(300)))
			.signWith(this.pair.getPrivate());
	}

}
