package lms.gateway.revocation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway remembers revocations.
 *
 * @param accessTokenMaxLifetime the longest an access token lives: how long a deleted
 * user or a role change keeps rejecting older tokens, and a revoked session whose event
 * names no expiry
 * @param purgeInterval how often forgotten entries are removed
 */
@ConfigurationProperties("lms.gateway.revocation")
public record RevocationProperties(@DefaultValue("1h") Duration accessTokenMaxLifetime,
		@DefaultValue("1m") Duration purgeInterval) {
}
