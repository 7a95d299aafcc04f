package lms.gateway.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which requests need a token, and which client headers the gateway never lets through.
 *
 * @param publicPaths path patterns served without a token; a present but invalid token is
 * ignored on them
 * @param identityHeaderPrefixes request headers starting with any of these (case
 * insensitive) are removed: identity is only ever what the verified token says
 */
@ConfigurationProperties("lms.gateway.auth")
public record AuthProperties(@DefaultValue List<String> publicPaths,
		@DefaultValue List<String> identityHeaderPrefixes) {
}
