package lms.testkit;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A P-256 signing key with its {@code kid}, able to mint tokens the way identity does
 * (ES256, {@code kid} header; user tokens with issuer, audience {@code lms}, session id
 * and role; service tokens with {@code typ at+jwt}, audience {@code lms-internal} and
 * scopes).
 */
public record SigningKey(ECKey jwk) {

	public static SigningKey ec(String kid) {
		try {
			return new SigningKey(new ECKeyGenerator(Curve.P_256).keyID(kid).generate());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key under a fresh random {@code kid}. */
	public static SigningKey es256() {
		return ec("es-" + UUID.randomUUID());
	}

	public String kid() {
		return this.jwk.getKeyID();
	}

	/**
	 * A token for {@code userId} valid from {@code now} for 5 minutes, as identity would
	 * issue it.
	 */
	public String token(String userId, String role, Instant now) {
		return sign(null, claims(userId, role, now).build());
	}

	public JWTClaimsSet.Builder claims(String userId, String role, Instant now) {
		return new JWTClaimsSet.Builder().issuer("lms-identity")
			.audience("lms")
			.subject(userId)
			.claim("sid", "session-" + userId)
			.claim("role", role)
			.jwtID("jti-" + userId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));
	}

	/** A service token as identity's token endpoint issues it. */
	public String serviceToken(String clientId, String scope, Instant now) {
		return sign(new JOSEObjectType("at+jwt"),
				new JWTClaimsSet.Builder().issuer("lms-identity")
					.audience("lms-internal")
					.subject(clientId)
					.claim("client_id", clientId)
					.claim("scope", scope)
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300)))
					.jwtID(UUID.randomUUID().toString())
					.build());
	}

	public String sign(JOSEObjectType type, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid()).type(type).build(),
					claims);
			jwt.sign(new ECDSASigner(this.jwk));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
