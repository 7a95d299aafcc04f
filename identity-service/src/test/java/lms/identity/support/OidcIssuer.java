package lms.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;

/**
 * An OpenID provider in the test JVM: publishes an RSA key at its JWKS URI and signs ID
 * tokens (RS256, as Google does) for the tests.
 */
public final class OidcIssuer {

	public static final String CLIENT_ID = "lms-web-client";

	private static OidcIssuer shared;

	private final HttpServer server;

	private final KeyPair keys = Jwts.SIG.RS256.keyPair().build();

	private final PublicJwk<?> jwk = Jwks.builder().key(this.keys.getPublic()).idFromThumbprint().build();

	private OidcIssuer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/jwks", (exchange) -> {
			byte[] body = ("{\"keys\":[" + Jwks.json(this.jwk) + "]}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	public static synchronized OidcIssuer shared() {
		if (shared == null) {
			shared = new OidcIssuer();
		}
		return shared;
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String jwksUri() {
		return issuer() + "/jwks";
	}

	/** A valid ID token for this email. */
	public String idToken(String email, String name) {
		return idToken(Map.of("email", email, "email_verified", true, "name", name), CLIENT_ID, Duration.ofMinutes(5));
	}

	public String idToken(Map<String, Object> claims, String audience, Duration lifetime) {
		Instant now = Instant.now();
		return Jwts.builder()
			.header()
			.keyId(this.jwk.getId())
			.and()
			.issuer(issuer())
			.subject("oidc-" + claims.get("email"))
			.audience()
			.add(audience)
			.and()
			.claims(claims)
			.issuedAt(Date.from(now.minusSeconds(60)))
			.expiration(Date.from(now.plus(lifetime)))
			.signWith(this.keys.getPrivate(), Jwts.SIG.RS256)
			.compact();
	}

	/** The same claims signed by a key this issuer never published. */
	public String forgedIdToken(String email) {
		KeyPair other = Jwts.SIG.RS256.keyPair().build();
		return Jwts.builder()
			.header()
			.keyId(this.jwk.getId())
			.and()
			.issuer(issuer())
			.subject("oidc-" + email)
			.audience()
			.add(CLIENT_ID)
			.and()
			.claim("email", email)
			.claim("email_verified", true)
			.expiration(Date.from(Instant.now().plusSeconds(300)))
			.signWith(other.getPrivate(), Jwts.SIG.RS256)
			.compact();
	}

}
