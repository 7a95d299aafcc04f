package lms.kit.security;

import java.util.Collection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A user's access token checked in two parts: its signature and fixed claims once per
 * exact token text (an ES256 verification costs more than the rest of a request; the text
 * is what was signed, so the same text verifies the same), its age and the service's
 * further checks (identity: the session is live) on every use. Only tokens that passed
 * are remembered, at most {@link #MAX_TOKENS}, least recently used first out.
 */
final class RememberedSignatures implements JwtDecoder {

	static final int MAX_TOKENS = 10_000;

	private final JwtDecoder signatureAndClaims;

	private final OAuth2TokenValidator<Jwt> everyUse;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).build();

	RememberedSignatures(JwtDecoder signatureAndClaims, OAuth2TokenValidator<Jwt> everyUse) {
		this.signatureAndClaims = signatureAndClaims;
		this.everyUse = everyUse;
	}

	@Override
	public Jwt decode(String token) {
		Jwt jwt = this.verified.getIfPresent(token);
		if (jwt == null) {
			jwt = this.signatureAndClaims.decode(token);
			this.verified.put(token, jwt);
		}
		OAuth2TokenValidatorResult result = this.everyUse.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(message(result.getErrors()), result.getErrors());
		}
		return jwt;
	}

	/** Worded as {@code NimbusJwtDecoder} words a failed validation. */
	private static String message(Collection<OAuth2Error> errors) {
		for (OAuth2Error error : errors) {
			if (error.getDescription() != null && !error.getDescription().isEmpty()) {
				return "An error occurred while attempting to decode the Jwt: " + error.getDescription();
			}
		}
		return "Unable to validate Jwt";
	}

}
