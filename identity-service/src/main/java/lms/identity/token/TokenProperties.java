package lms.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.tokens.*}: access tokens live minutes; the issuer and audience are
 * the kit's {@code lms.security.issuer} and {@code lms.security.audience}.
 */
@ConfigurationProperties("lms.identity.tokens")
public record TokenProperties(@DefaultValue("5m") Duration accessTokenLifetime) {
}
