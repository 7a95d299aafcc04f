package lms.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.tokens.*}: access and service tokens live minutes; the issuer and
 * audiences are the kit's {@code lms.security.issuer}, {@code .audience} and
 * {@code .service-audience}.
 *
 * @param accessTokenLifetime how long a user's access token is valid
 * @param serviceTokenLifetime how long a service token is valid
 */
@ConfigurationProperties("lms.identity.tokens")
public record TokenProperties(@DefaultValue("5m") Duration accessTokenLifetime,
		@DefaultValue("5m") Duration serviceTokenLifetime) {
}
