package lms.gateway.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Silent refresh through identity-service's internal port.
 *
 * @param identityUrl where identity-service answers
 * @param path its internal refresh endpoint (never routed from outside)
 * @param timeout how long a refresh may take before the request is answered 503
 * @param cookieSecure whether the renewed cookies carry {@code Secure}
 * @param cookieSameSite the renewed cookies' {@code SameSite} ({@code Lax},
 * {@code Strict}, {@code None})
 * @param cookieMaxAge how long the browser keeps both cookies: as long as the refresh
 * token lives, so an expired access token still comes back with it
 * @param renewBeforeExpiry a shared answer is renewed this long (at most a quarter of its
 * access token's life) before its access token expires
 */
@ConfigurationProperties("lms.gateway.refresh")
public record RefreshProperties(String identityUrl, @DefaultValue("/internal/sessions/refresh") String path,
		@DefaultValue("3s") Duration timeout, @DefaultValue("true") boolean cookieSecure,
		@DefaultValue("Lax") String cookieSameSite, @DefaultValue("3d") Duration cookieMaxAge,
		@DefaultValue("30s") Duration renewBeforeExpiry) {
}
