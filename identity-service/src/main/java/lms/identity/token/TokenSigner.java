package lms.identity.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import lms.identity.keys.KeyRing;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs every token identity issues with the current key of the ring (ES256, its
 * {@code kid} in the header), through Spring's Nimbus encoder.
 */
@Component
class TokenSigner {

	private final JwtEncoder encoder;

	private final String kid;

	TokenSigner(KeyRing keys) {
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.current().jwk())));
		this.kid = keys.current().kid();
	}

	/** The compact token; {@code type} is the JOSE {@code typ} or null for none. */
	String sign(String type, JwtClaimsSet claims) {
		JwsHeader.Builder header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(this.kid);
		if (type != null) {
			header.type(type);
		}
		return this.encoder.encode(JwtEncoderParameters.from(header.build(), claims)).getTokenValue();
	}

}
