package lms.identity.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import lms.testkit.JvmShared;
import lms.testkit.TestHttp;
import lms.testkit.ComputedAnswer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * An OpenID provider in the test JVM: publishes an RSA key at its JWKS URI and signs ID
 * tokens (RS256, as Google does) for the tests.
 */
public final class OidcIssuer implements AutoCloseable {

	public static final String CLIENT_ID = "lms-web-client";

	private static final JvmShared<OidcIssuer> SHARED = new JvmShared<>("oidc-issuer", OidcIssuer::new);

	private final WireMockServer server = ComputedAnswer.server(false);

	private final RSAKey key = newKey();

	private OidcIssuer() {
		this.server.stubFor(get(urlEqualTo("/jwks")).willReturn(okJson(new JWKSet(this.key.toPublicJWK()).toString())));
		warmUp();
	}

	/**
	 * WireMock's first answer can outlast identity's key-fetch time-out on a busy machine
	 * (SocialAuthTest saw a valid ID token refused), so it is given here, untimed.
	 */
	private void warmUp() {
		new TestHttp(this.server.baseUrl()).get("/jwks");
	}

	public static OidcIssuer shared() {
		return SHARED.get();
	}

	public String issuer() {
		return this.server.baseUrl();
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
		JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(issuer())
			.subject("oidc-" + claims.get("email"))
			.audience(audience)
			.issueTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plus(lifetime)));
		claims.forEach(token::claim);
		return sign(this.key, token.build());
	}

	/** The same claims signed by a key this issuer never published. */
	public String forgedIdToken(String email) {
		return sign(newKey(),
				new JWTClaimsSet.Builder().issuer(issuer())
					.subject("oidc-" + email)
					.audience(CLIENT_ID)
					.claim("email", email)
					.claim("email_verified", true)
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
	}

	/** RS256 under this issuer's published {@code kid}, whatever key signs. */
	private String sign(RSAKey signingKey, JWTClaimsSet claims) {
		try {
			return Jws.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(), claims,
					new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
