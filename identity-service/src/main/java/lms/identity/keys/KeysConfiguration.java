package lms.identity.keys;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeysProperties.class)
class KeysConfiguration {

	@Bean
	KeyRing keyRing(KeysProperties properties, Clock clock) {
		if (properties.configured()) {
			SigningKey previous = (properties.previous() != null && !properties.previous().isBlank())
					? SigningKey.parse(properties.previous()) : null;
			return new KeyRing(SigningKey.parse(properties.current()), previous);
		}
		return new KeyDirectory(properties.keyDirectory(), clock).load(properties.rotateAfter());
	}

	/**
	 * identity verifies its own tokens (user and service) against the key ring in memory,
	 * never over HTTP from itself; replaces the kit's remote JWKS.
	 */
	@Bean
	JWKSource<SecurityContext> identityKeys(KeyRing keys) {
		return new ImmutableJWKSet<>(keys.publicKeys());
	}

}
