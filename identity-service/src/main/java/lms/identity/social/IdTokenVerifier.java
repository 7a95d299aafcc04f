package lms.identity.social;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import lms.kit.security.IdentityKeys;
import lms.kit.web.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies an OpenID Connect ID token with one Spring {@link NimbusJwtDecoder} per
 * configured issuer: its JWKS (cached, an unknown {@code kid} refetched at most every 30
 * s), RS256 or ES256, {@code iss}, {@code exp} with a provider's generous 60 s of skew,
 * an audience of ours; then a verified email.
 */
@Component
@EnableConfigurationProperties(SocialProperties.class)
class IdTokenVerifier {

	static final String INVALID = "Invalid or expired ID token";

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);

	private static final Duration KEYS_MAX_AGE = Duration.ofHours(1);

	private static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);

	private final Map<String, JwtDecoder> decoders;

	private final JsonMapper json;

	IdTokenVerifier(SocialProperties properties, JsonMapper json) {
		this.decoders = properties.issuers()
			.stream()
			.collect(Collectors.toMap(SocialProperties.Issuer::issuer, Function.identity()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> decoder(entry.getValue())));
		this.json = json;
	}

	private static JwtDecoder decoder(SocialProperties.Issuer issuer) {
		JWKSource<SecurityContext> keys = IdentityKeys.published(issuer.jwksUri(), FETCH_TIMEOUT, KEYS_MAX_AGE,
				MIN_REFETCH_INTERVAL);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer((processor) -> processor.setJWSKeySelector(
					new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys)))
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
		timestamps.setAllowEmptyExpiryClaim(false);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer
			.issuer()), timestamps, new JwtClaimValidator<List<String>>("aud",
					(audiences) -> audiences != null && audiences.stream().anyMatch(issuer.audiences()::contains))));
		return decoder;
	}

	VerifiedIdentity verify(String idToken) {
		JwtDecoder decoder = this.decoders.get(unverifiedIssuer(idToken));
		if (decoder == null) {
			throw invalid();
		}
		Jwt claims;
		try {
			claims = decoder.decode(idToken);
		}
		catch (JwtException ex) {
			throw invalid();
		}
		String email = claims.getClaimAsString("email");
		if (email == null || email.isBlank() || !isTrue(claims.getClaims().get("email_verified"))) {
			throw invalid();
		}
		String name = claims.getClaimAsString("name");
		return new VerifiedIdentity(email, (name != null && !name.isBlank()) ? name : email.split("@")[0]);
	}

	private String unverifiedIssuer(String idToken) {
		String[] parts = idToken.split("\\.");
		if (parts.length != 3) {
			throw invalid();
		}
		try {
			JsonNode payload = this.json
				.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			JsonNode iss = payload.get("iss");
			return (iss != null && iss.isString()) ? iss.asString() : "";
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw invalid();
		}
	}

	private static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	static ApiException invalid() {
		return new ApiException(HttpStatus.UNAUTHORIZED, INVALID);
	}

}
