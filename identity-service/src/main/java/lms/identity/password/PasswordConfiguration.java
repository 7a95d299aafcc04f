package lms.identity.password;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordProperties.class)
class PasswordConfiguration {

	@Bean
	PasswordHasher passwordHasher(PasswordProperties properties) {
		return new PasswordHasher(properties);
	}

}
