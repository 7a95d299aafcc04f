package lms.course.users;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity client, built from {@link IdentityClientProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityClientProperties.class)
class IdentityClientConfiguration {

	@Bean
	IdentityClient identityClient(IdentityClientProperties properties, JsonMapper json) {
		return new IdentityClient(properties, json);
	}

}
