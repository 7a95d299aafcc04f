package lms.kit.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every service verifies the tokens identity-service signs.
 *
 * @param jwksUrl where identity publishes its signing keys; placeholders are resolved
 * when the key source is built, because Boot does not resolve them in defaults
 * @param issuer the required {@code iss} of user and service tokens
 * @param audience the {@code aud} of user access tokens
 * @param serviceAudience the {@code aud} of service tokens: a user token never opens an
 * internal route and a service token is never taken for a user
 * @param clockSkew tolerance for {@code exp} and {@code nbf} of our own tokens: issuer
 * and verifiers share a clock, so seconds suffice
 * @param jwksRefreshMinInterval an unknown {@code kid} refetches the JWKS at most once
 * per interval, so forged kids cannot hammer identity
 * @param jwksMaxAge after this the JWKS is refetched so retired keys stop verifying; the
 * cached keys keep serving while identity is down
 * @param jwksTimeout connect and read time-out of a JWKS fetch
 * @param publicPaths servlet path patterns on which a present but invalid token is
 * ignored instead of answered with 401, as the gateway does on public routes
 * @param serviceClient this service's own credential for internal routes
 */
@ConfigurationProperties("lms.security")
public record SecurityProperties(@DefaultValue(DEFAULT_JWKS_URL) String jwksUrl,
		@DefaultValue("lms-identity") String issuer, @DefaultValue("lms") String audience,
		@DefaultValue("lms-internal") String serviceAudience, @DefaultValue("2s") Duration clockSkew,
		@DefaultValue("10s") Duration jwksRefreshMinInterval, @DefaultValue("15m") Duration jwksMaxAge,
		@DefaultValue("2s") Duration jwksTimeout, @DefaultValue List<String> publicPaths,
		@DefaultValue ServiceClient serviceClient) {

	public static final String DEFAULT_JWKS_URL = "${lms.services.identity.url:http://127.0.0.1:8081}/.well-known/jwks.json";

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

	/** Defaults for code that builds the verifiers without Spring (tests, tools). */
	public static SecurityProperties of(String jwksUrl) {
		return new SecurityProperties(jwksUrl, "lms-identity", "lms", "lms-internal", Duration.ofSeconds(2),
				Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofSeconds(2), List.of(), new ServiceClient(
						null, null, ServiceClient.DEFAULT_TOKEN_URL, Duration.ofSeconds(2), Duration.ofSeconds(5)));
	}

	/**
	 * {@code lms.security.service-client.*}: the client-credentials grant this service
	 * uses to call other services' internal routes.
	 *
	 * @param id the client id identity knows this service by
	 * @param secret its secret (env {@code LMS_SECURITY_SERVICECLIENT_SECRET} or the file
	 * {@code /run/secrets/lms/lms.security.service-client.secret})
	 * @param tokenUrl identity's token endpoint
	 * @param connectTimeout connect time-out of the token request
	 * @param readTimeout read time-out of the token request
	 */
	public record ServiceClient(String id, String secret, @DefaultValue(DEFAULT_TOKEN_URL) String tokenUrl,
			@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

		public static final String TOKEN_PATH = "/internal/oauth2/token";

		public static final String DEFAULT_TOKEN_URL = "${lms.services.identity.url:http://127.0.0.1:8081}"
				+ TOKEN_PATH;

		@Override
		public String toString() {
			return "ServiceClient[id=" + this.id + ", tokenUrl=" + this.tokenUrl + "]";
		}

	}

}
