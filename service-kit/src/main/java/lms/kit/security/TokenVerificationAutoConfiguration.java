package lms.kit.security;

import java.net.URI;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Token verification for every kind of application (servlet services and the reactive
 * gateway alike). Nothing is fetched at startup: the JWKS is read on the first token.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenVerificationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwksKeySource jwksKeySource(SecurityProperties properties, Environment environment) {
		URI jwksUri = URI.create(environment.resolveRequiredPlaceholders(properties.jwksUrl()));
		return new JwksKeySource(jwksUri, properties.jwksRefreshMinInterval(), properties.jwksMaxAge());
	}

	@Bean
	@ConditionalOnMissingBean
	AccessTokenVerifier accessTokenVerifier(JwksKeySource keys, SecurityProperties properties) {
		return new AccessTokenVerifier(keys, properties);
	}

}
