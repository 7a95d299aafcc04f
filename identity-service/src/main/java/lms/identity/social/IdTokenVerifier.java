package lms.identity.social;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import lms.kit.web.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Verifies an OpenID Connect ID token: a configured issuer, its key by {@code kid}, an
 * asymmetric algorithm, {@code exp}, an audience of ours and a verified email.
 */
@Component
@EnableConfigurationProperties(SocialProperties.class)
class IdTokenVerifier {

	static final String INVALID = "Invalid or expired ID token";

	private static final Set<String> ALGORITHMS = Set.of("RS256", "ES256", "EdDSA");

	private final Map<String, SocialProperties.Issuer> issuers;

	private final Map<String, IssuerKeys> keys;

	private final JsonMapper json;

	IdTokenVerifier(SocialProperties properties, JsonMapper json) {
		this.issuers = properties.issuers()
			.stream()
			.collect(Collectors.toMap(SocialProperties.Issuer::issuer, Function.identity()));
		this.keys = properties.issuers()
			.stream()
			.collect(Collectors.toMap(SocialProperties.Issuer::issuer, (issuer) -> new IssuerKeys(issuer.jwksUri())));
		this.json = json;
	}

	VerifiedIdentity verify(String idToken) {
		SocialProperties.Issuer issuer = this.issuers.get(unverifiedIssuer(idToken));
		if (issuer == null) {
			throw invalid();
		}
		Claims claims = parse(idToken, issuer);
		boolean ours = claims.getAudience() != null
				&& claims.getAudience().stream().anyMatch(issuer.audiences()::contains);
		String email = claims.get("email", String.class);
		if (!ours || email == null || email.isBlank() || !isTrue(claims.get("email_verified"))) {
			throw invalid();
		}
		String name = claims.get("name", String.class);
		return new VerifiedIdentity(email, (name != null && !name.isBlank()) ? name : email.split("@")[0]);
	}

	private Claims parse(String idToken, SocialProperties.Issuer issuer) {
		IssuerKeys issuerKeys = this.keys.get(issuer.issuer());
		try {
			return Jwts.parser().keyLocator(new LocatorAdapter<Key>() {
				@Override
				protected Key locate(JwsHeader header) {
					if (!ALGORITHMS.contains(header.getAlgorithm())) {
						throw invalid();
					}
					return issuerKeys.find(header.getKeyId()).orElseThrow(IdTokenVerifier::invalid);
				}
			}).requireIssuer(issuer.issuer()).clockSkewSeconds(60).build().parseSignedClaims(idToken).getPayload();
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw invalid();
		}
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
