package lms.kit.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every service verifies access tokens issued by identity-service.
 *
 * @param jwksUrl where identity publishes its signing keys; placeholders are resolved
 * when the key source is built, because Boot does not resolve them in defaults
 * @param issuer the required {@code iss}
 * @param audience the {@code aud} that must be among the token's audiences
 * @param clockSkew tolerance for {@code exp}, {@code nbf} and {@code iat}
 * @param jwksRefreshMinInterval an unknown {@code kid} refetches the JWKS at most once
 * per interval, so forged kids cannot hammer identity
 * @param jwksMaxAge after this, the next lookup refetches the JWKS so retired keys stop
 * verifying; the cached keys keep serving if identity is down
 * @param publicPaths servlet path patterns on which a present but invalid token is
 * ignored instead of answered with 401, as the gateway does on public routes
 */
@ConfigurationProperties("lms.security")
public record SecurityProperties(@DefaultValue(DEFAULT_JWKS_URL) String jwksUrl,
		@DefaultValue("lms-identity") String issuer, @DefaultValue("lms") String audience,
		@DefaultValue("30s") Duration clockSkew, @DefaultValue("10s") Duration jwksRefreshMinInterval,
		@DefaultValue("15m") Duration jwksMaxAge, @DefaultValue List<String> publicPaths) {

	public static final String DEFAULT_JWKS_URL = "${lms.services.identity.url:http://127.0.0.1:8081}/.well-known/jwks.json";

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

	/** Defaults for code that builds the verifier without Spring (tests, tools). */
	public static SecurityProperties of(String jwksUrl) {
		return new SecurityProperties(jwksUrl, "lms-identity", "lms", Duration.ofSeconds(30), Duration.ofSeconds(10),
				Duration.ofMinutes(15), List.of());
	}

}
