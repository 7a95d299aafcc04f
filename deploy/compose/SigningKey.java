import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Prints a new access-token signing key for identity-service: a private EC P-256 JWK, the
 * form lms.identity.keys.current takes. Run with the JDK's source launcher:
 * java deploy/compose/SigningKey.java > deploy/secrets/identity-signing-key.jwk
 */
public class SigningKey {

	public static void main(String[] args) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		var pair = generator.generateKeyPair();
		ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
		ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
		System.out.printf("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"%s\",\"y\":\"%s\",\"d\":\"%s\"}%n",
				coordinate(publicKey.getW().getAffineX()), coordinate(publicKey.getW().getAffineY()),
				coordinate(privateKey.getS()));
	}

	/** RFC 7518: the unsigned big-endian value in exactly 32 bytes, base64url without padding. */
	private static String coordinate(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
	}

}
