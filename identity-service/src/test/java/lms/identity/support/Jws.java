package lms.identity.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import lms.identity.keys.SigningKey;

/**
 * Signs tokens for tests with Nimbus directly, beside identity's own signer: genuine,
 * forged and foreign tokens are built the way an attacker or another issuer would.
 */
public final class Jws {

	private Jws() {
	}

	/** ES256 with the key's {@code kid}, as identity signs. */
	public static String es256(SigningKey key, JWTClaimsSet claims) {
		try {
			return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid()).build(), claims,
					new ECDSASigner(key.jwk()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
