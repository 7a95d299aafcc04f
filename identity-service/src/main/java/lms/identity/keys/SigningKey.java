package lms.identity.keys;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * An ES256 key pair (Nimbus {@link ECKey}) named by its RFC 7638 thumbprint
 * ({@code kid}).
 */
public record SigningKey(ECKey jwk) {

	/** A fresh P-256 key pair. */
	public static SigningKey generate() {
		try {
			return of(new ECKeyGenerator(Curve.P_256).generate());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a P-256 key", ex);
		}
	}

	/** A key from its private JWK JSON (as {@link #toPrivateJson()} writes it). */
	public static SigningKey parse(String privateJwkJson) {
		try {
			if (JWK.parse(privateJwkJson) instanceof ECKey key && key.isPrivate()
					&& Curve.P_256.equals(key.getCurve())) {
				return of(key);
			}
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("A signing key must be a private EC P-256 JWK", ex);
		}
		throw new IllegalArgumentException("A signing key must be a private EC P-256 JWK");
	}

	private static SigningKey of(ECKey key) {
		try {
			return new SigningKey(new ECKey.Builder(key).keyIDFromThumbprint()
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.build());
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException("Cannot name the signing key", ex);
		}
	}

	public String kid() {
		return this.jwk.getKeyID();
	}

	public ECPrivateKey privateKey() {
		try {
			return this.jwk.toECPrivateKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public ECPublicKey publicKey() {
		try {
			return this.jwk.toECPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public half, as the JWKS publishes it. */
	public ECKey publicJwk() {
		return this.jwk.toPublicJWK();
	}

	/** The private JWK, for the dev key directory only. */
	String toPrivateJson() {
		return this.jwk.toJSONString();
	}

	@Override
	public String toString() {
		return "SigningKey[kid=" + kid() + "]";
	}

}
