package lms.identity.keys;

import java.security.PrivateKey;
import java.security.PublicKey;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PrivateJwk;
import io.jsonwebtoken.security.PublicJwk;

/**
 * An ES256 key pair named by its RFC 7638 thumbprint ({@code kid}).
 */
public record SigningKey(String kid, PrivateKey privateKey, PublicKey publicKey, PublicJwk<?> publicJwk,
		PrivateJwk<?, ?, ?> privateJwk) {

	/** A fresh P-256 key pair. */
	public static SigningKey generate() {
		return of(Jwks.builder().keyPair(Jwts.SIG.ES256.keyPair().build()).idFromThumbprint().build());
	}

	/** A key from its private JWK JSON (as {@link #toPrivateJson()} writes it). */
	public static SigningKey parse(String privateJwkJson) {
		Jwk<?> jwk = Jwks.parser().build().parse(privateJwkJson);
		if (!(jwk instanceof PrivateJwk<?, ?, ?> privateJwk) || !"P-256".equals(jwk.get("crv"))) {
			throw new IllegalArgumentException("A signing key must be a private EC P-256 JWK");
		}
		return of(privateJwk);
	}

	private static SigningKey of(PrivateJwk<?, ?, ?> jwk) {
		PublicJwk<?> publicJwk = Jwks.builder()
			.key(jwk.toPublicJwk().toKey())
			.idFromThumbprint()
			.publicKeyUse("sig")
			.build();
		return new SigningKey(publicJwk.getId(), jwk.toKey(), publicJwk.toKey(), publicJwk, jwk);
	}

	/** The private JWK, for the dev key directory only. */
	String toPrivateJson() {
		return Jwks.UNSAFE_JSON(this.privateJwk);
	}

	@Override
	public String toString() {
		return "SigningKey[kid=" + this.kid + "]";
	}

}
