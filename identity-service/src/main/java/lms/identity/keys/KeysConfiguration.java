package lms.identity.keys;

import java.time.Clock;

import lms.kit.security.JwksKeySource;

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

	@Bean
	JwksKeySource jwksKeySource(KeyRing keys) {
		return new LocalKeySource(keys);
	}

}
