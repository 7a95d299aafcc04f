package lms.kit.security;

import java.net.URI;
import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Token verification for every kind of application (servlet services and the reactive
 * gateway alike). Nothing is fetched at startup: the JWKS is read on the first token.
 * identity-service replaces {@code identityKeys} with its key ring in memory.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenVerificationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "identityKeys")
	JWKSource<SecurityContext> identityKeys(SecurityProperties properties, Environment environment) {
		return IdentityKeys.remote(URI.create(environment.resolveRequiredPlaceholders(properties.jwksUrl())),
				properties);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenDecoders tokenDecoders(JWKSource<SecurityContext> identityKeys, SecurityProperties properties,
			ObjectProvider<Clock> clock, ObjectProvider<AccessTokenCheck> checks) {
		return new TokenDecoders(identityKeys, properties, clock.getIfAvailable(Clock::systemUTC),
				checks.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceTokenVerifier serviceTokenVerifier(TokenDecoders decoders, SecurityProperties properties,
			ObjectProvider<Clock> clock) {
		return new ServiceTokenVerifier(decoders.serviceTokens(), clock.getIfAvailable(Clock::systemUTC),
				properties.clockSkew());
	}

}
