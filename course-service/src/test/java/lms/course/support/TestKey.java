package lms.course.support;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;

/** A signing key pair with its {@code kid}, minting tokens the way identity does. */
public record TestKey(String kid, KeyPair pair) {

	public static TestKey ec(String kid) {
		return new TestKey(kid, Jwts.SIG.ES256.keyPair().build());
	}

	public PublicJwk<?> jwk() {
		return Jwks.builder().key(this.pair.getPublic()).id(this.kid).build();
	}

	public String token(String userId, String role) {
		Instant now = Instant.now();
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
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(600)))
			.signWith(this.pair.getPrivate())
			.compact();
	}

}
